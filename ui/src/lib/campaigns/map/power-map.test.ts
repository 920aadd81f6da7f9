import { describe, expect, it, vi } from "vitest";
import { refusal } from "../../orgs/test-orgs";
import { orgId, personId } from "../../test-ids";
import { BIG_STEP, SMALL_STEP } from "./grid";
import { PowerMap } from "./power-map.svelte";
import { stepText } from "./commands";
import { edge, edgeId, fakeBackend, mapId, node, nodeId, path, view } from "./test-map";

const mayor = node("mayor", { label: "Mayor Ruiz", alignment: -2, power: 4, is_target: true });
const council = node("council", { label: "Council", alignment: 0, power: 3 });
const pastor = node("pastor", { label: "Pastor Allen", alignment: 1, power: 2 });
const channel = node("channel", { label: "Channel 5", alignment: 1.5, power: 1, judged: false });

async function opened(
  nodes = [mayor, council, pastor, channel],
  edges = [edge("e1", "council", "mayor", { label: "advises" }), edge("e2", "pastor", "council")],
) {
  const backend = fakeBackend(view(nodes, edges, [path("pastor", "Ana")]));
  const map = new PowerMap(mapId("map-1"), backend.ports);
  await map.load();
  return { map, ...backend };
}

const id = nodeId;

describe("opening a map", () => {
  it("shows it, with its paths in counted on the nodes", async () => {
    const { map } = await opened();
    expect(map.status).toBe("ready");
    expect(map.name).toBe("Rent board");
    expect(map.contents.flowNodes).toHaveLength(4);
    expect(map.contents.flowNodes.find((f) => f.id === "pastor")?.data.reach).toBe(1);
    expect(map.contents.flowEdges.map((e) => e.ariaLabel)).toEqual([
      "Council to Mayor Ruiz: advises",
      "Pastor Allen to Council",
    ]);
  });

  it("says what went wrong and tries again", async () => {
    const { ports } = fakeBackend(view([]));
    vi.mocked(ports.getMap).mockRejectedValueOnce({ kind: "database", message: "The database is busy.", details: null });
    const map = new PowerMap(mapId("map-1"), ports);
    await map.load();
    expect(map.status).toBe("failed");
    expect(map.loadError?.message).toBe("The database is busy.");
    await map.load();
    expect(map.status).toBe("ready");
    expect(map.contents.nodes).toEqual([]);
  });
});

