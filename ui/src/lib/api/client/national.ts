// Small grants, the national committee's side: rounds, the application files chapters send,
// reviewers and the rubric, reviews, decisions, payments, and the committee's paper.
import type { ApplicationId, ReviewerId, RoundId } from "../types/ids";
import type {
  Criterion,
  CriterionInput,
  Decision,
  DecisionLetterRequest,
  ImportedFile,
  ImportedReport,
  Ledger,
  PrintedFile,
  Received,
  ReportDue,
  ReviewSheet,
  Reviewer,
  Round,
  RoundInput,
  RoundSummaryRequest,
  RoundView,
  ScoreInput,
} from "../types";
import { t } from "../../i18n/locale.svelte";
import { call } from "./call";

/** Every round, the latest deadline first. */
export function listRounds(): Promise<Round[]> {
  return call("list_rounds", {});
}

export function createRound(input: RoundInput): Promise<Round> {
  return call("create_round", { input });
}

/** A round with its ledger, its applications and its rubric. */
export function getRound(id: RoundId): Promise<RoundView> {
  return call("get_round", { id });
}

/** Asks for a file a chapter sent and imports it into the round; null when the dialog was closed. */
export function importApplicationFile(round: RoundId): Promise<ImportedFile | null> {
  return call("import_application_file", {
    round,
    title: t("national-import-dialog-title"),
    filter: t("national-import-dialog-files"),
  });
}

/** Saves the round's rubric whole, in order. */
export function saveRubric(round: RoundId, criteria: CriterionInput[]): Promise<Criterion[]> {
  return call("save_rubric", { round, criteria });
}

export function listReviewers(): Promise<Reviewer[]> {
  return call("list_reviewers", {});
}

export function addReviewer(name: string): Promise<Reviewer> {
  return call("add_reviewer", { name });
}

/** The reviews as `viewer` sees them (null: the committee as a whole). */
export function reviewSheet(application: ApplicationId, viewer: ReviewerId | null): Promise<ReviewSheet> {
  return call("review_sheet", { application, viewer });
}

/** A reviewer's scores on every criterion, with notes. */
export function saveReview(
  application: ApplicationId,
  reviewer: ReviewerId,
  scores: ScoreInput[],
  notes: string | null,
): Promise<ReviewSheet> {
  return call("save_review", { application, reviewer, scores, notes });
}

/** A reviewer declares a conflict of interest: no scoring it, no sight of the others' scores. */
export function declareConflict(application: ApplicationId, reviewer: ReviewerId, reason: string | null): Promise<null> {
  return call("declare_conflict", { application, reviewer, reason });
}

/** Award (the amount asked or less) or decline with reasons; an over-commit is refused. */
export function decideApplication(application: ApplicationId, decision: Decision): Promise<Received> {
  return call("decide_application", { application, decision });
}

/** Puts the chapter that sent the application in a region (null or blank: in none). */
export function setChapterRegion(application: ApplicationId, region: string | null): Promise<Received> {
  return call("set_chapter_region", { application, region });
}

/** The regions the committee has named so far. */
export function knownRegions(): Promise<string[]> {
  return call("known_regions", {});
}

/** A payment on an award; answers the round's ledger. */
export function recordPayment(
  application: ApplicationId,
  amountCents: number,
  paidOn: string,
  note: string | null,
): Promise<Ledger> {
  return call("record_payment", { application, amountCents, paidOn, note });
}

/** The committee's letter to the chapter, in the chapter's language unless asked otherwise. */
export function printDecisionLetter(request: DecisionLetterRequest): Promise<PrintedFile> {
  return call("print_decision_letter", { request });
}

/** The round's summary on paper. */
export function printRoundSummary(request: RoundSummaryRequest): Promise<PrintedFile> {
  return call("print_round_summary", { request });
}

/** Asks for a progress report file a chapter sent and imports it; null when the dialog was closed. */
export function importReportFile(): Promise<ImportedReport | null> {
  return call("import_report_file", {
    title: t("national-report-dialog-title"),
    filter: t("national-report-dialog-files"),
  });
}

/** The reports due on a round's awards, with who is overdue today. */
export function reportsDue(round: RoundId): Promise<ReportDue[]> {
  return call("reports_due", { round });
}
