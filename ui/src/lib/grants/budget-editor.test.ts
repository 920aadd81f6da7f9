import { describe, expect, it, vi } from "vitest";
import { refused } from "../laptop/test-laptop";
import type { ApplicationId, BudgetLineInput } from "../api/types";
import { BudgetEditor, lineTotal, type SaveBudget } from "./budget-editor.svelte";
import { application, budgetLine } from "./test-grants";
import { budgetWording } from "./words";

/** A backend that keeps the budget it is sent, and what it was sent. */
function fakeSave() {
  const sent: BudgetLineInput[][] = [];
  const port: SaveBudget = {
    saveGrantBudget: vi.fn(async (id: ApplicationId, lines: BudgetLineInput[]) => {
      sent.push(lines);
      return application(id, { budget: lines.map((l, i) => budgetLine(`b-${i}`, { ...l, item: l.item.trim() })) });
    }),
  };
  return { port, sent };
}

function editor(budget = [budgetLine("b-1", { item: "Flyers", quantity: 500, unit_cost_cents: 10 })]) {
  const backend = fakeSave();
  return { budget: new BudgetEditor(application("a-1", { budget }), backend.port), ...backend };
}

describe("BudgetEditor", () => {
  it("adds each line up as typed, and the whole budget from the lines that can be read", () => {
    const { budget } = editor();
    expect(budget.lines).toEqual([{ key: 0, item: "Flyers", quantity: "500", unitCost: "0.10" }]);
    expect(budget.totalCents).toBe(5_000);
    const key = budget.addLine();
    budget.set(key, "item", "Food for house meetings");
    budget.set(key, "quantity", "3");
    budget.set(key, "unitCost", "19.99");
    expect(lineTotal(budget.lines[1])).toBe(5_997);
    expect(budget.totalCents).toBe(10_997);
    budget.set(key, "unitCost", "about twenty");
    expect(lineTotal(budget.lines[1])).toBeNull();
    expect(budget.totalCents).toBe(5_000);
  });

  it("says whether the total is the amount asked", () => {
    const { budget } = editor();
    const key = budget.addLine();
    budget.set(key, "item", "Childcare");
    budget.set(key, "unitCost", "750");
    expect(budgetWording(budget.totalCents, 80_000)).toBe("The budget adds up to $800.00, the amount asked.");
    budget.set(key, "unitCost", "700");
    expect(budgetWording(budget.totalCents, 80_000)).toBe(
      "The budget adds up to $750.00; the amount asked is $800.00.",
    );
  });

  it("puts the cursor in a new line, and in the neighbour of one taken out", () => {
    const { budget } = editor([]);
    expect(budget.firstPlace).toBe("budget:add");
    const first = budget.addLine();
    expect(budget.focusTarget).toBe(`budget:${first}:item`);
    const second = budget.addLine();
    budget.removeLine(first);
    expect(budget.focusTarget).toBe(`budget:${second}:item`);
    budget.removeLine(second);
    expect(budget.focusTarget).toBe("budget:add");
  });

  it("moves on with Enter: to the next line, or a new one after the last line written on", () => {
    const { budget } = editor();
    const blank = budget.addLine();
    budget.next(0);
    expect(budget.focusTarget).toBe(`budget:${blank}:item`);
    budget.next(blank);
    expect(budget.focusTarget).toBe("budget:add");
    budget.set(blank, "item", "Bus fare to the hearing");
    budget.next(blank);
    expect(budget.lines).toHaveLength(3);
    expect(budget.focusTarget).toBe(`budget:${budget.lines[2].key}:item`);
  });

  it("sends the lines that are not blank, in cents, and keeps each line's key", async () => {
    const { budget, sent } = editor();
    budget.addLine();
    const rent = budget.addLine();
    budget.set(rent, "item", " Hall rental ");
    budget.set(rent, "quantity", "2");
    budget.set(rent, "unitCost", "$100.50");
    expect(budget.dirty).toBe(true);
    const saved = await budget.save();
    expect(sent[0]).toEqual([
      { item: "Flyers", quantity: 500, unit_cost_cents: 10 },
      { item: " Hall rental ", quantity: 2, unit_cost_cents: 10_050 },
    ]);
    expect(saved?.budget_total_cents).toBe(25_100);
    expect(budget.lines.map((l) => l.key)).toEqual([0, rent]);
    expect(budget.lines[1].item).toBe("Hall rental");
    expect(budget.dirty).toBe(false);
    expect(budget.saved).toBe(true);
    budget.set(rent, "quantity", "3");
    expect(budget.saved).toBe(false);
  });

  it("shows what to fix on the line's own part before anything is sent", async () => {
    const { budget, port } = editor();
    budget.set(0, "quantity", "2.5");
    expect(await budget.save()).toBeNull();
    expect(budget.messageFor(0, "quantity")).toBe("Write how many as a whole number, like 1 or 20.");
    expect(budget.focusTarget).toBe("budget:0:quantity");
    budget.set(0, "quantity", "2");
    expect(budget.messageFor(0, "quantity")).toBeNull();
    budget.set(0, "unitCost", "ten");
    await budget.save();
    expect(budget.messageFor(0, "unit_cost_cents")).toBe("Write what one costs in dollars, like 25 or 25.50.");
    expect(port.saveGrantBudget).not.toHaveBeenCalled();
  });

  it("shows a refusal on the row it names, counting only the lines sent", async () => {
    const { budget, port } = editor();
    budget.addLine();
    const nameless = budget.addLine();
    budget.set(nameless, "quantity", "0");
    budget.set(nameless, "unitCost", "25");
    port.saveGrantBudget = vi.fn(async () => {
      throw refused("budget.1.quantity", "a line is for one or more");
    });
    expect(await budget.save()).toBeNull();
    expect(budget.messageFor(nameless, "quantity")).toBe("A line is for one or more.");
    expect(budget.messageFor(0, "quantity")).toBeNull();
    expect(budget.error).toBeNull();
    expect(budget.focusTarget).toBe(`budget:${nameless}:quantity`);
    expect(budget.lines).toHaveLength(3);
    expect(budget.saving).toBe(false);
  });

  it("shows a refusal about a line as a whole on that line", async () => {
    const { budget, port } = editor();
    port.saveGrantBudget = vi.fn(async () => {
      throw refused("budget.0", "this line costs more than the whole grant");
    });
    await budget.save();
    expect(budget.messageFor(0, "item")).toBe("This line costs more than the whole grant.");
    expect(budget.error).toBeNull();
  });

  it("shows a refusal about no line by Save, and keeps the lines as typed", async () => {
    const { budget, port } = editor();
    port.saveGrantBudget = vi.fn(async () => {
      throw {
        kind: "conflict",
        message: "This application was sent to national; what was sent stays as it was.",
        details: null,
      };
    });
    budget.set(0, "quantity", "600");
    await budget.save();
    expect(budget.placed).toBeNull();
    expect(budget.error?.kind).toBe("conflict");
    expect(budget.lines[0].quantity).toBe("600");
    expect(budget.dirty).toBe(true);
  });
});
