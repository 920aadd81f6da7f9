// What an application needs before it can be sent, as a checklist: every part national reads,
// ticked when done, and for what is missing the backend's own words ("the budget adds up to
// $750.00, not the $800.00 asked").
import type { Missing } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { sentence } from "./words";

/** The parts the backend checks, in the order the page asks for them. */
export const CHECKED_PARTS = [
  "initiative.description",
  "initiative.goals",
  "initiative.responsible_id",
  "base_building",
  "sustaining",
  "budget",
  "milestones",
] as const;

export type ChecklistItem = { key: string; done: boolean; text: string };

function partLabel(key: (typeof CHECKED_PARTS)[number]): string {
  switch (key) {
    case "initiative.description":
      return t("grants-part-description");
    case "initiative.goals":
      return t("grants-part-goals");
    case "initiative.responsible_id":
      return t("grants-part-responsible");
    case "base_building":
      return t("grants-part-base-building");
    case "sustaining":
      return t("grants-part-sustaining");
    case "budget":
      return t("grants-part-budget");
    case "milestones":
      return t("grants-part-milestones");
  }
}

/**
 * Every part, done or with what it still needs; a need the page does not know of yet (a rule
 * added to the backend) is listed after them, in the backend's words.
 */
export function checklist(missing: readonly Missing[]): ChecklistItem[] {
  const need = new Map(missing.map((m) => [m.key, m]));
  const known: ReadonlySet<string> = new Set(CHECKED_PARTS);
  return [
    ...CHECKED_PARTS.map((key) => {
      const still = need.get(key);
      return { key, done: !still, text: still ? sentence(still.what) : partLabel(key) };
    }),
    ...missing.filter((m) => !known.has(m.key)).map((m) => ({ key: m.key, done: false, text: sentence(m.what) })),
  ];
}
