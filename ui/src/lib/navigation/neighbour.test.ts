import { describe, expect, it } from "vitest";
import { neighbourIn } from "./neighbour";

describe("neighbourIn", () => {
  it("moves from the selection, stopping at either end, and starts at an end without one", () => {
    const rows = ["a", "b", "c"];
    expect(neighbourIn(rows, 1, 1)).toBe("c");
    expect(neighbourIn(rows, 2, 1)).toBe("c");
    expect(neighbourIn(rows, 0, -1)).toBe("a");
    expect(neighbourIn(rows, -1, 1)).toBe("a");
    expect(neighbourIn(rows, -1, -1)).toBe("c");
    expect(neighbourIn([], -1, 1)).toBeNull();
  });
});
