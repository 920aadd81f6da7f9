// The forms of an application: starting one for a project (the amount and the days), and a
// draft's own fields (those, and the two questions every application answers).
import type { Application, ApplicationInput, ProjectId } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { centsOf, typedDollars } from "./money";
import { RuleCheck } from "./rule-check.svelte";
import { defaultSpan } from "./span";
import { SpanDraft, validateSpan, type SpanValues } from "./span-draft.svelte";

export type ApplicationValues = SpanValues & { baseBuilding: string; sustaining: string };

export type NewApplicationValues = SpanValues & { project: ProjectId | null };

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** The input the values make; call once they are valid. */
function spanInput(values: SpanValues): Pick<ApplicationInput, "amount_cents" | "starts_on" | "ends_on"> {
  return { amount_cents: centsOf(values.amount) ?? 0, starts_on: values.startsOn, ends_on: values.endsOn };
}

/** A draft application's amount, days and answers, edited on its page. */
export class ApplicationDraft extends SpanDraft<ApplicationValues> {
  /** Set on the fresh form a save leaves, so the page can say "Saved" until the next change. */
  justSaved = $state(false);

  constructor(application: Application, rules: RuleCheck = new RuleCheck()) {
    const f = application.fields;
    super(
      {
        amount: typedDollars(f.amount_cents),
        startsOn: f.starts_on,
        endsOn: f.ends_on,
        baseBuilding: f.base_building ?? "",
        sustaining: f.sustaining ?? "",
      },
      validateSpan,
      ["amount_cents", "starts_on", "ends_on", "base_building", "sustaining"],
      rules,
    );
  }

  /** The input to save; null while the form shows what to fix. */
  submit(): ApplicationInput | null {
    if (!this.attempt()) return null;
    return {
      ...spanInput(this.values),
      base_building: orNull(this.values.baseBuilding),
      sustaining: orNull(this.values.sustaining),
    };
  }
}

function validateNew(values: NewApplicationValues): Record<string, string> {
  const errors = validateSpan(values);
  return values.project === null ? { project: t("grants-project-missing"), ...errors } : errors;
}

/**
 * "New application": which project it is for, the amount (left blank: the organizer decides
 * it), and the days, which start as the first of next month for four months.
 */
export class NewApplicationDraft extends SpanDraft<NewApplicationValues> {
  constructor(today: string, project: ProjectId | null, rules: RuleCheck = new RuleCheck()) {
    super(
      { project, amount: "", ...defaultSpan(today) },
      validateNew,
      ["project", "amount_cents", "starts_on", "ends_on"],
      rules,
    );
  }

  submit(): { project: ProjectId; input: ApplicationInput } | null {
    if (!this.attempt() || this.values.project === null) return null;
    return {
      project: this.values.project,
      input: { ...spanInput(this.values), base_building: null, sustaining: null },
    };
  }
}