describe("moving nodes", () => {
  it("sends every node dragged together in one call, and only those that moved", async () => {
    const { map, ports } = await opened();
    const untouched = map.contents.flowNodes.find((f) => f.id === "pastor");
    await map.moveTo(
      new Map([
        ["mayor", { alignment: -1.5, power: 4 }],
        ["council", { alignment: 0.25, power: 3.5 }],
        ["pastor", { alignment: 1, power: 2 }],
      ]),
    );
    expect(ports.moveMapNodes).toHaveBeenCalledTimes(1);
    expect(ports.moveMapNodes).toHaveBeenCalledWith([
      { id: "mayor", alignment: -1.5, power: 4 },
      { id: "council", alignment: 0.25, power: 3.5 },
    ]);
    expect(map.contents.node("council")?.fields).toMatchObject({ alignment: 0.25, power: 3.5 });
    // The node that did not move is the very same object the canvas had.
    expect(map.contents.flowNodes.find((f) => f.id === "pastor")).toBe(untouched);
    expect(map.history.nextUndo).toMatchObject({ kind: "move" });
  });

  it("shows the new place before the backend answers", async () => {
    const { map, ports } = await opened();
    let answer: (value: null) => void = () => {};
    vi.mocked(ports.moveMapNodes).mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const moving = map.moveTo(new Map([["council", { alignment: 1, power: 3 }]]));
    expect(map.contents.node("council")?.fields.alignment).toBe(1);
    expect(map.contents.flowNodes.find((f) => f.id === "council")?.data.node.fields.alignment).toBe(1);
    await vi.waitFor(() => expect(ports.moveMapNodes).toHaveBeenCalled());
    answer(null);
    expect(await moving).toBe(true);
  });

  it("puts nodes back where they were when refused, the reason beside the part refused", async () => {
    const { map, ports } = await opened();
    vi.mocked(ports.moveMapNodes).mockRejectedValueOnce(refusal("power", "power", "power runs from 0 to 4"));
    const before = map.contents.flowNodes.find((f) => f.id === "council")?.position;
    expect(await map.moveTo(new Map([["council", { alignment: 1, power: 3.5 }]]))).toBe(false);
    expect(map.contents.node("council")?.fields).toMatchObject({ alignment: 0, power: 3 });
    expect(map.contents.flowNodes.find((f) => f.id === "council")?.position).toEqual(before);
    expect(map.refusal).toMatchObject({ ids: ["council"], field: "power" });
    expect(map.refusal?.error.reasonText).toBe("power runs from 0 to 4");
    expect(map.history.canUndo).toBe(false);
  });

  it("keeps a refusal about no one part of the place for the whole row", async () => {
    const { map, ports } = await opened();
    vi.mocked(ports.moveMapNodes).mockRejectedValueOnce({ kind: "not_found", message: "That node is gone.", details: null });
    await map.moveTo(new Map([["council", { alignment: 1, power: 3 }]]));
    expect(map.refusal?.field).toBeNull();
    expect(map.refusal?.error.message).toBe("That node is gone.");
  });

  it("marks an imported node judged once placed, and undo puts it back unjudged", async () => {
    const { map, ports } = await opened();
    await map.moveTo(new Map([["channel", { alignment: 1.5, power: 1 }]]));
    expect(ports.moveMapNodes).toHaveBeenCalledWith([{ id: "channel", alignment: 1.5, power: 1 }]);
    expect(map.contents.node("channel")?.fields.judged).toBe(true);
    await map.undo();
    expect(ports.updateMapNode).toHaveBeenCalledWith("channel", expect.objectContaining({ judged: false }));
    expect(map.contents.node("channel")?.fields.judged).toBe(false);
  });

  it("sends arrow-key moves once the keys rest, as one step of the selected nodes", async () => {
    const { map, ports } = await opened();
    map.contents.select(new Set(["mayor", "council"]));
    map.selectionChanged(["mayor", "council"], []);
    map.nudge(SMALL_STEP, 0);
    map.nudge(SMALL_STEP, 0);
    map.nudge(0, -BIG_STEP);
    expect(ports.moveMapNodes).not.toHaveBeenCalled();
    expect(ports.later).toHaveBeenCalledTimes(3);
    expect(map.contents.node("mayor")?.fields).toMatchObject({ alignment: -1.8, power: 3.5 });
    // 3.5 is nearer "decisive" (halves round up, as on paper).
    expect(map.notice).toBe("Mayor Ruiz: strongly opposed, decisive power.");
    await map.flushNudges();
    expect(ports.moveMapNodes).toHaveBeenCalledTimes(1);
    expect(ports.moveMapNodes).toHaveBeenCalledWith([
      { id: "mayor", alignment: -1.8, power: 3.5 },
      { id: "council", alignment: 0.2, power: 2.5 },
    ]);
    await map.undo();
    expect(map.contents.node("mayor")?.fields).toMatchObject({ alignment: -2, power: 4 });
    expect(map.contents.node("council")?.fields).toMatchObject({ alignment: 0, power: 3 });
    expect(map.notice).toBe("Undone: moving 2 nodes.");
  });

  it("sends what the keys moved before undoing, so Undo takes back those moves", async () => {
    const { map, ports } = await opened();
    map.selectOnly(id("pastor"));
    map.nudge(SMALL_STEP, 0);
    await map.undo();
    expect(ports.moveMapNodes).toHaveBeenNthCalledWith(1, [{ id: "pastor", alignment: 1.1, power: 2 }]);
    expect(ports.moveMapNodes).toHaveBeenNthCalledWith(2, [{ id: "pastor", alignment: 1, power: 2 }]);
    expect(map.contents.node("pastor")?.fields.alignment).toBe(1);
  });
});

