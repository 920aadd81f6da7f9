import type { LadderChange, LadderLevel } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** The "change level" form as the inputs hold it. */
export type LevelChangeValues = { level: string; reason: string; changedBy: string };

export type LevelChangeErrors = Partial<Record<"level" | "changed_by", string>>;

/** The inputs the form shows the backend's refusals beside, by the keys it sends them under. */
export const LEVEL_CHANGE_FIELDS: readonly (keyof LevelChangeErrors)[] = ["level", "changed_by"];

export function validateLevelChange(values: LevelChangeValues, current: string): LevelChangeErrors {
  const errors: LevelChangeErrors = {};
  if (values.level === "") {
    errors.level = t("people-level-missing");
  } else if (values.level === current) {
    errors.level = t("people-level-same");
  }
  if (values.changedBy.trim() === "") {
    errors.changed_by = t("people-changed-by-missing");
  }
  return errors;
}

/** The level one step up from `current`, or null at the top (or for an unknown level). */
export function nextLevelUp(levels: readonly LadderLevel[], current: string): LadderLevel | null {
  const ordered = [...levels].sort((a, b) => a.rank - b.rank);
  const at = ordered.findIndex((level) => level.key === current);
  return at === -1 ? null : (ordered[at + 1] ?? null);
}

/** Whether a change moved someone up, down, or onto the ladder for the first time. */
export function direction(
  levels: readonly LadderLevel[],
  change: LadderChange,
): "up" | "down" | "start" {
  if (change.from_level === null) return "start";
  const rank = (key: string) => levels.find((level) => level.key === key)?.rank ?? 0;
  return rank(change.to_level) >= rank(change.from_level) ? "up" : "down";
}

/** Most recent change first. */
export function latestFirst(history: readonly LadderChange[]): LadderChange[] {
  return [...history].sort((a, b) => b.changed_at.localeCompare(a.changed_at));
}
