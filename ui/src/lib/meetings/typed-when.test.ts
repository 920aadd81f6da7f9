import { describe, expect, it } from "vitest";
import { readClock, readWhen, writeClock, writeWhen } from "./typed-when";

const today = { year: 2026, month: 12, day: 6 };

describe("a meeting's day and time as typed", () => {
  it("reads English the English way, month first", () => {
    expect(readWhen("Dec 17 6:30pm", today, "en")).toBe("2026-12-17T18:30");
    expect(readWhen("December 17, 2026 at 6:30 PM", today, "en")).toBe("2026-12-17T18:30");
    expect(readWhen("12/17 18:30", today, "en")).toBe("2026-12-17T18:30");
    expect(readWhen("Thu, Dec 17, 2026, 6:30 PM", today, "en")).toBe("2026-12-17T18:30");
    expect(readWhen("1/5 7pm", today, "en")).toBe("2027-01-05T19:00");
  });

  it("reads Spanish the Spanish way, day first", () => {
    expect(readWhen("17/12 18:30", today, "es")).toBe("2026-12-17T18:30");
    expect(readWhen("17 dic 6:30 p. m.", today, "es")).toBe("2026-12-17T18:30");
    expect(readWhen("jueves 17 de diciembre de 2026, 18h30", today, "es")).toBe("2026-12-17T18:30");
    expect(readWhen("5/1 19:00", today, "es")).toBe("2027-01-05T19:00");
  });

  it("reads the machine's own shape in any language", () => {
    expect(readWhen("2026-11-20T18:30", today, "es")).toBe("2026-11-20T18:30");
    expect(readWhen("2026-11-20 18:30", today, "en")).toBe("2026-11-20T18:30");
  });

  it("puts a day without a year nearest today", () => {
    expect(readWhen("Nov 20 6pm", today, "en")).toBe("2026-11-20T18:00");
  });

  it("refuses what lacks a real day or a time", () => {
    expect(readWhen("", today, "en")).toBeNull();
    expect(readWhen("Dec 17", today, "en")).toBeNull();
    expect(readWhen("6:30pm", today, "en")).toBeNull();
    expect(readWhen("Feb 30 6pm", today, "en")).toBeNull();
    expect(readWhen("Dec 17 25:00", today, "en")).toBeNull();
    expect(readWhen("soon", today, "en")).toBeNull();
  });

  it("writes a stored time back in a shape it reads again, in either language", () => {
    for (const [lang, intl] of [
      ["en", "en-US"],
      ["es", "es-US"],
    ]) {
      const shown = writeWhen("2026-12-17T18:30", intl);
      expect(readWhen(shown, today, lang)).toBe("2026-12-17T18:30");
    }
  });
});

describe("an end time as typed", () => {
  it("takes the clock in either habit", () => {
    expect(readClock("8pm")).toBe("20:00");
    expect(readClock("8:15 p. m.")).toBe("20:15");
    expect(readClock("20:00")).toBe("20:00");
    expect(readClock("12am")).toBe("00:00");
    expect(readClock("13pm")).toBeNull();
    expect(readClock("late")).toBeNull();
  });

  it("is written in the language's habit and read back", () => {
    expect(writeClock("20:00", "en-US")).toBe("8:00 PM");
    expect(readClock(writeClock("20:00", "es-US"))).toBe("20:00");
  });
});
