import { describe, expect, it } from "vitest";
import { LABEL_MAX_SCALE, LABEL_MIN_ON_SCREEN, LABEL_SIZE, labelScale } from "./look";

describe("the nodes' names as the map zooms", () => {
  it("are as drawn from where they can be read as they are", () => {
    expect(labelScale(1)).toBe(1);
    expect(labelScale(2.5)).toBe(1);
    expect(labelScale(LABEL_MIN_ON_SCREEN / LABEL_SIZE)).toBe(1);
  });

  it("are enlarged on the first full view, to stay readable on screen", () => {
    // The whole grid on a 1280×800 window: a third of its size.
    for (const zoom of [0.6, 0.42, 0.33]) {
      expect(LABEL_SIZE * zoom * labelScale(zoom)).toBeCloseTo(LABEL_MIN_ON_SCREEN);
    }
  });

  it("shrink with the map once zoomed out further than that, rather than cover it", () => {
    expect(labelScale(0.15)).toBe(LABEL_MAX_SCALE);
    expect(LABEL_SIZE * 0.15 * labelScale(0.15)).toBeLessThan(LABEL_MIN_ON_SCREEN);
  });

  it("are left alone by a zoom not yet known", () => {
    expect(labelScale(0)).toBe(1);
    expect(labelScale(Number.NaN)).toBe(1);
  });
});
