// Where a node sits on the canvas and what that place says. Alignment runs across (strongly
// opposed at the left … strongly allied at the right), power up (little at the bottom …
// decisive at the top). Each whole step is the middle of a band, as on the printed map, so a
// node at an extreme still sits inside the grid.
//
// A node's flow position is its top-left corner (Svelte Flow's), and the grid is drawn half a
// node in from the canvas' origin, so a node's centre falls on its place and a top-left corner
// snapped to the snap grid puts the centre on a quarter step.

export type Place = { alignment: number; power: number };
export type Point = { x: number; y: number };

export const ALIGNMENT_MIN = -2;
export const ALIGNMENT_MAX = 2;
export const POWER_MIN = 0;
export const POWER_MAX = 4;

/** From strongly opposed to strongly allied. */
export const ALIGNMENT_STEPS: readonly number[] = [-2, -1, 0, 1, 2];
/** From little power to decisive. */
export const POWER_STEPS: readonly number[] = [0, 1, 2, 3, 4];

/** One alignment step across, in flow units. */
export const BAND_WIDTH = 260;
/** One power step up, in flow units. */
export const BAND_HEIGHT = 200;
/** A node's box: its shape, with the target ring and the badge inside it. */
export const NODE_SIZE = 64;
/** Where the grid's top-left corner is drawn: half a node in, so centres fall on places. */
export const GRID_ORIGIN = NODE_SIZE / 2;
export const GRID_WIDTH = ALIGNMENT_STEPS.length * BAND_WIDTH;
export const GRID_HEIGHT = POWER_STEPS.length * BAND_HEIGHT;

/** The fraction of a step a snapped node lands on. */
export const SNAP_STEP = 0.25;
/** Svelte Flow's snap grid: a quarter step each way. */
export const SNAP_GRID: [number, number] = [BAND_WIDTH * SNAP_STEP, BAND_HEIGHT * SNAP_STEP];
/** An arrow key moves a node this far; with Shift, `BIG_STEP`. */
export const SMALL_STEP = 0.1;
export const BIG_STEP = 0.5;

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/** Two decimals are as fine as a hand places a node; it keeps float noise out of the data. */
function tidy(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The place kept inside the grid's range, to two decimals. */
export function clampPlace(place: Place): Place {
  return {
    alignment: tidy(clamp(place.alignment, ALIGNMENT_MIN, ALIGNMENT_MAX)),
    power: tidy(clamp(place.power, POWER_MIN, POWER_MAX)),
  };
}

/** The top-left corner of a node at `place`. */
export function toFlow(place: Place): Point {
  return {
    x: (place.alignment - ALIGNMENT_MIN + 0.5) * BAND_WIDTH,
    y: (POWER_MAX - place.power + 0.5) * BAND_HEIGHT,
  };
}

/** The place of a node whose top-left corner is at `point`, kept inside the grid. */
export function fromFlow(point: Point): Place {
  return clampPlace({
    alignment: point.x / BAND_WIDTH - 0.5 + ALIGNMENT_MIN,
    power: POWER_MAX + 0.5 - point.y / BAND_HEIGHT,
  });
}

/** Where on the canvas the grid draws a place (a node's centre, a step's line). */
export function gridPoint(place: Place): Point {
  const corner = toFlow(place);
  return { x: corner.x + GRID_ORIGIN, y: corner.y + GRID_ORIGIN };
}

/** Where a node's top-left corner may go: its centre stays within the steps' range. */
export const NODE_EXTENT: [[number, number], [number, number]] = (() => {
  const low = toFlow({ alignment: ALIGNMENT_MIN, power: POWER_MAX });
  const high = toFlow({ alignment: ALIGNMENT_MAX, power: POWER_MIN });
  return [
    [low.x, low.y],
    [high.x + NODE_SIZE, high.y + NODE_SIZE],
  ];
})();

/** The whole step a value is nearest, halves away from neutral (as the printed map rounds). */
export function stepOf(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

export function samePlace(a: Place, b: Place): boolean {
  return a.alignment === b.alignment && a.power === b.power;
}

/**
 * A place moved by the arrow keys: `across` and `up` steps (negative: left, down). When
 * snapping, the move lands on the next quarter step in that direction.
 */
export function nudged(place: Place, across: number, up: number, snap: boolean): Place {
  const move = (value: number, by: number) => {
    if (!snap || by === 0) return value + by;
    const quarters = value / SNAP_STEP;
    const next = by > 0 ? Math.floor(quarters + 1e-9) + 1 : Math.ceil(quarters - 1e-9) - 1;
    const whole = Math.max(1, Math.round(Math.abs(by) / SNAP_STEP));
    return (next + Math.sign(by) * (whole - 1)) * SNAP_STEP;
  };
  return clampPlace({ alignment: move(place.alignment, across), power: move(place.power, up) });
}
