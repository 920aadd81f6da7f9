// The strategy chart as the editor holds it: lines, each in a section of one of the five
// columns, a tactic aimed at a target line by the line's key; what is sent (the whole chart,
// a tactic's target as a place in the items sent), and a refusal back to the line it names.
import { fieldMessage, invalidField, type AppError } from "../api/errors";
import type {
  ChartColumn,
  ChartItemInput,
  ChartSection,
  StrategyItem,
  StrategyItemId,
} from "../api/types";
import { t } from "../i18n/locale.svelte";

/** The most lines the backend keeps in one section. */
export const MOST_LINES_PER_SECTION = 12;

/** The five columns, left to right, each with its sections top to bottom. */
export const CHART_COLUMNS: readonly { column: ChartColumn; sections: readonly ChartSection[] }[] = [
  { column: "goals", sections: ["long_term_goal", "intermediate_goal", "short_term_goal"] },
  { column: "organizational", sections: ["resources", "gains", "internal_problems"] },
  { column: "constituents", sections: ["constituents", "allies", "opponents"] },
  { column: "targets", sections: ["primary_target", "secondary_target"] },
  { column: "tactics", sections: ["tactic"] },
];

/** Every section in the chart's reading order, the order the backend keeps them in. */
export const CHART_SECTIONS: readonly ChartSection[] = CHART_COLUMNS.flatMap((c) => c.sections);

/** The sections whose lines a tactic can be aimed at. */
export const TARGET_SECTIONS: readonly ChartSection[] = ["primary_target", "secondary_target"];

/** One line of the chart while it is edited. */
export type ChartLine = {
  /** Stays with the line while the editor is open: the screen's list and its messages follow it. */
  key: number;
  /** The saved item's id; null for a line added since. */
  id: StrategyItemId | null;
  section: ChartSection;
  text: string;
  /** A tactic's target: the key of a target line; null when not aimed yet. */
  targetKey: number | null;
};

/** The parts of a line a refusal can be about. */
export type LinePart = "text" | "target";

/** A refusal shown beside the line it is about. */
export type PlacedRefusal = { key: number; part: LinePart; message: string };

export function isBlank(line: Pick<ChartLine, "text">): boolean {
  return line.text.trim() === "";
}

/** A chart's lines stay one line each: a pasted line break becomes a space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

/** The saved chart as lines, keyed from `firstKey` on; a tactic's target found by its id. */
export function linesOf(chart: readonly StrategyItem[], firstKey = 0): ChartLine[] {
  const keyOf = new Map(chart.map((item, i) => [item.id, firstKey + i]));
  return chart.map((item, i) => ({
    key: firstKey + i,
    id: item.id,
    section: item.section,
    text: item.text,
    targetKey: item.target_id === null ? null : (keyOf.get(item.target_id) ?? null),
  }));
}

/** The lines in the chart's order: section by section, each section's lines as they stand. */
export function inChartOrder(lines: readonly ChartLine[]): ChartLine[] {
  return CHART_SECTIONS.flatMap((section) => lines.filter((line) => line.section === section));
}

/**
 * What is sent: every line written on, in the chart's order, with its text trimmed and a
 * tactic's target as the place of its target line among the items sent (none when that line
 * is gone or blank); and the key of the line each item came from, to place a refusal.
 */
export function chartInput(lines: readonly ChartLine[]): { items: ChartItemInput[]; lineKeys: number[] } {
  const kept = inChartOrder(lines).filter((line) => !isBlank(line));
  const placeOf = new Map(kept.map((line, i) => [line.key, i]));
  const items = kept.map((line): ChartItemInput => {
    const aimed =
      line.section === "tactic" && line.targetKey !== null ? placeOf.get(line.targetKey) : undefined;
    const target =
      aimed !== undefined && TARGET_SECTIONS.includes(kept[aimed].section) ? aimed : null;
    return { id: line.id, section: line.section, text: line.text.trim(), target };
  });
  return { items, lineKeys: kept.map((line) => line.key) };
}

/** Whether two charts would be saved the same (blank lines and spaces at the ends aside). */
export function sameChart(a: readonly ChartLine[], b: readonly ChartLine[]): boolean {
  return JSON.stringify(chartInput(a).items) === JSON.stringify(chartInput(b).items);
}

/** The target lines a tactic can be aimed at: those written on, primary first. */
export function targetChoices(lines: readonly ChartLine[]): ChartLine[] {
  return inChartOrder(lines).filter((line) => TARGET_SECTIONS.includes(line.section) && !isBlank(line));
}

/** The refusal placed beside its line, or left for the chart as a whole. */
export function placeRefusal(
  error: AppError,
  lineKeys: readonly number[],
): { placed: PlacedRefusal; error: null } | { placed: null; error: AppError } {
  const found = /^items\.(\d+)\.(text|target)$/.exec(invalidField(error) ?? "");
  const key = found ? lineKeys[Number(found[1])] : undefined;
  if (!found || key === undefined) return { placed: null, error };
  return { placed: { key, part: found[2] as LinePart, message: fieldMessage(error) }, error: null };
}

export function columnLabel(column: ChartColumn): string {
  switch (column) {
    case "goals":
      return t("chart-column-goals");
    case "organizational":
      return t("chart-column-organizational");
    case "constituents":
      return t("chart-column-constituents");
    case "targets":
      return t("chart-column-targets");
    case "tactics":
      return t("chart-column-tactics");
  }
}

/** One short line under a column's name: what goes there. */
export function columnHelp(column: ChartColumn): string {
  switch (column) {
    case "goals":
      return t("chart-help-goals");
    case "organizational":
      return t("chart-help-organizational");
    case "constituents":
      return t("chart-help-constituents");
    case "targets":
      return t("chart-help-targets");
    case "tactics":
      return t("chart-help-tactics");
  }
}

export function sectionLabel(section: ChartSection): string {
  switch (section) {
    case "long_term_goal":
      return t("chart-section-long-term-goal");
    case "intermediate_goal":
      return t("chart-section-intermediate-goal");
    case "short_term_goal":
      return t("chart-section-short-term-goal");
    case "resources":
      return t("chart-section-resources");
    case "gains":
      return t("chart-section-gains");
    case "internal_problems":
      return t("chart-section-internal-problems");
    case "constituents":
      return t("chart-section-constituents");
    case "allies":
      return t("chart-section-allies");
    case "opponents":
      return t("chart-section-opponents");
    case "primary_target":
      return t("chart-section-primary-target");
    case "secondary_target":
      return t("chart-section-secondary-target");
    case "tactic":
      return t("chart-section-tactic");
  }
}
