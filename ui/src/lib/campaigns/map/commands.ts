// The steps Undo and Redo take, and how each is taken back or done again through the backend.
// A node or relationship that is removed and then brought back gets a new id from the backend;
// `Aliases` remembers which, so older steps still find it.
import type * as campaigns from "../../api/client/campaigns";
import type { EdgeId, EdgeInput, MapEdge, MapId, MapNode, NodeId, NodeInput } from "../../api/types";
import { t } from "../../i18n/locale.svelte";
import type { MapContents } from "./contents.svelte";
import type { Place } from "./grid";

export type Move = { id: NodeId; from: Place; to: Place; wasJudged: boolean };

export type MapStep =
  | { kind: "move"; moves: Move[]; label: string }
  | { kind: "add-node"; node: MapNode }
  | { kind: "remove-nodes"; nodes: MapNode[]; edges: MapEdge[] }
  | { kind: "edit-node"; id: NodeId; before: NodeInput; after: NodeInput }
  | { kind: "add-edge"; edge: MapEdge }
  | { kind: "remove-edge"; edge: MapEdge }
  | { kind: "edit-edge"; id: EdgeId; before: EdgeInput; after: EdgeInput }
  /** "Add this one's connections": the nodes and relationships it put on the map, around `label`. */
  | { kind: "add-connections"; label: string; nodes: MapNode[]; edges: MapEdge[] };

export type MapWritePorts = Pick<
  typeof campaigns,
  | "addMapNode"
  | "updateMapNode"
  | "moveMapNodes"
  | "removeMapNode"
  | "addMapEdge"
  | "updateMapEdge"
  | "removeMapEdge"
>;

/** Which id now stands for one that was removed and brought back. */
export class Aliases {
  readonly #next = new Map<string, string>();

  resolve<T extends string>(id: T): T {
    let current: string = id;
    for (let seen = 0; this.#next.has(current) && seen < 1000; seen += 1) {
      current = this.#next.get(current) as string;
    }
    return current as T;
  }

  replace(old: string, now: string): void {
    const from = this.resolve(old);
    if (from !== now) this.#next.set(from, now);
  }
}

/** What a step did, for "Undone: …" and the Undo button's hint. */
export function stepText(step: MapStep): string {
  switch (step.kind) {
    case "move":
      return t("map-step-move", { count: step.moves.length, label: step.label });
    case "add-node":
      return t("map-step-add", { label: step.node.fields.label });
    case "remove-nodes":
      return t("map-step-remove", {
        count: step.nodes.length,
        label: step.nodes[0]?.fields.label ?? "",
      });
    case "edit-node":
      return t("map-step-edit", { label: step.after.label });
    case "add-edge":
    case "remove-edge":
    case "edit-edge":
      return t("map-step-edge");
    case "add-connections":
      return t("map-step-connections", { label: step.label });
  }
}

/** Carries steps out against the backend and keeps `contents` in step with what it says. */
export class StepRunner {
  readonly aliases = new Aliases();
  readonly #ports: MapWritePorts;
  readonly #contents: MapContents;
  readonly #mapId: MapId;

  constructor(mapId: MapId, ports: MapWritePorts, contents: MapContents) {
    this.#mapId = mapId;
    this.#ports = ports;
    this.#contents = contents;
  }

  #node(id: NodeId): MapNode {
    const node = this.#contents.node(this.aliases.resolve(id));
    if (!node) throw new Error(`node ${id} is not on the map`);
    return node;
  }

  /** Places nodes: those judged before by moving them, the rest put back as not yet judged. */
  async place(moves: readonly Move[], where: "from" | "to"): Promise<void> {
    const placed = moves.map((m) => ({ m, node: this.#node(m.id), at: m[where] }));
    const judged = placed.filter(({ m }) => where === "to" || m.wasJudged);
    if (judged.length > 0) {
      await this.#ports.moveMapNodes(judged.map(({ node, at }) => ({ id: node.id, ...at })));
      this.#contents.putNodes(
        judged.map(({ node, at }) => ({ ...node, fields: { ...node.fields, ...at, judged: true } })),
      );
    }
    for (const { node, at } of placed.filter((p) => !judged.includes(p))) {
      const back = await this.#ports.updateMapNode(node.id, { ...node.fields, ...at, judged: false });
      this.#contents.putNodes([back]);
    }
  }

  async addNodes(nodes: readonly MapNode[]): Promise<void> {
    for (const node of nodes) {
      const added = await this.#ports.addMapNode(this.#mapId, node.fields);
      this.aliases.replace(node.id, added.id);
      this.#contents.putNodes([added]);
    }
  }

  async removeNodes(ids: readonly NodeId[]): Promise<void> {
    for (const id of ids) {
      const now = this.aliases.resolve(id);
      await this.#ports.removeMapNode(now);
      this.#contents.removeNodes(new Set([now]));
    }
  }

  async editNode(id: NodeId, input: NodeInput): Promise<MapNode> {
    const saved = await this.#ports.updateMapNode(this.aliases.resolve(id), input);
    this.#contents.putNodes([saved]);
    return saved;
  }

  /** The relationship's ends as they are called now. */
  #ends(input: EdgeInput): EdgeInput {
    return { ...input, from: this.aliases.resolve(input.from), to: this.aliases.resolve(input.to) };
  }

  async addEdges(edges: readonly MapEdge[]): Promise<void> {
    for (const edge of edges) {
      const added = await this.#ports.addMapEdge(this.#mapId, this.#ends(edge.fields));
      this.aliases.replace(edge.id, added.id);
      this.#contents.putEdge(added);
    }
  }

  async removeEdge(id: EdgeId): Promise<void> {
    const now = this.aliases.resolve(id);
    await this.#ports.removeMapEdge(now);
    this.#contents.removeEdge(now);
  }

  async removeEdges(ids: readonly EdgeId[]): Promise<void> {
    for (const id of ids) await this.removeEdge(id);
  }

  async editEdge(id: EdgeId, input: EdgeInput): Promise<MapEdge> {
    const saved = await this.#ports.updateMapEdge(this.aliases.resolve(id), this.#ends(input));
    this.#contents.putEdge(saved);
    return saved;
  }

  async undo(step: MapStep): Promise<void> {
    switch (step.kind) {
      case "move":
        return this.place(step.moves, "from");
      case "add-node":
        return this.removeNodes([step.node.id]);
      case "remove-nodes":
        await this.addNodes(step.nodes);
        return this.addEdges(step.edges);
      case "edit-node":
        await this.editNode(step.id, step.before);
        return;
      case "add-edge":
        return this.removeEdge(step.edge.id);
      case "remove-edge":
        return this.addEdges([step.edge]);
      case "edit-edge":
        await this.editEdge(step.id, step.before);
        return;
      case "add-connections":
        // The relationships first: some of them join nodes that were on the map before.
        await this.removeEdges(step.edges.map((e) => e.id));
        return this.removeNodes(step.nodes.map((n) => n.id));
    }
  }

  async redo(step: MapStep): Promise<void> {
    switch (step.kind) {
      case "move":
        return this.place(step.moves, "to");
      case "add-node":
        return this.addNodes([step.node]);
      case "remove-nodes":
        return this.removeNodes(step.nodes.map((n) => n.id));
      case "edit-node":
        await this.editNode(step.id, step.after);
        return;
      case "add-edge":
        return this.addEdges([step.edge]);
      case "remove-edge":
        return this.removeEdge(step.edge.id);
      case "edit-edge":
        await this.editEdge(step.id, step.after);
        return;
      case "add-connections":
        await this.addNodes(step.nodes);
        return this.addEdges(step.edges);
    }
  }
}