describe("adding and removing", () => {
  it("adds a node in the middle, judged, selects it, and undo and redo take it away and back", async () => {
    const { map, ports, nodes } = await opened();
    map.openNewNode();
    map.newNode!.values.label = "  Chamber of Commerce ";
    map.newNode!.values.kind = "business";
    expect(await map.addNode()).toBe(true);
    expect(ports.addMapNode).toHaveBeenCalledWith("map-1", expect.objectContaining({
      label: "Chamber of Commerce",
      kind: "business",
      alignment: 0,
      power: 2,
      judged: true,
    }));
    expect(map.newNode).toBeNull();
    expect(map.selectedNode?.fields.label).toBe("Chamber of Commerce");
    expect(map.focusRequest).toEqual({ id: "n-new-1", centre: true });
    await map.undo();
    expect(nodes.has("n-new-1")).toBe(false);
    expect(map.contents.node("n-new-1")).toBeUndefined();
    expect(map.selectedIds).toEqual([]);
    await map.redo();
    expect(map.contents.node("n-new-2")?.fields.label).toBe("Chamber of Commerce");
  });

  it("asks for a name before adding, and shows the backend's refusal beside the name", async () => {
    const { map, ports } = await opened();
    map.openNewNode();
    expect(await map.addNode()).toBe(false);
    expect(map.newNode?.errorFor("label")).toBe("Give it a name.");
    expect(ports.addMapNode).not.toHaveBeenCalled();
    map.newNode!.values.label = "x";
    vi.mocked(ports.addMapNode).mockRejectedValueOnce(refusal("label", "name", "give it a name"));
    expect(await map.addNode()).toBe(false);
    expect(map.newNode?.errorFor("label")).toBe("Give it a name.");
  });

  it("removes the selected nodes only once asked, with their relationships, and brings both back", async () => {
    const { map, ports, edges } = await opened();
    map.selectOnly(id("council"));
    map.askRemove();
    expect(map.removing?.nodes.map((n) => n.id)).toEqual(["council"]);
    expect(ports.removeMapNode).not.toHaveBeenCalled();
    await map.confirmRemove();
    expect(ports.removeMapNode).toHaveBeenCalledWith("council");
    expect(map.contents.edges).toEqual([]);
    expect(map.contents.flowEdges).toEqual([]);
    expect(map.notice).toBe("Council removed. Undo (Ctrl+Z) brings them back.");

    await map.undo();
    const back = map.contents.nodes.find((n) => n.fields.label === "Council");
    expect(back?.id).toBe("n-new-1");
    expect(map.contents.edges.map((e) => [e.fields.from, e.fields.to])).toEqual([
      ["n-new-1", "mayor"],
      ["pastor", "n-new-1"],
    ]);
    expect(edges.size).toBe(2);

    // Redo finds the node by its new id, and a second undo brings it back again.
    await map.redo();
    expect(map.contents.node("n-new-1")).toBeUndefined();
    expect(map.contents.edges).toEqual([]);
    await map.undo();
    expect(map.contents.nodes.some((n) => n.fields.label === "Council")).toBe(true);
    expect(map.contents.edges).toHaveLength(2);
  });

  it("keeps a cancelled removal from happening", async () => {
    const { map, ports } = await opened();
    map.selectOnly(id("mayor"));
    map.askRemove();
    map.cancelRemove();
    await map.confirmRemove();
    expect(ports.removeMapNode).not.toHaveBeenCalled();
  });

  it("brings a moved, removed node back and still undoes its move, through its new id", async () => {
    const { map, ports } = await opened();
    await map.moveTo(new Map([["pastor", { alignment: 2, power: 2 }]]));
    map.selectOnly(id("pastor"));
    map.askRemove();
    await map.confirmRemove();
    await map.undo(); // the removal
    await map.undo(); // the move
    expect(ports.moveMapNodes).toHaveBeenLastCalledWith([{ id: "n-new-1", alignment: 1, power: 2 }]);
    expect(map.contents.node("n-new-1")?.fields.alignment).toBe(1);
  });
});

