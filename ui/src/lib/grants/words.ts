// The words of the Grants area that are put together from parts: a status, how long an
// initiative runs, whether the budget adds up, and the backend's messages as sentences.
import type { ApplicationStatus, Message, NeedEvidence } from "../api/types";
import { locale, say, t } from "../i18n/locale.svelte";
import { formatDollars } from "./money";
import type { Span } from "./span";

export function statusLabel(status: ApplicationStatus): string {
  switch (status) {
    case "draft":
      return t("grants-status-draft");
    case "submitted":
      return t("grants-status-submitted");
    case "awarded":
      return t("grants-status-awarded");
    case "declined":
      return t("grants-status-declined");
  }
}

/** "4 months", "3 months and 12 days", "20 days". */
export function spanText({ months, days }: Span): string {
  if (days === 0) return t("grants-span-months", { months });
  if (months === 0) return t("grants-span-days", { days });
  return t("grants-span-months-days", { months, days });
}

/** "$800.00, 4 months": what the application asks as typed; null while neither can be read. */
export function summaryText(cents: number | null, span: Span | null): string | null {
  if (cents !== null && span !== null) {
    return t("grants-summary", { amount: formatDollars(cents), span: spanText(span) });
  }
  if (cents !== null) return formatDollars(cents);
  return span === null ? null : spanText(span);
}

/**
 * Whether the budget adds up to the amount asked, the rule national checks first: "The budget
 * adds up to $800.00, the amount asked", or both sums when they differ.
 */
export function budgetWording(totalCents: number, amountCents: number | null): string {
  const total = formatDollars(totalCents);
  if (amountCents === null) return t("grants-budget-adds-up", { total });
  if (amountCents === totalCents) return t("grants-budget-matches", { total });
  return t("grants-budget-differs", { total, amount: formatDollars(amountCents) });
}

/** What the backend said, as a sentence of its own ("Say what the initiative does."). */
export function sentence(message: Message): string {
  const text = say(message).trim();
  if (text === "") return text;
  const capital = text[0].toUpperCase() + text.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** A need the initiative answers, as the chapter's assessment found it, in the screens' language. */
export function evidenceText(need: NeedEvidence): string {
  const lang = locale.code;
  const title = need.titles.find(([l]) => l === lang)?.[1] ?? need.titles[0]?.[1] ?? need.key;
  const percent = need.responses === 0 ? 0 : Math.round((100 * need.respondents) / need.responses);
  return t("grants-evidence-need", {
    title,
    respondents: need.respondents,
    responses: need.responses,
    percent,
    rank: need.rank,
    needs: need.needs_ranked,
    assessment: need.assessment,
  });
}
