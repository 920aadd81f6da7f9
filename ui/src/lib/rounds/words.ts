// The words of the Rounds area put together from parts: where an application stands, what an
// import did, and scores.
import type { Imported, ReceivedStatus } from "../api/types";
import { formatFixed } from "../i18n/intl";
import { t } from "../i18n/locale.svelte";
import { formatDollars } from "../grants/money";

export function receivedStatusLabel(status: ReceivedStatus): string {
  switch (status) {
    case "received":
      return t("rounds-status-received");
    case "awarded":
      return t("rounds-status-awarded");
    case "declined":
      return t("rounds-status-declined");
  }
}

/** What an application file did to the round, naming the initiative and the chapter. */
export function importOutcomeText(outcome: Imported, title: string, chapter: string): string {
  switch (outcome) {
    case "new":
      return t("rounds-import-new", { title, chapter });
    case "already_imported":
      return t("rounds-import-already", { title, chapter });
    case "resubmitted":
      return t("rounds-import-resubmitted", { title, chapter });
  }
}

/** A weighted score or a mean, on the rubric's 1 to 5 scale: "3.4". */
export function scoreText(score: number): string {
  return formatFixed(score, 1);
}

/** "Awarded $800.00", "Declined", "Waiting for a decision". */
export function standingText(status: ReceivedStatus, awardedCents: number | null): string {
  if (status === "awarded" && awardedCents !== null) {
    return t("rounds-standing-awarded", { amount: formatDollars(awardedCents) });
  }
  return receivedStatusLabel(status);
}
