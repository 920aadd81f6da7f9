// "New round": its name, its budget in dollars, the day it opens and its deadline.
import type { RoundInput } from "../api/types";
import { isPlainDate } from "../format/date";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { centsOf } from "../grants/money";
import { t } from "../i18n/locale.svelte";

/** What a round holds unless the committee says otherwise, as the backend's own default. */
export const DEFAULT_BUDGET_DOLLARS = "20000";

export type RoundValues = { name: string; budget: string; opensOn: string; deadline: string };

/** What to fix before a round can be made, keyed as the backend keys its refusals. */
export function validateRound(values: RoundValues): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.name.trim() === "") errors.name = t("rounds-name-missing");
  const cents = centsOf(values.budget);
  if (cents === null || cents === 0) errors.budget_cents = t("rounds-budget-not-dollars");
  if (values.opensOn !== "" && !isPlainDate(values.opensOn)) errors.opens_on = t("rounds-opens-not-a-day");
  if (!isPlainDate(values.deadline)) errors.deadline = t("rounds-deadline-missing");
  // Plain dates compare as text.
  else if (isPlainDate(values.opensOn) && values.opensOn > values.deadline) {
    errors.deadline = t("rounds-deadline-before-opening");
  }
  return errors;
}

export class NewRoundDraft extends Draft<RoundValues> {
  constructor() {
    super(
      { name: "", budget: DEFAULT_BUDGET_DOLLARS, opensOn: "", deadline: "" },
      validateRound,
      ["name", "budget_cents", "opens_on", "deadline"],
    );
  }

  /** The round to make; null while the form shows what to fix. */
  submit(): RoundInput | null {
    if (!this.attempt()) return null;
    return {
      name: this.values.name.trim(),
      budget_cents: centsOf(this.values.budget) ?? 0,
      opens_on: this.values.opensOn === "" ? null : this.values.opensOn,
      deadline: this.values.deadline,
    };
  }
}
