import { invalidField } from "../api/errors";
import type { ApplicationInput } from "../api/types";
import { isPlainDate } from "../format/date";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";
import { centsOf } from "./money";
import type { RuleCheck } from "./rule-check.svelte";
import { spanOf, type Span } from "./span";
import { summaryText } from "./words";

/** The amount asked, typed in dollars, and the initiative's first and last days. */
export type SpanValues = { amount: string; startsOn: string; endsOn: string };

/** The keys of the inputs the round's rules are about, as the backend names them. */
export const RULE_KEYS: readonly string[] = ["amount_cents", "ends_on"];

/** What to fix before the amount and the days can be sent, keyed as the backend keys them. */
export function validateSpan(values: SpanValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.amount.trim() === "") errors.amount_cents = t("grants-amount-missing");
  else if (centsOf(values.amount) === null) errors.amount_cents = t("grants-amount-not-dollars");
  if (!isPlainDate(values.startsOn)) errors.starts_on = t("grants-starts-missing");
  if (!isPlainDate(values.endsOn)) errors.ends_on = t("grants-ends-missing");
  return errors;
}

/**
 * A form with the amount and the days (a new application, or a draft's own): besides what to
 * fix on saving, it says the round's rules beside those fields as the organizer types, and what
 * the application asks so far ("$800.00, 4 months").
 */
export class SpanDraft<V extends SpanValues> extends Draft<V> {
  readonly rules: RuleCheck;
  /** The amount typed, in cents; null while it cannot be read as dollars. */
  readonly cents: number | null = $derived(centsOf(this.values.amount));
  readonly span: Span | null = $derived(spanOf(this.values.startsOn, this.values.endsOn));
  readonly summary: string | null = $derived(summaryText(this.cents, this.span));

  constructor(values: V, validate: (values: V) => FieldErrors, fields: readonly string[], rules: RuleCheck) {
    super(values, validate, fields);
    this.rules = rules;
  }

  /**
   * Call after each keystroke in the amount or a date: a refusal of the last save about them
   * gives way to what the rules say of the values as they now stand.
   */
  typed(): void {
    if (RULE_KEYS.includes(invalidField(this.serverError) ?? "")) this.serverError = null;
    if (!isPlainDate(this.values.startsOn) || !isPlainDate(this.values.endsOn)) {
      this.rules.ask(null);
      return;
    }
    // An amount not typed (or not dollars) is said by the form itself, not as a broken rule.
    const input: ApplicationInput = {
      amount_cents: this.cents ?? 0,
      starts_on: this.values.startsOn,
      ends_on: this.values.endsOn,
      base_building: null,
      sustaining: null,
    };
    this.rules.ask(input, this.cents === null ? ["amount_cents"] : []);
  }

  /**
   * The sentence beside a field: what to fix on saving or the backend's refusal first, then,
   * while typing, an amount that is not dollars, then the round's rule it breaks.
   */
  messageFor(field: string): string | null {
    const typedWrong =
      field === "amount_cents" && this.values.amount.trim() !== "" && this.cents === null
        ? t("grants-amount-not-dollars")
        : null;
    return this.errorFor(field) ?? typedWrong ?? this.rules.messageFor(field);
  }
}
