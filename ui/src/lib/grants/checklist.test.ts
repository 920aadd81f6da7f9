import { describe, expect, it } from "vitest";
import { checklist } from "./checklist";
import { missing } from "./test-grants";

describe("what an application still needs", () => {
  it("ticks every part when nothing is missing", () => {
    const items = checklist([]);
    expect(items.every((item) => item.done)).toBe(true);
    expect(items.map((item) => item.text)).toEqual([
      "What the initiative does",
      "Its goals in numbers",
      "Who is responsible",
      "How it builds a base among poor and working people",
      "How it will be sustained after the grant",
      "A budget that adds up to the amount asked",
      "A timeline of milestones",
    ]);
  });

  it("says what is missing in the backend's words, in the page's order", () => {
    const items = checklist([
      missing("budget", "the budget adds up to $750.00, not the $800.00 asked"),
      missing("initiative.description", "say what the initiative does"),
    ]);
    expect(items.filter((item) => !item.done)).toEqual([
      { key: "initiative.description", done: false, text: "Say what the initiative does." },
      { key: "budget", done: false, text: "The budget adds up to $750.00, not the $800.00 asked." },
    ]);
  });

  it("keeps a need the page does not know of yet", () => {
    const items = checklist([missing("letter_of_support", "add a letter of support")]);
    expect(items.at(-1)).toEqual({ key: "letter_of_support", done: false, text: "Add a letter of support." });
  });
});
