// The connections chart: the organizations the chapter is most strongly tied to, as
// horizontal bars with their names and numbers written out, laid out in pixels so the words
// keep their size whatever the width.
import type { RankedOrg } from "../api/types";
import { formatNumber } from "../i18n/intl";
import { t } from "../i18n/locale.svelte";
import { orgKindLabel, relationshipLabel } from "./labels";

/** How many organizations the chart shows: a slide's worth. */
export const CHART_TOP = 10;

/** Pixel sizes of one row: the name on its line, the bar under it. */
export const CHART_ROW = { nameHeight: 24, barHeight: 22, gap: 14 } as const;

/** Room kept right of the longest bar for its number. */
export const CHART_LABEL_ROOM = 150;

export type ChartBar = {
  org: RankedOrg;
  /** Top of the row, in pixels from the top of the chart. */
  y: number;
  /** The bar's length, in pixels. */
  width: number;
  /** Written at the end of the bar: "18 · 5 people". */
  label: string;
  /** The whole row in words, for a screen reader. */
  text: string;
};

/** The organizations the chart shows: the strongest first, those with no ties left out. */
export function chartOrgs(ranked: readonly RankedOrg[], top: number = CHART_TOP): RankedOrg[] {
  return ranked.filter((org) => org.members > 0).slice(0, top);
}

export function chartHeight(count: number): number {
  return count * (CHART_ROW.nameHeight + CHART_ROW.barHeight + CHART_ROW.gap);
}

/** "5 people" */
export function membersText(members: number): string {
  return t("connections-members", { count: members });
}

/** "1. Eastside Tenants United (tenant association, partner): 5 people tied, strength 18, 3 would introduce us" */
export function rankedRowText(org: RankedOrg): string {
  return t("connections-row", {
    rank: org.rank,
    name: org.name,
    kind: orgKindLabel(org.kind),
    relationship: relationshipLabel(org.relationship),
    members: org.members,
    strength: org.strength,
    introduce: org.would_introduce,
  });
}

/** Bars for a chart `width` pixels wide; the strongest bar takes all the room left of its label. */
export function chartBars(orgs: readonly RankedOrg[], width: number): ChartBar[] {
  const most = Math.max(1, ...orgs.map((org) => org.strength));
  const room = Math.max(0, width - CHART_LABEL_ROOM);
  const step = CHART_ROW.nameHeight + CHART_ROW.barHeight + CHART_ROW.gap;
  return orgs.map((org, index) => ({
    org,
    y: index * step,
    width: org.strength > 0 ? Math.max(2, Math.round((org.strength / most) * room)) : 0,
    label: t("connections-bar-label", {
      strength: formatNumber(org.strength),
      members: membersText(org.members),
    }),
    text: rankedRowText(org),
  }));
}

/** The name as the chart writes it: cut short, with "…", where it would run out of `width`. */
export function chartName(name: string, width: number): string {
  const room = Math.max(12, Math.floor(width / 9.5));
  return name.length <= room ? name : `${name.slice(0, room - 1).trimEnd()}…`;
}
