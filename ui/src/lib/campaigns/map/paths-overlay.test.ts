import { describe, expect, it } from "vitest";
import { miniMapColour } from "./flow";
import { GRID_HEIGHT, GRID_ORIGIN } from "./grid";
import { isOverlayId, memberNodeId, NO_OVERLAY, pathLineDash, pathLineWidth, pathsOverlay } from "./paths-overlay";
import { node, path } from "./test-map";

const GRID_BOTTOM = GRID_ORIGIN + GRID_HEIGHT;

// Three places across the map: opposed on the left, neutral, allied on the right.
const bank = node("bank", { label: "Riverside Savings Bank", kind: "business", alignment: -2, power: 3 });
const council = node("council", { label: "City Council", kind: "government", alignment: 0, power: 3 });
const church = node("church", { label: "Iglesia San José Obrero", kind: "organization", alignment: 2, power: 2 });
const nodes = [bank, council, church];

describe("the overlay's nodes and lines", () => {
  const paths = [
    path("church", "p-keisha", { person_name: "Keisha Williams", role: "leader", strength: 5, would_introduce: true }),
    path("council", "p-keisha", { person_name: "Keisha Williams", role: "member", strength: 2 }),
    path("bank", "p-luis", { person_name: "Luis Ortega", strength: 1 }),
  ];

  it("draws each member as a node of its own kind that cannot be moved, picked or taken off", () => {
    const overlay = pathsOverlay(paths, nodes);
    expect(overlay.nodes.map((n) => n.id)).toEqual(["member:p-luis", "member:p-keisha"]);
    const keisha = overlay.nodes[1];
    expect(keisha).toMatchObject({
      type: "member",
      draggable: false,
      selectable: false,
      deletable: false,
      connectable: false,
      focusable: true,
      ariaRole: "button",
      ariaLabel: "Keisha Williams, chapter member: knows someone at 2 places on the map",
      data: { personId: "p-keisha", name: "Keisha Williams" },
      domAttributes: { "data-testid": "map-member", "data-person-id": "p-keisha" },
    });
    expect(overlay.nodes[0].ariaLabel).toBe("Luis Ortega, chapter member: knows someone at 1 place on the map");
    // Below the grid, where the map's nodes may not go: its own extent lets it be there.
    expect(keisha.position.y).toBeGreaterThan(GRID_BOTTOM);
    expect(keisha.extent).toEqual([
      [-Infinity, -Infinity],
      [Infinity, Infinity],
    ]);
  });

  it("runs a line from each member to each node they can reach, said in words", () => {
    const overlay = pathsOverlay(paths, nodes);
    expect(overlay.edges.map((e) => [e.source, e.target])).toEqual([
      ["member:p-luis", "bank"],
      ["member:p-keisha", "church"],
      ["member:p-keisha", "council"],
    ]);
    const [, church, council] = overlay.edges;
    expect(church).toMatchObject({
      type: "path-in",
      selectable: false,
      deletable: false,
      focusable: false,
      ariaLabel: "Keisha Williams knows someone at Iglesia San José Obrero (Leader, tie 5 of 5) and would introduce us",
      data: { strength: 5, introduces: true },
      domAttributes: { "data-testid": "map-path-line" },
    });
    expect(council.ariaLabel).toBe("Keisha Williams knows someone at City Council (Member, tie 2 of 5)");
    expect(overlay.places).toBe(3);
  });

  it("keeps every id apart from the map's", () => {
    const overlay = pathsOverlay(paths, nodes);
    const ids = [...overlay.nodes, ...overlay.edges].map((item) => item.id);
    expect(ids.every(isOverlayId)).toBe(true);
    expect(nodes.some((n) => isOverlayId(n.id))).toBe(false);
    expect(memberNodeId(paths[0].person_id)).toBe("member:p-keisha");
  });

  it("keeps a member that stays where it was as the very same object", () => {
    const before = pathsOverlay(paths, nodes);
    const measured = before.nodes.map((n) => ({ ...n, measured: { width: 40, height: 40 } }));
    const again = pathsOverlay(paths, nodes, { ...before, nodes: measured });
    expect(again.nodes[0]).toBe(measured[0]);
    expect(again.nodes[1]).toBe(measured[1]);
    // Someone new moves the others along: they are made again.
    const more = pathsOverlay([...paths, path("council", "p-ana", { person_name: "Ana Ruiz" })], nodes, before);
    expect(more.nodes).toHaveLength(3);
  });

  it("is nothing at all when nobody can reach the map", () => {
    expect(pathsOverlay([], nodes)).toEqual(NO_OVERLAY);
  });

  it("draws a closer tie thicker, and where they would introduce us, solid", () => {
    const widths = [1, 2, 3, 4, 5].map(pathLineWidth);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(new Set(widths).size).toBe(5);
    expect(pathLineDash(false)).not.toBeNull();
    expect(pathLineDash(true)).toBeNull();
  });

  it("shows members in the overview in their own colour, not as nodes not yet placed", () => {
    const [member] = pathsOverlay(paths, nodes).nodes;
    expect(miniMapColour(member)).toBe("var(--color-member)");
  });
});
