import { describe, expect, it } from "vitest";
import { budgetWording, sentence, spanText, statusLabel, summaryText } from "./words";

describe("the Grants area's words", () => {
  it("say whether the budget adds up to the amount asked", () => {
    expect(budgetWording(80_000, 80_000)).toBe("The budget adds up to $800.00, the amount asked.");
    expect(budgetWording(75_000, 80_000)).toBe("The budget adds up to $750.00; the amount asked is $800.00.");
    expect(budgetWording(0, 80_000)).toBe("The budget adds up to $0.00; the amount asked is $800.00.");
    expect(budgetWording(75_000, null)).toBe("The budget adds up to $750.00.");
  });

  it("say what an application asks so far", () => {
    expect(summaryText(80_000, { months: 4, days: 0 })).toBe("$800.00, 4 months");
    expect(summaryText(100_000, { months: 3, days: 12 })).toBe("$1,000.00, 3 months and 12 days");
    expect(summaryText(null, { months: 1, days: 1 })).toBe("1 month and 1 day");
    expect(summaryText(50_000, null)).toBe("$500.00");
    expect(summaryText(null, null)).toBeNull();
    expect(spanText({ months: 0, days: 20 })).toBe("20 days");
  });

  it("name each status", () => {
    expect(statusLabel("draft")).toBe("Draft");
    expect(statusLabel("submitted")).toBe("Sent to national");
  });

  it("make the backend's words a sentence", () => {
    expect(sentence({ id: null, args: {}, text: "say what the initiative does" })).toBe("Say what the initiative does.");
    expect(sentence({ id: null, args: {}, text: "Done!" })).toBe("Done!");
  });
});