describe("the side panel", () => {
  it("opens the node selected alone, and saves it as one undoable step", async () => {
    const { map, ports } = await opened();
    map.selectionChanged(["council"], []);
    const draft = map.nodeDraft!;
    expect(draft.values).toMatchObject({ label: "Council", alignment: 0, power: 3, isTarget: false });
    draft.values.isTarget = true;
    draft.values.notes = " Votes in May ";
    expect(await map.saveNode()).toBe(true);
    expect(ports.updateMapNode).toHaveBeenCalledWith("council", expect.objectContaining({ is_target: true, notes: "Votes in May" }));
    expect(map.analysis.targets.map((n) => n.fields.label)).toEqual(["Mayor Ruiz", "Council"]);
    await map.undo();
    expect(map.contents.node("council")?.fields.is_target).toBe(false);
    expect(map.nodeDraft?.values.isTarget).toBe(false);
  });

  it("shows a refused power beside the power chooser", async () => {
    const { map, ports } = await opened();
    map.selectionChanged(["council"], []);
    vi.mocked(ports.updateMapNode).mockRejectedValueOnce(refusal("power", "power", "power runs from 0 (little) to 4 (decisive)"));
    expect(await map.saveNode()).toBe(false);
    expect(map.nodeDraft?.errorFor("power")).toBe("Power runs from 0 (little) to 4 (decisive).");
    expect(map.nodeDraft?.formError).toBeNull();
  });

  it("gives the keyboard back to the node on the map when the panel is left", async () => {
    const { map } = await opened();
    map.selectOnly(id("council"));
    map.leavePanel();
    expect(map.selectedIds).toEqual([]);
    expect(map.contents.flowNodes.some((f) => f.selected)).toBe(false);
    expect(map.focusRequest).toEqual({ id: "council", centre: false });
  });

  it("no longer shows a form for several nodes, or for none", async () => {
    const { map } = await opened();
    map.selectionChanged(["council", "mayor"], []);
    expect(map.nodeDraft).toBeNull();
    expect(map.selectedNode).toBeNull();
    map.selectionChanged([], []);
    expect(map.selectedIds).toEqual([]);
  });

  it("asks the rest of a relationship drawn on the canvas, and refuses one to itself beside its end", async () => {
    const { map, ports } = await opened();
    map.startEdge(id("mayor"), id("pastor"));
    map.edgeDraft!.values.label = "listens to";
    map.edgeDraft!.values.strength = 4;
    expect(await map.saveEdge()).toBe(true);
    expect(ports.addMapEdge).toHaveBeenCalledWith("map-1", {
      from: "mayor",
      to: "pastor",
      label: "listens to",
      strength: 4,
      direction: "directed",
    });
    expect(map.contents.flowEdges.at(-1)).toMatchObject({ source: "mayor", target: "pastor", label: "listens to" });
    expect(map.edgeDraft).toBeNull();

    map.startEdge(id("mayor"));
    expect(await map.saveEdge()).toBe(false);
    expect(map.edgeDraft?.errorFor("to")).toBe("Choose the other end.");
    map.edgeDraft!.values.to = id("pastor");
    vi.mocked(ports.addMapEdge).mockRejectedValueOnce(refusal("strength", "strength", "a relationship's strength is 1 to 5"));
    expect(await map.saveEdge()).toBe(false);
    expect(map.edgeDraft?.errorFor("strength")).toBe("A relationship's strength is 1 to 5.");
  });

  it("changes a selected relationship and undoes the change", async () => {
    const { map, ports } = await opened();
    map.selectEdge(edge("e1", "council", "mayor").id);
    const draft = map.edgeDraft!;
    expect(draft.values).toMatchObject({ to: "mayor", label: "advises", direction: "directed" });
    draft.values.direction = "mutual";
    expect(await map.saveEdge()).toBe(true);
    expect(map.contents.flowEdges[0]).toMatchObject({ markerStart: { type: "arrowclosed" }, markerEnd: { type: "arrowclosed" } });
    await map.undo();
    expect(ports.updateMapEdge).toHaveBeenLastCalledWith("e1", expect.objectContaining({ direction: "directed" }));
    expect(map.contents.flowEdges[0].markerStart).toBeUndefined();
  });

  it("adds a node's connections, says what came, and shows the map again", async () => {
    const { map, ports, nodes } = await opened([node("union", { organization_id: orgId("org-1") })], []);
    vi.mocked(ports.addNodeConnections).mockImplementationOnce(async () => {
      nodes.set("n-a", node("n-a", { label: "Rosa" }));
      nodes.set("n-b", node("n-b", { label: "Luis" }));
      return { nodes: 2, edges: 3, node_ids: [id("n-a"), id("n-b")], edge_ids: [] };
    });
    map.selectOnly(id("union"));
    await map.addConnections(id("union"));
    expect(map.connections?.added).toMatchObject({ nodes: 2, edges: 3 });
    expect(map.notice).toBe("2 added, 3 relationships");
    expect(map.contents.nodes.map((n) => n.fields.label)).toEqual(["union", "Rosa", "Luis"]);
    expect(map.selectedIds).toEqual(["union"]);
  });
});

