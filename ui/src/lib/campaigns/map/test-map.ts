// Maps, nodes and relationships for the power map's tests. Only the backend makes ids; these
// stand in for it, so they are the only casts to the map's id types in the tests.
import { vi } from "vitest";
import type {
  EdgeId,
  EdgeInput,
  MapEdge,
  MapId,
  MapNode,
  MapView,
  NodeId,
  NodeInput,
  PathIn,
  PersonId,
} from "../../api/types";
import { detail as orgDetail, organization } from "../../orgs/test-orgs";
import { detail as personDetail } from "../../people/test-people";
import { newNodeInput } from "./forms";
import type { PowerMapPorts } from "./power-map.svelte";

export function mapId(text: string): MapId {
  return text as MapId;
}

export function nodeId(text: string): NodeId {
  return text as NodeId;
}

export function edgeId(text: string): EdgeId {
  return text as EdgeId;
}

/** A node as "Add a node" makes it (the middle of the map, judged), with `fields` over it. */
export function node(id: string, fields: Partial<NodeInput> = {}): MapNode {
  return { id: nodeId(id), fields: { ...newNodeInput({ label: id, kind: "person" }), ...fields } };
}

export function edge(id: string, from: string, to: string, fields: Partial<EdgeInput> = {}): MapEdge {
  return {
    id: edgeId(id),
    fields: { from: nodeId(from), to: nodeId(to), label: null, strength: null, direction: "directed", ...fields },
  };
}

export function path(node: string, person: string, over: Partial<PathIn> = {}): PathIn {
  return {
    node_id: nodeId(node),
    person_id: person as PersonId,
    person_name: person,
    role: "member",
    strength: 3,
    would_introduce: false,
    ...over,
  };
}

export function view(nodes: MapNode[], edges: MapEdge[] = [], paths: PathIn[] = []): MapView {
  return {
    map: {
      id: mapId("map-1"),
      campaign_id: null,
      name: "Rent board",
      source: "groundwork",
      nodes,
      edges,
      is_sample: false,
      created_at: "2026-03-01T15:00:00Z",
      updated_at: "2026-03-01T15:00:00Z",
    },
    paths,
  };
}

/**
 * A backend that keeps its own nodes and edges, hands out new ids as the real one does, and
 * answers with what it holds; `later` never fires by itself (tests flush).
 */
export function fakeBackend(start: MapView) {
  const nodes = new Map(start.map.nodes.map((n) => [n.id as string, n]));
  const edges = new Map(start.map.edges.map((e) => [e.id as string, e]));
  let next = 0;
  const fresh = (prefix: string) => `${prefix}-new-${(next += 1)}`;
  const missing = (id: string) => Object.assign(new Error(`no ${id}`), {});

  const ports: PowerMapPorts = {
    getMap: vi.fn(async () => ({
      ...start,
      map: { ...start.map, nodes: [...nodes.values()], edges: [...edges.values()] },
    })),
    addMapNode: vi.fn(async (_map, input) => {
      const added = { id: nodeId(fresh("n")), fields: input };
      nodes.set(added.id, added);
      return added;
    }),
    updateMapNode: vi.fn(async (id, input) => {
      if (!nodes.has(id)) throw missing(id);
      const saved = { id, fields: input };
      nodes.set(id, saved);
      return saved;
    }),
    moveMapNodes: vi.fn(async (moves) => {
      for (const m of moves) {
        const n = nodes.get(m.id);
        if (!n) throw missing(m.id);
        nodes.set(m.id, { ...n, fields: { ...n.fields, alignment: m.alignment, power: m.power, judged: true } });
      }
      return null;
    }),
    removeMapNode: vi.fn(async (id) => {
      if (!nodes.delete(id)) throw missing(id);
      for (const [key, e] of edges) if (e.fields.from === id || e.fields.to === id) edges.delete(key);
      return null;
    }),
    addMapEdge: vi.fn(async (_map, input) => {
      const added = { id: edgeId(fresh("e")), fields: input };
      edges.set(added.id, added);
      return added;
    }),
    updateMapEdge: vi.fn(async (id, input) => {
      const saved = { id, fields: input };
      edges.set(id, saved);
      return saved;
    }),
    removeMapEdge: vi.fn(async (id) => {
      edges.delete(id);
      return null;
    }),
    addNodeConnections: vi.fn(async () => ({ nodes: 0, edges: 0, node_ids: [], edge_ids: [] })),
    // Every person is Rosa Delgado, every organization Eastside Tenants United.
    getPerson: vi.fn(async (id) => personDetail({ id })),
    getOrg: vi.fn(async (id) => orgDetail({ organization: organization({ id }) })),
    later: vi.fn(() => () => {}),
  };
  return { ports, nodes, edges };
}
