import { describe, expect, it } from "vitest";
import {
  BAND_HEIGHT,
  BAND_WIDTH,
  BIG_STEP,
  clampPlace,
  fromFlow,
  GRID_ORIGIN,
  gridPoint,
  NODE_EXTENT,
  NODE_SIZE,
  nudged,
  SMALL_STEP,
  SNAP_GRID,
  stepOf,
  toFlow,
} from "./grid";

describe("a place on the canvas", () => {
  it("puts strongly opposed with little power at the bottom left, in the middle of its band", () => {
    expect(toFlow({ alignment: -2, power: 0 })).toEqual({ x: BAND_WIDTH / 2, y: 4.5 * BAND_HEIGHT });
    expect(gridPoint({ alignment: -2, power: 0 })).toEqual({
      x: GRID_ORIGIN + BAND_WIDTH / 2,
      y: GRID_ORIGIN + 4.5 * BAND_HEIGHT,
    });
  });

  it("puts strongly allied and decisive at the top right, and neutral moderate in the middle", () => {
    expect(toFlow({ alignment: 2, power: 4 })).toEqual({ x: 4.5 * BAND_WIDTH, y: BAND_HEIGHT / 2 });
    const middle = gridPoint({ alignment: 0, power: 2 });
    expect(middle).toEqual({ x: GRID_ORIGIN + 2.5 * BAND_WIDTH, y: GRID_ORIGIN + 2.5 * BAND_HEIGHT });
  });

  it("gives back the place it was made from, fine places too", () => {
    for (const place of [
      { alignment: -2, power: 0 },
      { alignment: 0.35, power: 3.1 },
      { alignment: -1.25, power: 0.75 },
      { alignment: 2, power: 4 },
    ]) {
      expect(fromFlow(toFlow(place))).toEqual(place);
    }
  });

  it("keeps a place dragged past the grid's edge on it, to two decimals", () => {
    expect(fromFlow({ x: -500, y: 99999 })).toEqual({ alignment: -2, power: 0 });
    expect(fromFlow({ x: 99999, y: -500 })).toEqual({ alignment: 2, power: 4 });
    expect(fromFlow({ x: toFlow({ alignment: 0, power: 2 }).x + 1, y: toFlow({ alignment: 0, power: 2 }).y })).toEqual({
      alignment: 0,
      power: 2,
    });
    expect(clampPlace({ alignment: Number.NaN, power: 1 / 3 })).toEqual({ alignment: -2, power: 0.33 });
  });

  it("lets a node's corner go just so far that its centre stays between the outer steps", () => {
    const [[left, top], [right, bottom]] = NODE_EXTENT;
    expect(fromFlow({ x: left, y: top })).toEqual({ alignment: -2, power: 4 });
    expect(fromFlow({ x: right - NODE_SIZE, y: bottom - NODE_SIZE })).toEqual({ alignment: 2, power: 0 });
  });

  it("snaps a corner onto quarter steps", () => {
    for (const place of [
      { alignment: -2, power: 0 },
      { alignment: 0.25, power: 2.75 },
      { alignment: 1.5, power: 4 },
    ]) {
      const { x, y } = toFlow(place);
      expect(x % SNAP_GRID[0]).toBe(0);
      expect(y % SNAP_GRID[1]).toBe(0);
    }
  });
});

describe("a step", () => {
  it("is the nearest whole one, halves away from neutral, as the printed map rounds", () => {
    expect(stepOf(0.49)).toBe(0);
    expect(stepOf(0.5)).toBe(1);
    expect(stepOf(-0.5)).toBe(-1);
    expect(stepOf(-1.6)).toBe(-2);
    expect(stepOf(3.2)).toBe(3);
  });
});

describe("the arrow keys", () => {
  it("move a small step, or a bigger one, and never off the grid", () => {
    expect(nudged({ alignment: 0, power: 2 }, SMALL_STEP, 0, false)).toEqual({ alignment: 0.1, power: 2 });
    expect(nudged({ alignment: 0, power: 2 }, 0, -BIG_STEP, false)).toEqual({ alignment: 0, power: 1.5 });
    expect(nudged({ alignment: 1.95, power: 3.95 }, SMALL_STEP, SMALL_STEP, false)).toEqual({
      alignment: 2,
      power: 4,
    });
  });

  it("land on the next quarter step when snapping", () => {
    expect(nudged({ alignment: 0.1, power: 2 }, SMALL_STEP, 0, true)).toEqual({ alignment: 0.25, power: 2 });
    expect(nudged({ alignment: 0.25, power: 2 }, -SMALL_STEP, 0, true)).toEqual({ alignment: 0, power: 2 });
    expect(nudged({ alignment: 0.1, power: 2 }, -SMALL_STEP, 0, true)).toEqual({ alignment: 0, power: 2 });
    expect(nudged({ alignment: 0, power: 2 }, BIG_STEP, -BIG_STEP, true)).toEqual({ alignment: 0.5, power: 1.5 });
  });
});