describe("undoing \"Add this one's connections\"", () => {
  /** The union's leader comes onto the map; the pastor, already there, is joined to it too. */
  async function connected() {
    const union = node("union", { label: "Local 32", kind: "organization", organization_id: orgId("org-1") });
    const opening = await opened([union, pastor], []);
    const { ports, nodes, edges } = opening;
    vi.mocked(ports.addNodeConnections).mockImplementationOnce(async () => {
      nodes.set("n-rosa", node("n-rosa", { label: "Rosa", judged: false }));
      edges.set("e-rosa", edge("e-rosa", "n-rosa", "union", { label: "leader at" }));
      edges.set("e-pastor", edge("e-pastor", "pastor", "union", { label: "works at" }));
      return { nodes: 1, edges: 2, node_ids: [id("n-rosa")], edge_ids: [edgeId("e-rosa"), edgeId("e-pastor")] };
    });
    opening.map.selectOnly(id("union"));
    await opening.map.addConnections(id("union"));
    return opening;
  }

  it("is one step, named for the node whose connections came", async () => {
    const { map } = await connected();
    expect(map.history.nextUndo).toMatchObject({
      kind: "add-connections",
      label: "Local 32",
      nodes: [{ id: "n-rosa" }],
      edges: [{ id: "e-rosa" }, { id: "e-pastor" }],
    });
    expect(stepText(map.history.nextUndo!)).toBe("adding the connections of Local 32");
  });

  it("takes away the relationships, then the nodes, that it put there, and leaves the rest", async () => {
    const { map, ports, nodes, edges } = await connected();
    await map.undo();
    expect(ports.removeMapEdge).toHaveBeenNthCalledWith(1, "e-rosa");
    expect(ports.removeMapEdge).toHaveBeenNthCalledWith(2, "e-pastor");
    expect(ports.removeMapNode).toHaveBeenCalledTimes(1);
    expect(ports.removeMapNode).toHaveBeenCalledWith("n-rosa");
    expect([...nodes.keys()]).toEqual(["union", "pastor"]);
    expect(edges.size).toBe(0);
    expect(map.contents.nodes.map((n) => n.fields.label)).toEqual(["Local 32", "Pastor Allen"]);
    expect(map.contents.flowEdges).toEqual([]);
    expect(map.connections).toBeNull();
    expect(map.notice).toBe("Undone: adding the connections of Local 32.");
  });

  it("puts them back on redo, joined as before, and a second undo finds them by their new ids", async () => {
    const { map, nodes, edges } = await connected();
    await map.undo();
    await map.redo();
    const rosa = map.contents.nodes.find((n) => n.fields.label === "Rosa");
    expect(rosa).toMatchObject({ id: "n-new-1", fields: { judged: false } });
    expect(map.contents.edges.map((e) => [e.fields.from, e.fields.to, e.fields.label])).toEqual([
      ["n-new-1", "union", "leader at"],
      ["pastor", "union", "works at"],
    ]);
    expect(map.notice).toBe("Done again: adding the connections of Local 32.");
    await map.undo();
    expect(nodes.has("n-new-1")).toBe(false);
    expect(edges.size).toBe(0);
    expect(map.contents.nodes).toHaveLength(2);
  });

  it("records nothing when nothing new came", async () => {
    const { map } = await opened([node("union", { organization_id: orgId("org-1") })], []);
    await map.addConnections(id("union"));
    expect(map.history.canUndo).toBe(false);
  });
});

