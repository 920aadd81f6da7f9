// The starting points as the Connections tab shows them under the ranking: which of the
// bridges, gaps and ties by kind there are to show, and how long each kind's bar is. A section
// with nothing in it is empty here, so the screen leaves it out.
import type { Bridge, Gap, KindTies, StartingPoints } from "../api/types";

export type KindBar = KindTies & {
  /** The bar's length, as a share of the longest (the kind with the most ties): 0 to 100. */
  share: number;
};

export type ShownPoints = {
  /** Members tied to two or more organizations, theirs strongest first. */
  bridges: Bridge[];
  /** Areas with kinds of community nobody is tied to; areas with a tie to every kind left out. */
  gaps: Gap[];
  /** Kinds with at least one tie, the most first. */
  byKind: KindBar[];
};

export const NO_POINTS: ShownPoints = { bridges: [], gaps: [], byKind: [] };

/**
 * What the screen shows of the starting points: nothing before they are fetched, nor while no
 * member is tied anywhere (every kind would be a gap, and the ranking already says so).
 */
export function shownPoints(points: StartingPoints | null): ShownPoints {
  if (points === null || points.ties === 0) return NO_POINTS;
  const kinds = points.by_kind.filter((kind) => kind.ties > 0);
  const most = Math.max(1, ...kinds.map((kind) => kind.ties));
  return {
    bridges: points.bridges,
    gaps: points.gaps.filter((gap) => gap.kinds.length > 0),
    byKind: kinds.map((kind) => ({ ...kind, share: (kind.ties / most) * 100 })),
  };
}

/** Whether any section has something to show. */
export function hasPoints(shown: ShownPoints): boolean {
  return shown.bridges.length > 0 || shown.gaps.length > 0 || shown.byKind.length > 0;
}
