import { describe, expect, it } from "vitest";
import { toAppError } from "../api/errors";
import { refused } from "../laptop/test-laptop";
import {
  CHART_SECTIONS,
  chartInput,
  linesOf,
  oneLine,
  placeRefusal,
  sameChart,
  sectionLabel,
  targetChoices,
  type ChartLine,
} from "./chart";
import { item, sampleChart } from "./test-campaigns";

function line(
  key: number,
  section: ChartLine["section"],
  text: string,
  targetKey: number | null = null,
): ChartLine {
  return { key, id: null, section, text, targetKey };
}

describe("the strategy chart's lines", () => {
  it("come from the saved chart with a tactic's target found by its id", () => {
    const lines = linesOf(sampleChart(), 10);
    expect(lines.map((l) => l.key)).toEqual([10, 11, 12, 13]);
    expect(lines[3]).toMatchObject({ section: "tactic", text: "Packed ward night", targetKey: 12 });
    expect(lines[0].targetKey).toBeNull();
  });

  it("lose a target that is not in the chart", () => {
    const lines = linesOf([item("t1", "tactic", "Sit-in", "gone")]);
    expect(lines[0].targetKey).toBeNull();
  });

  it("name every section once, in the chart's order", () => {
    expect(CHART_SECTIONS).toHaveLength(12);
    expect(new Set(CHART_SECTIONS).size).toBe(12);
    expect(CHART_SECTIONS[0]).toBe("long_term_goal");
    expect(CHART_SECTIONS.at(-1)).toBe("tactic");
    expect(sectionLabel("secondary_target")).toBe("Secondary targets");
  });
});

describe("what is sent", () => {
  it("goes section by section, blank lines left out, a tactic's target by its place among the items", () => {
    const lines = [
      line(1, "tactic", "Delegation to the alderman", 4),
      line(2, "primary_target", "The landlord"),
      line(3, "primary_target", "   "),
      line(4, "secondary_target", "Alderman Ruiz"),
      line(5, "long_term_goal", " Heat in every unit "),
      line(6, "tactic", "Rent strike", 2),
    ];
    const { items, lineKeys } = chartInput(lines);
    expect(items).toEqual([
      { id: null, section: "long_term_goal", text: "Heat in every unit", target: null },
      { id: null, section: "primary_target", text: "The landlord", target: null },
      { id: null, section: "secondary_target", text: "Alderman Ruiz", target: null },
      { id: null, section: "tactic", text: "Delegation to the alderman", target: 2 },
      { id: null, section: "tactic", text: "Rent strike", target: 1 },
    ]);
    expect(lineKeys).toEqual([5, 2, 4, 1, 6]);
  });

  it("keeps the ids of saved lines and aims nothing at a blank or missing target", () => {
    const lines = linesOf(sampleChart());
    lines[2].text = "";
    const { items } = chartInput([...lines, line(99, "tactic", "Petition", 42)]);
    expect(items.map((i) => i.id)).toEqual(["g1", "p1", "t1", null]);
    expect(items.map((i) => i.target)).toEqual([null, null, null, null]);
  });

  it("never aims a line that is not a tactic", () => {
    const { items } = chartInput([
      line(1, "primary_target", "The landlord"),
      line(2, "allies", "Pastor Kim", 1),
    ]);
    expect(items.map((i) => i.target)).toEqual([null, null]);
  });

  it("counts as the same chart whatever the blank lines and the spaces at the ends", () => {
    const saved = linesOf(sampleChart());
    const edited = linesOf(sampleChart());
    edited[0].text = "Every unit heated all winter  ";
    edited.push(line(50, "allies", ""));
    expect(sameChart(saved, edited)).toBe(true);
    edited[3].targetKey = 1;
    expect(sameChart(saved, edited)).toBe(false);
  });

  it("keeps a line to one line", () => {
    expect(oneLine("Rent strike\n\n  in March")).toBe("Rent strike in March");
  });
});

describe("a tactic's choices of target", () => {
  it("are the target lines written on, primary first", () => {
    const lines = [
      line(1, "secondary_target", "Alderman Ruiz"),
      line(2, "primary_target", "The landlord"),
      line(3, "secondary_target", " "),
      line(4, "opponents", "The management company"),
    ];
    expect(targetChoices(lines).map((l) => l.key)).toEqual([2, 1]);
  });
});

describe("a refusal of the chart", () => {
  it("goes beside the line it names, counted among the items sent", () => {
    const error = toAppError(refused("items.1.target", "a tactic is aimed at one of the chart's targets"));
    const { placed, error: left } = placeRefusal(error, [7, 3, 9]);
    expect(left).toBeNull();
    expect(placed).toEqual({
      key: 3,
      part: "target",
      message: "A tactic is aimed at one of the chart's targets.",
    });
  });

  it("stays with the chart as a whole when it names no line on screen", () => {
    const outside = toAppError(refused("items.5.text", "too long"));
    expect(placeRefusal(outside, [1, 2]).placed).toBeNull();
    const other = toAppError(refused("name", "give the campaign a name"));
    expect(placeRefusal(other, [1, 2])).toEqual({ placed: null, error: other });
    const conflict = toAppError({ kind: "not_found", message: "gone", details: null });
    expect(placeRefusal(conflict, [1]).error).toBe(conflict);
  });
});
