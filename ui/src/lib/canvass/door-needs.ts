// The needs named at a door, as the walk sheet has them: numbered 1..N atop each page of doors,
// up to three numbers written on a door's row, and typed in as written ("1 5 7" or "1,5,7").
import type { DoorQuestions, NumberedNeed } from "../api/types";
import { locale, t } from "../i18n/locale.svelte";
import { textIn } from "../needs/survey-texts";

/** The most needs a door names: the survey's "top three" question. */
export const MOST_NEEDS = 3;

/** What the numbers typed for a door say: the needs they mean, or what is wrong with them. */
export type NeedsReading = {
  /** The needs named, in the order typed, each once. */
  needs: NumberedNeed[];
  /** What to fix, in words; null when the numbers can be sent. */
  problem: string | null;
};

/**
 * Reads the numbers typed from the sheet against the survey's numbered needs: spaces, commas
 * or semicolons between them; a number typed twice counts once.
 */
export function readNeeds(typed: string, survey: DoorQuestions | null): NeedsReading {
  const pieces = typed.split(/[\s,;]+/).filter((piece) => piece !== "");
  const needs: NumberedNeed[] = [];
  for (const piece of pieces) {
    if (!/^\d+$/.test(piece)) {
      return { needs, problem: t("canvass-needs-not-a-number", { typed: piece }) };
    }
    const number = Number(piece);
    const need = survey?.needs.find((n) => n.number === number);
    if (!need) {
      return {
        needs,
        problem: t("canvass-needs-not-on-sheet", { number, count: survey?.needs.length ?? 0 }),
      };
    }
    if (!needs.includes(need)) needs.push(need);
  }
  if (needs.length > MOST_NEEDS) {
    return { needs, problem: t("canvass-needs-too-many", { count: needs.length }) };
  }
  return { needs, problem: null };
}

/** The needs' numbers on the sheet for the survey's keys, in the sheet's order; unknown keys are left out. */
export function needNumbers(keys: readonly string[], survey: DoorQuestions | null): number[] {
  return (survey?.needs ?? []).filter((need) => keys.includes(need.key)).map((need) => need.number);
}

/** The keys as their numbers, as typed again on the line: "1 5". */
export function typedNeeds(keys: readonly string[], survey: DoorQuestions | null): string {
  return needNumbers(keys, survey).join(" ");
}

/** "Housing and rent · Food": the needs in the screens' language. */
export function needNames(needs: readonly NumberedNeed[]): string {
  return needs.map((need) => textIn(need.text, locale.code)).join(" · ");
}
