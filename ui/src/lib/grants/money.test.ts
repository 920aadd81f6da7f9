import { describe, expect, it } from "vitest";
import { centsOf, formatDollars, typedDollars } from "./money";

describe("dollars typed", () => {
  it("become whole cents, counted from the digits", () => {
    expect(centsOf("800")).toBe(80_000);
    expect(centsOf("800.5")).toBe(80_050);
    expect(centsOf("800.00")).toBe(80_000);
    expect(centsOf("1,000.00")).toBe(100_000);
    expect(centsOf(" $1,000.00 ")).toBe(100_000);
    expect(centsOf(".25")).toBe(25);
    expect(centsOf("800.")).toBe(80_000);
  });

  it("never pick up a float's error", () => {
    // 19.99 × 100 is 1998.9999… and 0.29 × 100 is 28.999… in floating point.
    expect(centsOf("19.99")).toBe(1_999);
    expect(centsOf("0.29")).toBe(29);
    expect(centsOf("1.10")).toBe(110);
    expect(centsOf("4.35")).toBe(435);
  });

  it("are refused when they are not dollars", () => {
    for (const bad of ["", " ", "$", ".", "abc", "12.345", "-5", "1e3", "1.2.3", "10 000", "$-5", "8OO"]) {
      expect(centsOf(bad), bad).toBeNull();
    }
  });

  it("are refused past what a number holds exactly", () => {
    expect(centsOf("99999999999999")).toBeNull();
  });
});

describe("cents shown", () => {
  it("read as the backend writes dollars", () => {
    expect(formatDollars(80_000)).toBe("$800.00");
    expect(formatDollars(100_000)).toBe("$1,000.00");
    expect(formatDollars(2_000_000)).toBe("$20,000.00");
    expect(formatDollars(5)).toBe("$0.05");
    expect(formatDollars(0)).toBe("$0.00");
    expect(formatDollars(-150)).toBe("-$1.50");
  });

  it("go back into a box as the organizer would type them, and read back the same", () => {
    expect(typedDollars(80_000)).toBe("800");
    expect(typedDollars(80_050)).toBe("800.50");
    expect(typedDollars(5)).toBe("0.05");
    for (const cents of [0, 1, 99, 100, 123_456, 100_000_000]) {
      expect(centsOf(typedDollars(cents))).toBe(cents);
      expect(centsOf(formatDollars(cents))).toBe(cents);
    }
  });
});
