// A round's rubric as the committee edits it: each criterion's name and weight, saved whole.
import type { Criterion, CriterionId, CriterionInput } from "../api/types";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";

/** The weights a criterion can have, as the backend allows them. */
export const WEIGHTS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A new criterion's weight: the lightest, so adding one never tips the scores by surprise. */
const NEW_WEIGHT = 1;

export type CriterionValues = { id: CriterionId | null; name: string; weight: number };

export type RubricValues = { criteria: CriterionValues[] };

/** What to fix, keyed as the backend keys it: "criteria", or "criteria.2" for the third. */
export function validateRubric(values: RubricValues): FieldErrors {
  if (values.criteria.length === 0) return { criteria: t("rounds-rubric-empty") };
  const errors: Record<string, string> = {};
  values.criteria.forEach((c, i) => {
    if (c.name.trim() === "") errors[`criteria.${i}`] = t("rounds-criterion-name-missing");
  });
  return errors;
}

export class RubricDraft extends Draft<RubricValues> {
  /** Set on the fresh form a save leaves, so the page says "Saved" until the next change. */
  justSaved = $state(false);

  constructor(rubric: readonly Criterion[]) {
    super(
      { criteria: rubric.map((c) => ({ id: c.id, name: c.name, weight: c.weight })) },
      validateRubric,
      ["criteria"],
    );
  }

  add(): void {
    this.values.criteria.push({ id: null, name: "", weight: NEW_WEIGHT });
  }

  /**
   * Takes a criterion out of the form; the backend keeps one that already holds scores, and
   * says so when the rubric is saved.
   */
  remove(index: number): void {
    this.values.criteria.splice(index, 1);
  }

  submit(): CriterionInput[] | null {
    if (!this.attempt()) return null;
    return this.values.criteria.map((c) => ({ id: c.id, name: c.name.trim(), weight: c.weight }));
  }
}
