// How a node looks: its shape says its kind, its fill and the sign inside say where it stands
// (so colour is never the only signal), dashed with "?" while not yet placed. Shapes are drawn
// in a NODE_SIZE box, centred.
import type { NodeKind } from "../../api/types";
import { NODE_SIZE, stepOf, type Point } from "./grid";
import { alignmentSign } from "./words";

const C = NODE_SIZE / 2;

/** The outline of each kind, as an SVG path in the node's box. */
export function shapePath(kind: NodeKind): string {
  switch (kind) {
    case "person":
      return `M ${C - 24} ${C} a 24 24 0 1 0 48 0 a 24 24 0 1 0 -48 0 Z`;
    case "organization":
      return `M ${C - 21} ${C - 21} H ${C + 21} V ${C + 21} H ${C - 21} Z`;
    case "government":
      // A house: a roof over walls, as a town hall is drawn.
      return `M ${C} ${C - 25} L ${C + 24} ${C - 5} V ${C + 23} H ${C - 24} V ${C - 5} Z`;
    case "business":
      return `M ${C} ${C - 26} L ${C + 26} ${C} L ${C} ${C + 26} L ${C - 26} ${C} Z`;
    case "media":
      return `M ${C} ${C - 26} L ${C + 26} ${C + 22} H ${C - 26} Z`;
    case "other":
      return `M ${C - 13} ${C - 23} H ${C + 13} L ${C + 26} ${C} L ${C + 13} ${C + 23} H ${C - 13} L ${C - 26} ${C} Z`;
  }
}

/** Where the sign sits: lower in a triangle, whose middle is low. */
export function signPoint(kind: NodeKind): Point {
  return { x: C, y: kind === "media" ? C + 9 : C };
}

/** The radius of the ring around a target: clear of every shape's corners. */
export const TARGET_RING = C - 2;
/** How far from a node's centre a relationship's line stops: at its shape's edge. */
export const LINE_GAP = C - 4;

export type Look = {
  fill: string;
  /** The colour of the sign on that fill (4.5:1 or better). */
  ink: string;
  sign: string;
  dashed: boolean;
};

/** Diverging red (opposed), grey (neutral), blue (allied). */
const FILLS: Record<number, { fill: string; ink: string }> = {
  [-2]: { fill: "#b2182b", ink: "#ffffff" },
  [-1]: { fill: "#f4a582", ink: "#1c1f23" },
  0: { fill: "#d9d9d9", ink: "#1c1f23" },
  1: { fill: "#92c5de", ink: "#1c1f23" },
  2: { fill: "#2166ac", ink: "#ffffff" },
};

export function nodeLook(alignment: number, judged: boolean): Look {
  if (!judged) return { fill: "#ffffff", ink: "#1c1f23", sign: "?", dashed: true };
  const { fill, ink } = FILLS[stepOf(alignment)] ?? FILLS[0];
  return { fill, ink, sign: alignmentSign(alignment), dashed: false };
}

/**
 * A relationship's line from centre to centre, stopped short at both shapes' edges: `gap` from
 * the first's centre, `endGap` from the second's.
 */
export function edgeLine(from: Point, to: Point, gap: number = LINE_GAP, endGap: number = gap) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const fits = length > gap + endGap;
  const cutStart = fits ? gap / length : 0;
  const cutEnd = fits ? endGap / length : 0;
  const start = { x: from.x + dx * cutStart, y: from.y + dy * cutStart };
  const end = { x: to.x - dx * cutEnd, y: to.y - dy * cutEnd };
  return {
    path: `M ${start.x} ${start.y} L ${end.x} ${end.y}`,
    middle: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 },
  };
}

/** A relationship's stroke: thicker when stronger; a middling width when its strength is not known. */
export function edgeWidth(strength: number | null): number {
  return strength === null ? 1.75 : 0.75 + strength * 0.55;
}

/** A node's name is drawn at --text-small (14px) in the map's own units: its size at zoom 1. */
export const LABEL_SIZE = 14;
/** The smallest a node's name gets on screen while the map is zoomed out to see it whole. */
export const LABEL_MIN_ON_SCREEN = 12;
/** How much a name is enlarged at most: zoomed out further still, the names shrink with the map. */
export const LABEL_MAX_SCALE = 3;

/**
 * How much to enlarge the nodes' names at this zoom. The map first opens with its whole grid
 * in view, which on a laptop's screen is a third of its size or less, and names at a third of
 * 14px cannot be read. Enlarging the names as the map shrinks keeps them readable there while
 * the shapes, places and lines stay true to scale, so the first view still shows the whole
 * map (a minimum zoom for that first view would show only part of it). Past the most that
 * one enlargement allows (zoomed out by hand, to see the shapes alone), names shrink again
 * rather than cover the map.
 */
export function labelScale(zoom: number): number {
  if (!(zoom > 0)) return 1;
  return Math.min(LABEL_MAX_SCALE, Math.max(1, LABEL_MIN_ON_SCREEN / (LABEL_SIZE * zoom)));
}
