// Where our paths in put the chapter's members on the canvas: in a lane under the grid's bottom
// edge, ordered across by where the nodes each can reach are (so the lines to them cross less),
// spread so their names stand apart, in more rows when one would not hold them.
import type { MapNode, PathIn, PersonId } from "../../api/types";
import { GRID_HEIGHT, GRID_ORIGIN, GRID_WIDTH, NODE_SIZE, toFlow, type Point } from "./grid";

/** A member's circle, in flow units. */
export const MEMBER_SIZE = 40;
/** Members side by side in one row stand at least this far apart, centre to centre. */
export const MEMBER_GAP = 110;
/** From one row of members to the next: a circle and two lines of a name. */
export const MEMBER_ROW = 100;
/** The first row's centres, under the grid's bottom edge: clear of the names of nodes there. */
export const LANE_DROP = 75;
/** The room on screen, in pixels, a member's name needs to be shown all the time: two short lines. */
export const NAME_MIN_ON_SCREEN = 64;
/** The most room a member alone in their row is said to have for their name. */
const ROOM_ALONE = 3 * MEMBER_GAP;
/** Under the last row, for the names there. */
const NAME_ROOM = 80;

const GRID_BOTTOM = GRID_ORIGIN + GRID_HEIGHT;
/** How far across the members' centres go: inside the grid's width. */
export const LANE_LEFT = GRID_ORIGIN + MEMBER_GAP / 2;
export const LANE_RIGHT = GRID_ORIGIN + GRID_WIDTH - MEMBER_GAP / 2;
/** The most members one row holds; more make more rows. */
export const PER_ROW = Math.floor((LANE_RIGHT - LANE_LEFT) / MEMBER_GAP) + 1;

export type LaneMember = {
  personId: PersonId;
  name: string;
  /** Their paths in to the nodes on the map, in the backend's order. */
  paths: PathIn[];
  /** The centre of their circle. */
  at: Point;
  /** How wide their name may be without meeting a neighbour's: to the nearest in their row. */
  room: number;
};

export type Lane = {
  /** Ordered across, by where the nodes they reach are. */
  members: LaneMember[];
  /** How far down the lane reaches; null when nobody is in it. */
  bottom: number | null;
};

/**
 * Whether a member's name fits its room at this zoom. It does not while the map is zoomed out
 * and the members are many (then pointing at one, or the keyboard on it, shows it).
 */
export function nameFits(room: number, zoom: number): boolean {
  return room * zoom >= NAME_MIN_ON_SCREEN;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * Places along a line, in the order given, as near as they can be to where each would be
 * (`ideals`, in order) while `gap` apart and inside `low`…`high`: those that would crowd move
 * apart as a group, centred on where they wanted to be. Room for all is the caller's to leave:
 * (count − 1) × gap ≤ high − low.
 */
export function spread(ideals: readonly number[], gap: number, low: number, high: number): number[] {
  const groups: { count: number; sum: number; start: number }[] = [];
  // The start that keeps a group's places nearest its ideals: the mean of ideal − k × gap.
  const start = (count: number, sum: number) =>
    clamp((sum - (gap * count * (count - 1)) / 2) / count, low, high - (count - 1) * gap);
  for (const ideal of ideals) {
    let group = { count: 1, sum: ideal, start: start(1, ideal) };
    for (let last = groups.at(-1); last && last.start + last.count * gap > group.start + 1e-9; last = groups.at(-1)) {
      groups.pop();
      const count = last.count + group.count;
      const sum = last.sum + group.sum;
      group = { count, sum, start: start(count, sum) };
    }
    groups.push(group);
  }
  return groups.flatMap((g) => Array.from({ length: g.count }, (_, k) => g.start + k * gap));
}

/** For places along a row, in order: how far each is from its nearest neighbour. */
function rooms(xs: readonly number[]): number[] {
  return xs.map((x, k) => Math.min(ROOM_ALONE, x - (xs[k - 1] ?? -Infinity), (xs[k + 1] ?? Infinity) - x));
}

/**
 * The members who can reach a node on the map, in the lane. Past what one row holds they take
 * turns down the rows (the first across in the first row, the next in the second, …), so
 * neighbours across are in different rows and their names stand further apart.
 */
export function memberLane(paths: readonly PathIn[], nodes: readonly MapNode[]): Lane {
  const across = new Map(nodes.map((n) => [n.id as string, toFlow(n.fields).x + NODE_SIZE / 2]));
  const byPerson = new Map<string, { personId: PersonId; name: string; paths: PathIn[]; sum: number }>();
  for (const path of paths) {
    const x = across.get(path.node_id);
    if (x === undefined) continue;
    const member = byPerson.get(path.person_id);
    if (!member) {
      byPerson.set(path.person_id, { personId: path.person_id, name: path.person_name, paths: [path], sum: x });
    } else if (!member.paths.some((p) => p.node_id === path.node_id)) {
      member.paths.push(path);
      member.sum += x;
    }
  }
  const ordered = [...byPerson.values()]
    .map((m) => ({ ...m, ideal: m.sum / m.paths.length }))
    .sort(
      (a, b) =>
        a.ideal - b.ideal ||
        a.name.localeCompare(b.name) ||
        (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
    );
  if (ordered.length === 0) return { members: [], bottom: null };
  const rows = Math.ceil(ordered.length / PER_ROW);
  const placed: { at: Point; room: number }[] = [];
  for (let row = 0; row < rows; row++) {
    const indices = ordered.map((_, i) => i).filter((i) => i % rows === row);
    const xs = spread(
      indices.map((i) => ordered[i].ideal),
      MEMBER_GAP,
      LANE_LEFT,
      LANE_RIGHT,
    );
    const room = rooms(xs);
    const y = GRID_BOTTOM + LANE_DROP + row * MEMBER_ROW;
    indices.forEach((i, k) => (placed[i] = { at: { x: xs[k], y }, room: room[k] }));
  }
  const members = ordered.map(({ personId, name, paths }, i) => ({ personId, name, paths, ...placed[i] }));
  const lastRow = GRID_BOTTOM + LANE_DROP + (rows - 1) * MEMBER_ROW;
  return { members, bottom: lastRow + MEMBER_SIZE / 2 + NAME_ROOM };
}
