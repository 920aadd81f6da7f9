// "Show our paths in" on an open map: the members who can reach its nodes drawn on the canvas,
// and never taken for part of the map.
import { describe, expect, it, vi } from "vitest";
import { orgId } from "../../test-ids";
import type { CanvasNode } from "./contents.svelte";
import { isOverlayId } from "./paths-overlay";
import { PowerMap } from "./power-map.svelte";
import { edge, fakeBackend, mapId, node, nodeId, path, view } from "./test-map";

const mayor = node("mayor", { label: "Mayor Ruiz", alignment: -2, power: 4, is_target: true });
const council = node("council", { label: "Council", alignment: 0, power: 3 });
const church = node("church", { label: "Iglesia San José Obrero", kind: "organization", alignment: 1.5, power: 2 });
const paths = [
  path("church", "p-keisha", { person_name: "Keisha Williams", role: "leader", strength: 5, would_introduce: true }),
  path("council", "p-keisha", { person_name: "Keisha Williams" }),
  path("church", "p-luis", { person_name: "Luis Ortega" }),
];

async function opened() {
  const backend = fakeBackend(view([mayor, council, church], [edge("e1", "council", "mayor")], paths));
  const map = new PowerMap(mapId("map-1"), backend.ports);
  await map.load();
  return { map, ...backend };
}

/** Everything every port was called with, as text. */
function sent(ports: object): string {
  return JSON.stringify(
    Object.values(ports).flatMap((port) => (vi.isMockFunction(port) ? port.mock.calls : [])),
  );
}

function members(map: PowerMap): string[] {
  return map.contents.canvasNodes.filter((n) => n.type === "member").map((n) => n.id);
}

