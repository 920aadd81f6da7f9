import { describe, expect, it } from "vitest";
import { GRID_HEIGHT, GRID_ORIGIN, NODE_SIZE, toFlow } from "./grid";
import {
  LANE_LEFT,
  LANE_RIGHT,
  MEMBER_GAP,
  memberLane,
  nameFits,
  NAME_MIN_ON_SCREEN,
  PER_ROW,
  spread,
  type LaneMember,
} from "./member-lane";
import { node, path } from "./test-map";

const GRID_BOTTOM = GRID_ORIGIN + GRID_HEIGHT;

// Three places across the map: opposed on the left, neutral, allied on the right.
const bank = node("bank", { label: "Riverside Savings Bank", kind: "business", alignment: -2, power: 3 });
const council = node("council", { label: "City Council", kind: "government", alignment: 0, power: 3 });
const church = node("church", { label: "Iglesia San José Obrero", kind: "organization", alignment: 2, power: 2 });
const nodes = [bank, council, church];

function centreAcross(n: typeof bank): number {
  return toFlow(n.fields).x + NODE_SIZE / 2;
}

/** Members in the same row, left to right. */
function rowsOf(members: readonly LaneMember[]): LaneMember[][] {
  const rows = new Map<number, LaneMember[]>();
  for (const m of members) rows.set(m.at.y, [...(rows.get(m.at.y) ?? []), m]);
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

describe("spreading places along a line", () => {
  it("leaves them where they would be when they have room", () => {
    expect(spread([100, 400, 900], 150, 0, 1000)).toEqual([100, 400, 900]);
  });

  it("moves those that would crowd apart as a group, centred where they wanted to be", () => {
    expect(spread([500, 500, 500], 100, 0, 1000)).toEqual([400, 500, 600]);
    expect(spread([100, 450, 500], 100, 0, 1000)).toEqual([100, 425, 525]);
  });

  it("keeps them inside the line's ends", () => {
    expect(spread([0, 0], 100, 50, 1000)).toEqual([50, 150]);
    expect(spread([990, 1000, 1000], 100, 0, 1000)).toEqual([800, 900, 1000]);
  });
});

describe("the members' lane", () => {
  it("holds each member who can reach a node on the map, once, with their paths there", () => {
    const lane = memberLane(
      [
        path("church", "p-keisha", { person_name: "Keisha Williams" }),
        path("council", "p-keisha", { person_name: "Keisha Williams" }),
        path("bank", "p-luis", { person_name: "Luis Ortega" }),
        // A node no longer on the map: nobody reaches it.
        path("gone", "p-ana", { person_name: "Ana Ruiz" }),
      ],
      nodes,
    );
    expect(lane.members.map((m) => m.name)).toEqual(["Luis Ortega", "Keisha Williams"]);
    expect(lane.members[1].paths.map((p) => p.node_id)).toEqual(["church", "council"]);
  });

  it("orders them across by where the nodes each reaches are, so the lines cross less", () => {
    const lane = memberLane(
      [
        path("church", "p-right"),
        path("bank", "p-left"),
        path("bank", "p-middle"),
        path("church", "p-middle"),
        path("council", "p-centre-left"),
        path("bank", "p-centre-left"),
      ],
      nodes,
    );
    expect(lane.members.map((m) => m.personId)).toEqual(["p-left", "p-centre-left", "p-middle", "p-right"]);
    const xs = lane.members.map((m) => m.at.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Alone on its side, a member stands under what it reaches.
    expect(lane.members[3].at.x).toBe(Math.min(centreAcross(church), LANE_RIGHT));
  });

  it("sits just under the grid's bottom edge, inside its width, names apart", () => {
    const paths = ["a", "b", "c", "d", "e"].map((p) => path("council", `p-${p}`));
    const lane = memberLane(paths, nodes);
    expect(new Set(lane.members.map((m) => m.at.y)).size).toBe(1);
    const y = lane.members[0].at.y;
    expect(y).toBeGreaterThan(GRID_BOTTOM);
    expect(y).toBeLessThan(GRID_BOTTOM + 150);
    const xs = lane.members.map((m) => m.at.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(MEMBER_GAP - 1e-9);
    // Centred under the one node they all reach.
    expect((xs[0] + xs[4]) / 2).toBeCloseTo(centreAcross(council));
    expect(lane.bottom).toBeGreaterThan(y);
  });

  it("takes more rows when one would not hold them, neighbours across in different rows", () => {
    const count = PER_ROW * 2 + 3;
    const paths = Array.from({ length: count }, (_, i) => path(i % 2 === 0 ? "bank" : "church", `p-${i}`));
    const lane = memberLane(paths, nodes);
    expect(lane.members).toHaveLength(count);
    const rows = rowsOf(lane.members);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.length).toBeLessThanOrEqual(PER_ROW);
      for (let i = 0; i < row.length; i++) {
        expect(row[i].at.x).toBeGreaterThanOrEqual(LANE_LEFT - 1e-9);
        expect(row[i].at.x).toBeLessThanOrEqual(LANE_RIGHT + 1e-9);
        if (i > 0) expect(row[i].at.x - row[i - 1].at.x).toBeGreaterThanOrEqual(MEMBER_GAP - 1e-9);
      }
    }
    // The first and second across are in different rows.
    expect(lane.members[0].at.y).not.toBe(lane.members[1].at.y);
    expect(lane.bottom).toBeGreaterThan(rows[2][0].at.y);
  });

  it("is empty, with no bottom, when nobody can reach the map", () => {
    expect(memberLane([], nodes)).toEqual({ members: [], bottom: null });
  });
});

describe("a member's name", () => {
  it("shows once its room on screen holds it, and not while zoomed far out among many", () => {
    const crowded = memberLane(
      Array.from({ length: PER_ROW }, (_, i) => path("council", `p-${i}`)),
      nodes,
    );
    const room = crowded.members[1].room;
    expect(room).toBeCloseTo(MEMBER_GAP);
    expect(nameFits(room, 0.3)).toBe(false);
    expect(nameFits(room, NAME_MIN_ON_SCREEN / room)).toBe(true);
    const alone = memberLane([path("bank", "p-alone")], nodes).members[0];
    expect(alone.room).toBeGreaterThan(MEMBER_GAP);
    expect(nameFits(alone.room, 0.3)).toBe(true);
  });
});
