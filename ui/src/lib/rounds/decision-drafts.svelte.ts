// What the committee does with an application once reviewed: award it (the amount asked, or
// less) or decline it with reasons; and, for an award, each payment made on it.
import type { Decision, Received } from "../api/types";
import { isPlainDate } from "../format/date";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { centsOf, typedDollars } from "../grants/money";
import { t } from "../i18n/locale.svelte";

export type DecisionValues = { kind: Decision["kind"]; amount: string; reason: string };

/**
 * What to fix, keyed as the backend keys its refusals ("award", "reason"). A decline's reason
 * goes into the letter to the chapter, so it is asked for; an award's is up to the committee.
 */
export function validateDecision(values: DecisionValues): FieldErrors {
  if (values.kind === "decline") {
    return values.reason.trim() === "" ? { reason: t("rounds-decline-reason-missing") } : {};
  }
  const cents = centsOf(values.amount);
  return cents === null || cents === 0 ? { award: t("rounds-award-not-dollars") } : {};
}

/**
 * The decision form: an application not yet decided starts as an award of the amount asked;
 * a decided one starts as decided, so changing it is a matter of changing what differs.
 */
export class DecisionDraft extends Draft<DecisionValues> {
  /** Set on the fresh form a decision leaves, so the page says "Saved" until the next change. */
  justSaved = $state(false);

  constructor(received: Received) {
    const asked = received.sent.content.application.amount_cents;
    super(
      {
        kind: received.status === "declined" ? "decline" : "award",
        amount: typedDollars(received.awarded_cents ?? asked),
        reason: received.decision_reason ?? "",
      },
      validateDecision,
      ["award", "reason"],
    );
  }

  submit(): Decision | null {
    if (!this.attempt()) return null;
    const reason = this.values.reason.trim();
    if (this.values.kind === "decline") return { kind: "decline", reason };
    return { kind: "award", cents: centsOf(this.values.amount) ?? 0, reason: reason === "" ? null : reason };
  }
}

export type PaymentValues = { amount: string; paidOn: string; note: string };

export type PaymentInput = { amountCents: number; paidOn: string; note: string | null };

export function validatePayment(values: PaymentValues): FieldErrors {
  const errors: Record<string, string> = {};
  const cents = centsOf(values.amount);
  if (cents === null || cents === 0) errors.amount_cents = t("rounds-payment-not-dollars");
  if (!isPlainDate(values.paidOn)) errors.paid_on = t("rounds-payment-day-missing");
  return errors;
}

/** A payment on an award: the amount (the award, unless typed otherwise), the day, a note. */
export class PaymentDraft extends Draft<PaymentValues> {
  readonly awardedCents: number;

  constructor(awardedCents: number, today: string) {
    super(
      { amount: typedDollars(awardedCents), paidOn: today, note: "" },
      validatePayment,
      ["amount_cents", "paid_on", "note"],
    );
    this.awardedCents = awardedCents;
  }

  submit(): PaymentInput | null {
    if (!this.attempt()) return null;
    const note = this.values.note.trim();
    return {
      amountCents: centsOf(this.values.amount) ?? 0,
      paidOn: this.values.paidOn,
      note: note === "" ? null : note,
    };
  }
}
