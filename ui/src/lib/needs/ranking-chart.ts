// The words and lengths of the needs chart: what share of respondents named each need, how
// hard it is on them, and the headings of the breakdowns.
import type { GroupRanking, NeedRank, NeedsRanking } from "../api/types";
import { formatFixed, formatNumber } from "../i18n/intl";
import { locale, t } from "../i18n/locale.svelte";
import { languageLabel } from "./survey-texts";

export type Breakdown = "overall" | "area" | "language";

/** The ways the chart can show the needs, in the screens' language. */
export function breakdowns(): Array<{ value: Breakdown; label: string }> {
  return [
    { value: "overall", label: t("needs-chart-overall") },
    { value: "area", label: t("needs-chart-by-area") },
    { value: "language", label: t("needs-chart-by-language") },
  ];
}

/** What the backend calls a group whose forms did not say. */
const NOT_GIVEN = "(not given)";

function clampShare(share: number): number {
  if (!Number.isFinite(share)) return 0;
  return Math.min(1, Math.max(0, share));
}

/** "56%"; a need only a handful named is "<1%", never a misleading "0%". */
export function formatShare(share: number): string {
  const clamped = clampShare(share);
  const percent = Math.round(clamped * 100);
  if (percent === 0 && clamped > 0) return `<${formatNumber(1)}%`;
  return `${formatNumber(percent)}%`;
}

/** "3.3"; null when nobody rated the need. */
export function formatMean(severity: number | null): string | null {
  return severity === null || !Number.isFinite(severity) ? null : formatFixed(severity, 1);
}

/** The label beside a bar: "56% · mean 3.3 of 5", or "56% · not rated". */
export function shareLabel(need: Pick<NeedRank, "share" | "mean_severity">): string {
  const severity = formatMean(need.mean_severity);
  const share = formatShare(need.share);
  return severity === null
    ? t("needs-chart-share-not-rated", { share })
    : t("needs-chart-share-mean", { share, mean: severity });
}

/** How long the bar is, as a percent of the track: the share of respondents, 0 to 100. */
export function barPercent(share: number): number {
  return Math.round(clampShare(share) * 1000) / 10;
}

/** "148 people", "1 person" */
export function respondentsText(respondents: number): string {
  return t("needs-chart-people", { count: respondents });
}

/**
 * How the ratings spread over the 1–5 scale, so a mean of 3 from all 3s can be told from one
 * made of 1s and 5s, and by how many: everyone asked how hard a need is rates it, named or not,
 * so the raters can outnumber those who named it. "Rated by 18 people, 1 to 5: 0 · 1 · 4 · 10 · 3".
 * Null when nobody rated it.
 */
export function spreadText(need: Pick<NeedRank, "rated" | "distribution">): string | null {
  if (need.rated === 0) return null;
  return t("needs-chart-spread", {
    count: need.rated,
    spread: need.distribution.map((n) => formatNumber(n)).join(" · "),
  });
}

/**
 * The whole row in words, for a screen reader and anyone who cannot judge a bar's length:
 * "1. Housing: named by 148 of 264 people (56%), mean severity 3.3 of 5".
 */
export function needRowText(need: NeedRank, responses: number): string {
  const severity = formatMean(need.mean_severity);
  const rated =
    severity === null
      ? t("needs-chart-not-rated")
      : t("needs-chart-mean-severity", { mean: severity });
  const row = t("needs-chart-row", {
    rank: need.rank,
    title: need.title,
    named: need.respondents,
    asked: responses,
    share: formatShare(need.share),
    rated,
  });
  const spread = spreadText(need);
  return spread === null ? row : `${row}; ${spread.toLocaleLowerCase(locale.intl)}`;
}

/** "264 forms entered", "No forms entered yet". */
export function responsesText(responses: number): string {
  if (responses === 0) return t("needs-chart-no-forms");
  return t("needs-chart-forms-entered", { count: responses });
}

/** A breakdown's heading: an area as it was typed, a language by name. */
export function groupHeading(breakdown: Exclude<Breakdown, "overall">, group: string): string {
  if (group === NOT_GIVEN) {
    return breakdown === "area" ? t("needs-chart-area-not-given") : t("needs-chart-language-not-given");
  }
  return breakdown === "language" ? languageLabel(group) : group;
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
