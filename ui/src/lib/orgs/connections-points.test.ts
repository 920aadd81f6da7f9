import { describe, expect, it, vi } from "vitest";
import type { StartingPoints } from "../api/types";
import { personId } from "../test-ids";
import { Connections } from "./connections.svelte";
import { hasPoints, NO_POINTS, shownPoints } from "./starting-points-screen";
import { connectionsAssessment, ranked } from "./test-orgs";

function points(over: Partial<StartingPoints> = {}): StartingPoints {
  return {
    people_tied: 3,
    ties: 5,
    organizations_tied: 2,
    top: [],
    bridges: [
      { person_id: personId("p-1"), name: "Rosa Delgado", strength: 8, organizations: ["Local 73", "St. Anne's"] },
    ],
    gaps: [
      { area: null, kinds: ["school", "mutual_aid"] },
      { area: "Eastside", kinds: [] },
    ],
    by_kind: [
      { kind: "union", ties: 4, members: 3 },
      { kind: "congregation", ties: 1, members: 1 },
      { kind: "school", ties: 0, members: 0 },
    ],
    ...over,
  };
}

const io = { kind: "io", message: "The chapter's file cannot be read.", details: null };

describe("the starting points on the Connections tab", () => {
  it("are fetched with the ranking", async () => {
    const fetch = vi.fn(async () => points());
    const connections = new Connections({
      connectionsRanking: async () => [ranked("a")],
      connectionsAssessment: async () => connectionsAssessment(),
      connectionsStartingPoints: fetch,
    });
    expect(connections.points).toBeNull();
    await connections.load();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(connections.loaded).toBe(true);
    expect(connections.points?.bridges.map((b) => b.name)).toEqual(["Rosa Delgado"]);
    expect(connections.pointsError).toBeNull();

    connections.reset();
    expect(connections.points).toBeNull();
  });

  it("keep their own error, and the ranking is still shown", async () => {
    const fetch = vi
      .fn<() => Promise<StartingPoints>>()
      .mockRejectedValueOnce(io)
      .mockResolvedValueOnce(points());
    const connections = new Connections({
      connectionsRanking: async () => [ranked("a")],
      connectionsAssessment: async () => connectionsAssessment(),
      connectionsStartingPoints: fetch,
    });
    await connections.load();
    expect(connections.tied).toHaveLength(1);
    expect(connections.error).toBeNull();
    expect(connections.points).toBeNull();
    expect(connections.pointsError?.message).toBe("The chapter's file cannot be read.");
    expect(shownPoints(connections.points)).toEqual(NO_POINTS);

    // Fetched again, the error goes.
    await connections.load();
    expect(connections.pointsError).toBeNull();
    expect(connections.points).not.toBeNull();
  });

  it("show every section there is something in, with bars against the kind with the most ties", () => {
    const shown = shownPoints(points());
    expect(hasPoints(shown)).toBe(true);
    expect(shown.bridges.map((b) => b.organizations)).toEqual([["Local 73", "St. Anne's"]]);
    // An area tied to every kind of community is no gap.
    expect(shown.gaps).toEqual([{ area: null, kinds: ["school", "mutual_aid"] }]);
    expect(shown.byKind.map((k) => [k.kind, k.ties, k.share])).toEqual([
      ["union", 4, 100],
      ["congregation", 1, 25],
    ]);
  });

  it("leave out the sections with nothing in them", () => {
    const noBridges = shownPoints(points({ bridges: [], gaps: [{ area: "Eastside", kinds: [] }] }));
    expect(noBridges.bridges).toEqual([]);
    expect(noBridges.gaps).toEqual([]);
    expect(noBridges.byKind).toHaveLength(2);
    expect(hasPoints(noBridges)).toBe(true);

    expect(hasPoints(shownPoints(points({ bridges: [], gaps: [], by_kind: [] })))).toBe(false);
    expect(shownPoints(null)).toEqual(NO_POINTS);
  });

  it("show nothing while no member is tied anywhere", () => {
    const untied = points({
      people_tied: 0,
      ties: 0,
      organizations_tied: 0,
      bridges: [],
      gaps: [{ area: null, kinds: ["union", "school"] }],
      by_kind: [],
    });
    expect(hasPoints(shownPoints(untied))).toBe(false);
  });
});
