// The words and lengths of the needs chart: what share of respondents named each need, how
// hard it is on them, and the headings of the breakdowns.
import type { GroupRanking, NeedRank, NeedsRanking } from "../api/types";
import { formatCount, formatCounted } from "../format/count";
import { languageName } from "./assessment-facts";

export type Breakdown = "overall" | "area" | "language";

export const BREAKDOWNS: ReadonlyArray<{ value: Breakdown; label: string }> = [
  { value: "overall", label: "Overall" },
  { value: "area", label: "By area" },
  { value: "language", label: "By language" },
];

/** What the backend calls a group whose forms did not say. */
const NOT_GIVEN = "(not given)";

const mean = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function clampShare(share: number): number {
  if (!Number.isFinite(share)) return 0;
  return Math.min(1, Math.max(0, share));
}

/** "56%"; a need only a handful named is "<1%", never a misleading "0%". */
export function formatShare(share: number): string {
  const clamped = clampShare(share);
  const percent = Math.round(clamped * 100);
  if (percent === 0 && clamped > 0) return "<1%";
  return `${percent}%`;
}

/** "3.3"; null when nobody rated the need. */
export function formatMean(severity: number | null): string | null {
  return severity === null || !Number.isFinite(severity) ? null : mean.format(severity);
}

/** The label beside a bar: "56% · mean 3.3 of 5", or "56% · not rated". */
export function shareLabel(need: Pick<NeedRank, "share" | "mean_severity">): string {
  const severity = formatMean(need.mean_severity);
  const rated = severity === null ? "not rated" : `mean ${severity} of 5`;
  return `${formatShare(need.share)} · ${rated}`;
}

/** How long the bar is, as a percent of the track: the share of respondents, 0 to 100. */
export function barPercent(share: number): number {
  return Math.round(clampShare(share) * 1000) / 10;
}

/** "148 people", "1 person" */
export function respondentsText(respondents: number): string {
  return formatCounted(respondents, "person", "people");
}

/**
 * How the ratings spread over the 1–5 scale, so a mean of 3 from all 3s can be told from one
 * made of 1s and 5s, and by how many: everyone asked how hard a need is rates it, named or not,
 * so the raters can outnumber those who named it. "Rated by 18 people, 1 to 5: 0 · 1 · 4 · 10 · 3".
 * Null when nobody rated it.
 */
export function spreadText(need: Pick<NeedRank, "rated" | "distribution">): string | null {
  if (need.rated === 0) return null;
  return (
    `Rated by ${respondentsText(need.rated)}, 1 to 5: ` +
    need.distribution.map((n) => formatCount(n)).join(" · ")
  );
}

/**
 * The whole row in words, for a screen reader and anyone who cannot judge a bar's length:
 * "1. Housing: named by 148 of 264 people (56%), mean severity 3.3 of 5".
 */
export function needRowText(need: NeedRank, responses: number): string {
  const severity = formatMean(need.mean_severity);
  const rated = severity === null ? "not rated" : `mean severity ${severity} of 5`;
  const spread = spreadText(need);
  return (
    `${need.rank}. ${need.title}: named by ${formatCount(need.respondents)} of ` +
    `${respondentsText(responses)} (${formatShare(need.share)}), ${rated}` +
    (spread === null ? "" : `; ${spread.toLowerCase()}`)
  );
}

/** "264 forms entered", "No forms entered yet". */
export function responsesText(responses: number): string {
  if (responses === 0) return "No forms entered yet";
  return `${formatCounted(responses, "form", "forms")} entered`;
}

/** A breakdown's heading: an area as it was typed, a language by name. */
export function groupHeading(breakdown: Exclude<Breakdown, "overall">, group: string): string {
  if (group === NOT_GIVEN) return breakdown === "area" ? "Area not given" : "Language not given";
  return breakdown === "language" ? languageName(group) : group;
}

/** The groups a breakdown shows, biggest first, so the chart leads with what most people said. */
export function groupsOf(
  ranking: NeedsRanking,
  breakdown: Exclude<Breakdown, "overall">,
): GroupRanking[] {
  const groups = breakdown === "area" ? ranking.by_area : ranking.by_language;
  return [...groups].sort(
    (a, b) =>
      b.ranking.responses - a.ranking.responses ||
      Number(a.group === NOT_GIVEN) - Number(b.group === NOT_GIVEN) ||
      a.group.localeCompare(b.group, "en"),
  );
}