describe("linking a node to its record", () => {
  const rosa = { kind: "person", id: personId("p-rosa") } as const;
  const union = { kind: "organization", id: orgId("o-union") } as const;

  it("links at once, as one undoable change, and remembers the name the picker showed", async () => {
    const { map, ports } = await opened();
    map.selectOnly(id("pastor"));
    expect(await map.linkRecord(id("pastor"), rosa, "Rosa Delgado")).toBe(true);
    expect(ports.updateMapNode).toHaveBeenCalledWith("pastor", expect.objectContaining({ person_id: "p-rosa", organization_id: null }));
    expect(map.contents.node("pastor")?.fields.person_id).toBe("p-rosa");
    expect(map.records.name(rosa)).toBe("Rosa Delgado");
    expect(ports.getPerson).not.toHaveBeenCalled();
    expect(map.notice).toBe("Pastor Allen now stands for Rosa Delgado in your records.");
    expect(map.history.nextUndo).toMatchObject({ kind: "edit-node", id: "pastor" });

    await map.undo();
    expect(map.contents.node("pastor")?.fields.person_id).toBeNull();
    await map.redo();
    expect(map.contents.node("pastor")?.fields.person_id).toBe("p-rosa");
  });

  it("unlinks, and asks for the map again so the paths in follow the record", async () => {
    const { map, ports } = await opened([node("union", { kind: "organization", organization_id: union.id })], []);
    map.selectOnly(id("union"));
    vi.mocked(ports.getMap).mockClear();
    expect(await map.linkRecord(id("union"), null)).toBe(true);
    expect(map.contents.node("union")?.fields.organization_id).toBeNull();
    expect(map.notice).toBe("union no longer stands for a record.");
    expect(ports.getMap).toHaveBeenCalledTimes(1);
    await map.undo();
    expect(map.contents.node("union")?.fields.organization_id).toBe("o-union");
    expect(ports.getMap).toHaveBeenCalledTimes(2);
    expect(map.selectedIds).toEqual(["union"]);
  });

  it("sends nothing when the node stands for that record already", async () => {
    const { map, ports } = await opened([node("union", { organization_id: union.id })], []);
    expect(await map.linkRecord(id("union"), union, "Local 32")).toBe(true);
    expect(ports.updateMapNode).not.toHaveBeenCalled();
    expect(map.history.canUndo).toBe(false);
  });

  it("says why a link was refused, beside the record", async () => {
    const { map, ports } = await opened();
    map.selectOnly(id("pastor"));
    vi.mocked(ports.updateMapNode).mockRejectedValueOnce({ kind: "not_found", message: "That person is not in your records.", details: null });
    expect(await map.linkRecord(id("pastor"), rosa, "Rosa Delgado")).toBe(false);
    expect(map.linkError?.message).toBe("That person is not in your records.");
    expect(map.contents.node("pastor")?.fields.person_id).toBeNull();
    expect(map.history.canUndo).toBe(false);
    expect(map.linking).toBe(false);
    map.selectOnly(id("mayor"));
    expect(map.linkError).toBeNull();
  });

  it("keeps what was typed in the form, and saving it keeps the link", async () => {
    const { map, ports } = await opened();
    map.selectOnly(id("pastor"));
    map.nodeDraft!.values.notes = "Runs the food pantry";
    await map.linkRecord(id("pastor"), rosa, "Rosa Delgado");
    expect(map.nodeDraft?.values.notes).toBe("Runs the food pantry");
    expect(await map.saveNode()).toBe(true);
    expect(ports.updateMapNode).toHaveBeenLastCalledWith(
      "pastor",
      expect.objectContaining({ person_id: "p-rosa", notes: "Runs the food pantry" }),
    );
    // Undo takes back the notes alone, then the link.
    await map.undo();
    expect(map.contents.node("pastor")?.fields).toMatchObject({ person_id: "p-rosa", notes: null });
    await map.undo();
    expect(map.contents.node("pastor")?.fields.person_id).toBeNull();
  });

  it("drops the person when the form makes the node an organization", async () => {
    const { map, ports } = await opened([node("ana", { person_id: rosa.id })], []);
    map.selectOnly(id("ana"));
    map.nodeDraft!.values.kind = "organization";
    vi.mocked(ports.getMap).mockClear();
    expect(await map.saveNode()).toBe(true);
    expect(map.contents.node("ana")?.fields).toMatchObject({ kind: "organization", person_id: null });
    expect(ports.getMap).toHaveBeenCalledTimes(1);
  });
});

describe("the table", () => {
  it("marks a target at once, and undo takes the mark back", async () => {
    const { map, ports } = await opened();
    expect(await map.setTarget(id("pastor"), true)).toBe(true);
    expect(ports.updateMapNode).toHaveBeenCalledWith("pastor", expect.objectContaining({ is_target: true }));
    expect(map.rows.find((r) => r.node.id === "pastor")?.node.fields.is_target).toBe(true);
    await map.undo();
    expect(map.contents.node("pastor")?.fields.is_target).toBe(false);
  });

  it("counts paths in and relationships per row, most powerful first", async () => {
    const { map } = await opened();
    expect(map.rows.map((r) => [r.node.fields.label, r.reach, r.relationships])).toEqual([
      ["Mayor Ruiz", 0, 1],
      ["Council", 0, 2],
      ["Pastor Allen", 1, 1],
      ["Channel 5", 0, 0],
    ]);
  });
});
