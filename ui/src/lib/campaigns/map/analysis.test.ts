import { describe, expect, it } from "vitest";
import { analyse, reachByNode, relationshipsByNode } from "./analysis";
import { edgeLine, edgeWidth, nodeLook } from "./look";
import { FIRST_SORT, mapRows, sortedBy, sortRows } from "./table";
import { edge, node, path } from "./test-map";

const mayor = node("Mayor Ruiz", { alignment: -2, power: 4, is_target: true });
const council = node("Council member Diaz", { alignment: 0.5, power: 3 });
const pastor = node("Pastor Allen", { alignment: 1, power: 3, kind: "organization" });
const landlords = node("Landlords' association", { alignment: -1, power: 3.5, kind: "business" });
const tenants = node("Tenants' union", { alignment: 2, power: 1 });
const imported = node("Channel 5", { alignment: 1.5, power: 4, judged: false, kind: "media" });
const everyone = [mayor, council, pastor, landlords, tenants, imported];

describe("what the map says", () => {
  const reach = reachByNode([path("Pastor Allen", "ana"), path("Pastor Allen", "luis"), path("Tenants' union", "ana")]);
  const said = analyse(everyone, reach);
  const names = (nodes: { fields: { label: string } }[]) => nodes.map((n) => n.fields.label);

  it("lists the targets", () => {
    expect(names(said.targets)).toEqual(["Mayor Ruiz"]);
  });

  it("finds the powerful on each side, most powerful first, only among nodes placed", () => {
    expect(names(said.powerfulAllies)).toEqual(["Pastor Allen"]);
    expect(names(said.powerfulOpponents)).toEqual(["Mayor Ruiz", "Landlords' association"]);
  });

  it("finds the powerful and undecided, neutral within half a step", () => {
    expect(names(said.movable)).toEqual(["Council member Diaz"]);
    const leaning = analyse([node("x", { alignment: 0.51, power: 4 }), node("y", { alignment: -0.5, power: 2.9 })], reach);
    expect(leaning.movable).toEqual([]);
  });

  it("finds those no member can reach, and those not yet placed", () => {
    expect(names(said.noPathIn)).toEqual([
      "Channel 5",
      "Mayor Ruiz",
      "Landlords' association",
      "Council member Diaz",
    ]);
    expect(names(said.notPlaced)).toEqual(["Channel 5"]);
  });

  it("counts paths in and relationships per node", () => {
    expect(reach.get(pastor.id)).toBe(2);
    expect(reach.get(mayor.id)).toBeUndefined();
    const counts = relationshipsByNode([
      edge("e1", "Mayor Ruiz", "Council member Diaz"),
      edge("e2", "Pastor Allen", "Mayor Ruiz"),
    ]);
    expect(counts.get(mayor.id)).toBe(2);
    expect(counts.get(council.id)).toBe(1);
  });
});

describe("the table", () => {
  const rows = mapRows(
    everyone,
    reachByNode([path("Pastor Allen", "ana")]),
    relationshipsByNode([edge("e1", "Mayor Ruiz", "Tenants' union")]),
  );
  const order = (sort: Parameters<typeof sortRows>[1]) => sortRows(rows, sort).map((r) => r.node.fields.label);

  it("starts with the most powerful, names breaking ties", () => {
    expect(order(FIRST_SORT)).toEqual([
      "Channel 5",
      "Mayor Ruiz",
      "Landlords' association",
      "Council member Diaz",
      "Pastor Allen",
      "Tenants' union",
    ]);
  });

  it("sorts by each column, either way", () => {
    expect(order({ column: "label", ascending: true })[0]).toBe("Channel 5");
    expect(order({ column: "label", ascending: false })[0]).toBe("Tenants' union");
    expect(order({ column: "alignment", ascending: true }).slice(0, 2)).toEqual(["Mayor Ruiz", "Landlords' association"]);
    expect(order({ column: "target", ascending: false })[0]).toBe("Mayor Ruiz");
    expect(order({ column: "reach", ascending: false })[0]).toBe("Pastor Allen");
    expect(order({ column: "relationships", ascending: false }).slice(0, 2)).toEqual(["Mayor Ruiz", "Tenants' union"]);
    expect(order({ column: "kind", ascending: true })[0]).toBe("Landlords' association");
  });

  it("turns a heading's second click round, and starts names A to Z and numbers most first", () => {
    expect(sortedBy(FIRST_SORT, "power")).toEqual({ column: "power", ascending: true });
    expect(sortedBy(FIRST_SORT, "label")).toEqual({ column: "label", ascending: true });
    expect(sortedBy(FIRST_SORT, "reach")).toEqual({ column: "reach", ascending: false });
  });
});

describe("a node's look", () => {
  it("says where it stands by a sign as well as a colour", () => {
    expect(nodeLook(-2, true).sign).toBe("−−");
    expect(nodeLook(-0.6, true).sign).toBe("−");
    expect(nodeLook(0.4, true).sign).toBe("0");
    expect(nodeLook(1, true).sign).toBe("+");
    expect(nodeLook(2, true).sign).toBe("++");
    const fills = [-2, -1, 0, 1, 2].map((a) => nodeLook(a, true).fill);
    expect(new Set(fills).size).toBe(5);
  });

  it("is dashed with a question mark while not yet placed", () => {
    expect(nodeLook(2, false)).toMatchObject({ sign: "?", dashed: true });
  });

  it("draws a relationship's line between the shapes' edges, not their centres", () => {
    const line = edgeLine({ x: 0, y: 0 }, { x: 100, y: 0 }, 20);
    expect(line.path).toBe("M 20 0 L 80 0");
    expect(line.middle).toEqual({ x: 50, y: 0 });
    expect(edgeLine({ x: 0, y: 0 }, { x: 30, y: 0 }, 20).path).toBe("M 0 0 L 30 0");
    expect(edgeWidth(5)).toBeGreaterThan(edgeWidth(1));
  });

  it("stops a line short of each end by that end's own size (a member's circle, a node's shape)", () => {
    expect(edgeLine({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 30).path).toBe("M 10 0 L 70 0");
    expect(edgeLine({ x: 0, y: 0 }, { x: 35, y: 0 }, 10, 30).path).toBe("M 0 0 L 35 0");
  });
});
