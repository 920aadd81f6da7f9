import { describe, expect, it, vi } from "vitest";
import type { CampaignId, ChartItemInput } from "../api/types";
import { refused } from "../laptop/test-laptop";
import { strategyItemId } from "../test-ids";
import { MOST_LINES_PER_SECTION } from "./chart";
import { ChartEditor, type SaveChart } from "./chart-editor.svelte";
import { campaign, item, sampleChart } from "./test-campaigns";

/** A backend that saves what it is sent, giving new lines ids, and keeps what it received. */
function fakeSave() {
  const sent: ChartItemInput[][] = [];
  let made = 0;
  const port: SaveChart = {
    saveStrategyChart: vi.fn(async (id: CampaignId, items: ChartItemInput[]) => {
      sent.push(items);
      const ids = items.map((i) => i.id ?? strategyItemId(`new-${++made}`));
      const chart = items
        .filter((i) => i.text.trim() !== "")
        .map((i) => {
          const at = items.indexOf(i);
          return item(ids[at], i.section, i.text, i.target === null ? null : ids[i.target]);
        });
      return campaign(id, { chart });
    }),
  };
  return { port, sent };
}

function editor(chart = sampleChart()) {
  const backend = fakeSave();
  return { chart: new ChartEditor(campaign("c-1", { chart }), backend.port), ...backend };
}

describe("ChartEditor", () => {
  it("adds a line at the end of its section, with the cursor in it, up to the most it holds", () => {
    const { chart } = editor([]);
    const key = chart.addLine("allies");
    expect(chart.linesIn("allies").map((l) => l.key)).toEqual([key]);
    expect(chart.focusTarget).toBe(`line:${key}`);
    for (let i = 1; i < MOST_LINES_PER_SECTION; i++) chart.addLine("allies");
    expect(chart.isFull("allies")).toBe(true);
    expect(chart.addLine("allies")).toBeNull();
    expect(chart.linesIn("allies")).toHaveLength(MOST_LINES_PER_SECTION);
  });

  it("is not changed by a blank line, and is by a line written on", () => {
    const { chart } = editor();
    const key = chart.addLine("opponents");
    expect(chart.dirty).toBe(false);
    chart.setText(key!, "Cermak Property Management");
    expect(chart.dirty).toBe(true);
    chart.revert();
    expect(chart.dirty).toBe(false);
    expect(chart.linesIn("opponents")).toEqual([]);
  });

  it("takes a line out, un-aims the tactics aimed at it, and moves the cursor to its neighbour", () => {
    const { chart } = editor();
    const [secondary] = chart.linesIn("secondary_target");
    const [tactic] = chart.linesIn("tactic");
    expect(tactic.targetKey).toBe(secondary.key);
    chart.removeLine(secondary.key);
    expect(chart.linesIn("secondary_target")).toEqual([]);
    expect(chart.linesIn("tactic")[0].targetKey).toBeNull();
    expect(chart.focusTarget).toBe("add:secondary_target");
    expect(chart.dirty).toBe(true);

    const first = chart.addLine("allies")!;
    const second = chart.addLine("allies")!;
    chart.removeLine(first);
    expect(chart.focusTarget).toBe(`line:${second}`);
  });

  it("aims only tactics", () => {
    const { chart } = editor();
    const [primary] = chart.linesIn("primary_target");
    const [goal] = chart.linesIn("long_term_goal");
    chart.setTarget(goal.key, primary.key);
    expect(chart.linesIn("long_term_goal")[0].targetKey).toBeNull();
    const [tactic] = chart.linesIn("tactic");
    chart.setTarget(tactic.key, primary.key);
    expect(chart.linesIn("tactic")[0].targetKey).toBe(primary.key);
  });

  it("moves on with Enter: to the next line, or a new one after the last line written on", () => {
    const { chart } = editor([]);
    const first = chart.addLine("gains")!;
    const second = chart.addLine("gains")!;
    chart.next(first);
    expect(chart.focusTarget).toBe(`line:${second}`);
    chart.next(second);
    expect(chart.focusTarget).toBe("add:gains");
    chart.setText(second, "Ten new members");
    chart.next(second);
    expect(chart.linesIn("gains")).toHaveLength(3);
    expect(chart.focusTarget).toBe(`line:${chart.linesIn("gains")[2].key}`);
  });

  it("sends the whole chart with targets by place, and keeps each line's key after the save", async () => {
    const { chart, sent } = editor();
    const primary = chart.linesIn("primary_target")[0];
    const tactic = chart.addLine("tactic")!;
    chart.setText(tactic, "Rent strike");
    chart.setTarget(tactic, primary.key);
    chart.addLine("allies");
    const saved = await chart.save();
    expect(saved?.chart).toHaveLength(5);
    expect(sent[0]).toEqual([
      { id: "g1", section: "long_term_goal", text: "Every unit heated all winter", target: null },
      { id: "p1", section: "primary_target", text: "The landlord", target: null },
      { id: "s1", section: "secondary_target", text: "Alderman Ruiz", target: null },
      { id: "t1", section: "tactic", text: "Packed ward night", target: 2 },
      { id: null, section: "tactic", text: "Rent strike", target: 1 },
    ]);
    expect(chart.dirty).toBe(false);
    expect(chart.saved).toBe(true);
    const tactics = chart.linesIn("tactic");
    expect(tactics.map((l) => l.key)).toContain(tactic);
    expect(tactics.find((l) => l.key === tactic)).toMatchObject({ id: "new-1", targetKey: primary.key });
    expect(chart.linesIn("allies")).toEqual([]);

    chart.setText(tactic, "Rent strike in March");
    expect(chart.saved).toBe(false);
  });

  it("shows a refusal beside the line it names, with the cursor there, until the line changes", async () => {
    const { chart, port } = editor();
    const [tactic] = chart.linesIn("tactic");
    port.saveStrategyChart = vi.fn(async () => {
      throw refused("items.3.target", "a tactic is aimed at one of the chart's targets");
    });
    expect(await chart.save()).toBeNull();
    expect(chart.messageFor(tactic.key, "target")).toBe("A tactic is aimed at one of the chart's targets.");
    expect(chart.messageFor(tactic.key, "text")).toBeNull();
    expect(chart.error).toBeNull();
    expect(chart.focusTarget).toBe(`line:${tactic.key}`);
    expect(chart.saving).toBe(false);
    chart.setTarget(tactic.key, null);
    expect(chart.messageFor(tactic.key, "target")).toBeNull();
  });

  it("shows a refusal about no line by Save, and keeps the edits", async () => {
    const { chart, port } = editor();
    port.saveStrategyChart = vi.fn(async () => {
      throw { kind: "not_found", message: "This campaign is gone.", details: null };
    });
    const key = chart.addLine("allies")!;
    chart.setText(key, "St. Pius parish");
    await chart.save();
    expect(chart.placed).toBeNull();
    expect(chart.error?.message).toBe("This campaign is gone.");
    expect(chart.dirty).toBe(true);
  });
});