describe("showing our paths in on the canvas", () => {
  it("is off when a map opens: the canvas draws the map's own nodes and nothing else", async () => {
    const { map } = await opened();
    expect(map.contents.pathsShown).toBe(false);
    expect(map.contents.canvasNodes).toBe(map.contents.flowNodes);
    expect(map.contents.canvasEdges).toBe(map.contents.flowEdges);
  });

  it("draws each member who can reach a node, with a line to each, and says so", async () => {
    const { map } = await opened();
    map.showPaths(true);
    expect(map.contents.pathsShown).toBe(true);
    expect(members(map)).toEqual(["member:p-keisha", "member:p-luis"]);
    expect(map.contents.canvasEdges.filter((e) => e.type === "path-in").map((e) => [e.source, e.target])).toEqual([
      ["member:p-keisha", "church"],
      ["member:p-keisha", "council"],
      ["member:p-luis", "church"],
    ]);
    expect(map.notice).toBe("2 members of the chapter know someone at 2 places on the map.");
    map.showPaths(false);
    expect(members(map)).toEqual([]);
    expect(map.contents.canvasNodes).toBe(map.contents.flowNodes);
  });

  it("says so when nobody can reach anyone on the map yet", async () => {
    const { ports } = fakeBackend(view([mayor]));
    const map = new PowerMap(mapId("map-1"), ports);
    await map.load();
    map.showPaths(true);
    expect(members(map)).toEqual([]);
    expect(map.notice).toBe("No member of the chapter knows anyone on this map yet.");
  });

  it("leaves the map itself alone: its nodes, the table, the analysis and the history", async () => {
    const { map } = await opened();
    const before = {
      nodes: map.contents.nodes,
      flowNodes: map.contents.flowNodes,
      flowEdges: map.contents.flowEdges,
      rows: map.rows,
      analysis: map.analysis,
    };
    map.showPaths(true);
    expect(map.contents.nodes).toBe(before.nodes);
    expect(map.contents.flowNodes).toBe(before.flowNodes);
    expect(map.contents.flowEdges).toBe(before.flowEdges);
    expect(map.rows).toEqual(before.rows);
    expect(map.analysis).toEqual(before.analysis);
    expect(map.history.canUndo).toBe(false);
  });

  it("puts what the canvas changes back where each belongs: the map's nodes and the members apart", async () => {
    const { map } = await opened();
    map.showPaths(true);
    // As Svelte Flow writes while dragging the council and after measuring a member.
    const next = map.contents.canvasNodes.map((n): CanvasNode => {
      if (n.id === "council") return { ...n, position: { x: 900, y: 300 }, dragging: true };
      if (n.type === "member") return { ...n, measured: { width: 40, height: 40 } };
      return n;
    });
    map.contents.canvasNodesChanged(next);
    expect(map.contents.flowNodes.map((n) => n.id)).toEqual(["mayor", "council", "church"]);
    expect(map.contents.flowNodes[1].position).toEqual({ x: 900, y: 300 });
    expect(map.contents.overlay.nodes.map((n) => n.measured)).toEqual([
      { width: 40, height: 40 },
      { width: 40, height: 40 },
    ]);
    expect(members(map)).toEqual(["member:p-keisha", "member:p-luis"]);
    map.contents.canvasEdgesChanged(map.contents.canvasEdges);
    expect(map.contents.flowEdges.map((e) => e.id)).toEqual(["e1"]);
    expect(map.contents.overlay.edges).toHaveLength(3);
  });

  it("leaves the overlay be while a node of the map is dragged, so the lines are not made again", async () => {
    const { map } = await opened();
    map.showPaths(true);
    const overlay = map.contents.overlay;
    const edges = map.contents.flowEdges;
    for (const x of [300, 310, 320]) {
      map.contents.canvasNodesChanged(
        map.contents.canvasNodes.map((n) => (n.id === "council" ? { ...n, position: { x, y: 300 } } : n)),
      );
    }
    expect(map.contents.flowNodes[1].position).toEqual({ x: 320, y: 300 });
    expect(map.contents.overlay).toBe(overlay);
    expect(map.contents.flowEdges).toBe(edges);
  });

  it("never sends a member or a line to the backend, nor selects one", async () => {
    const { map, ports } = await opened();
    map.showPaths(true);
    const member = members(map)[0];
    map.selectionChanged([member, "council"], []);
    expect(map.selectedIds).toEqual(["council"]);
    map.selectionChanged([], ["path:p-luis:church"]);
    expect(map.selectedEdgeId).toBeNull();
    await map.moveTo(
      new Map([
        [member, { alignment: 1, power: 1 }],
        ["council", { alignment: 0.5, power: 3 }],
      ]),
    );
    expect(ports.moveMapNodes).toHaveBeenCalledWith([{ id: "council", alignment: 0.5, power: 3 }]);
    map.selectOnly(nodeId("mayor"));
    map.askRemove();
    await map.confirmRemove();
    await map.undo();
    await map.redo();
    expect(sent(ports)).not.toMatch(/member:|path:/);
    expect(map.contents.nodes.some((n) => isOverlayId(n.id))).toBe(false);
    expect(map.contents.edges.some((e) => isOverlayId(e.id))).toBe(false);
  });

  it("keeps the lane where it is when a node moves: the lines follow the node by themselves", async () => {
    const { map } = await opened();
    map.showPaths(true);
    const lane = map.contents.overlay;
    await map.moveTo(new Map([["church", { alignment: -2, power: 1 }]]));
    expect(map.contents.overlay).toBe(lane);
  });

  it("takes away the lines to a node removed, and a member who then reaches nothing", async () => {
    const { map } = await opened();
    map.showPaths(true);
    map.selectOnly(nodeId("church"));
    map.askRemove();
    await map.confirmRemove();
    expect(members(map)).toEqual(["member:p-keisha"]);
    expect(map.contents.overlay.edges.map((e) => e.target)).toEqual(["council"]);
  });

  it("follows the paths when the map comes again, after connections or a link changed", async () => {
    const { map, ports } = await opened();
    map.showPaths(true);
    const union = node("union", { label: "Local 32", kind: "organization", organization_id: orgId("o-union") });
    vi.mocked(ports.addNodeConnections).mockResolvedValueOnce({ nodes: 1, edges: 0, node_ids: [union.id], edge_ids: [] });
    vi.mocked(ports.getMap).mockResolvedValueOnce(
      view([mayor, council, church, union], [], [...paths, path("union", "p-ana", { person_name: "Ana Ruiz" })]),
    );
    await map.addConnections(nodeId("church"));
    expect(members(map)).toContain("member:p-ana");
    expect(map.contents.overlay.edges.map((e) => e.target)).toContain("union");
    // The toggle stays on while the map is open, whatever the view.
    map.view = "table";
    map.view = "map";
    expect(map.contents.pathsShown).toBe(true);
  });

  it("says a renamed node's new name on the lines to it", async () => {
    const { map } = await opened();
    map.showPaths(true);
    map.contents.putNodes([{ ...church, fields: { ...church.fields, label: "San José" } }]);
    expect(map.contents.overlay.edges.find((e) => e.id === "path:p-luis:church")?.ariaLabel).toBe(
      "Luis Ortega knows someone at San José (Member, tie 3 of 5)",
    );
  });
});
