import { describe, expect, it } from "vitest";
import { addDays, addMonths, defaultSpan, spanOf } from "./span";

describe("an initiative's months", () => {
  it("step as the calendar does, to a month's last day when it has no such day", () => {
    expect(addMonths("2027-02-01", 3)).toBe("2027-05-01");
    expect(addMonths("2027-08-31", 3)).toBe("2027-11-30");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2027-11-15", 2)).toBe("2028-01-15");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });

  it("are counted with both days included, as the backend counts them", () => {
    expect(spanOf("2027-02-01", "2027-04-30")).toEqual({ months: 3, days: 0 });
    expect(spanOf("2027-02-01", "2027-07-31")).toEqual({ months: 6, days: 0 });
    expect(spanOf("2027-02-01", "2027-04-29")).toEqual({ months: 2, days: 29 });
    expect(spanOf("2027-02-01", "2027-05-15")).toEqual({ months: 3, days: 15 });
    expect(spanOf("2027-02-01", "2027-09-30")).toEqual({ months: 8, days: 0 });
    // 31 August, then all of September to November: the backend's three months, and a day.
    expect(spanOf("2027-08-31", "2027-11-30")).toEqual({ months: 3, days: 1 });
  });

  it("are not counted for days that are not days, or an end before the start", () => {
    expect(spanOf("", "2027-04-30")).toBeNull();
    expect(spanOf("2027-02-30", "2027-04-30")).toBeNull();
    expect(spanOf("2027-02-01", "2027-01-31")).toBeNull();
    expect(spanOf("2027-02-01", "2027-02-01")).toBeNull();
  });

  it("start a new application on the first of next month, for four months", () => {
    expect(defaultSpan("2026-03-15")).toEqual({ startsOn: "2026-04-01", endsOn: "2026-07-31" });
    expect(defaultSpan("2026-12-31")).toEqual({ startsOn: "2027-01-01", endsOn: "2027-04-30" });
    expect(defaultSpan("2027-01-31")).toEqual({ startsOn: "2027-02-01", endsOn: "2027-05-31" });
    const { startsOn, endsOn } = defaultSpan("2026-10-02");
    expect(spanOf(startsOn, endsOn)).toEqual({ months: 4, days: 0 });
  });
});
