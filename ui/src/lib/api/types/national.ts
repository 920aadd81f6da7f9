// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { Lang, LanguageChoice, PaperSize } from "./chapter";
import type { ApplicationInput, BudgetLineInput, MilestoneInput, NeedEvidence, ReportKind } from "./grants";
import type { ApplicationId, CriterionId, ProjectId, ReviewerId, RoundId } from "./ids";
import type { OrgKind, Relationship } from "./orgs";

export type SentChapter = { name: string, 
/**
 * In the chapter's order of preference: a decision letter goes in the first.
 */
languages: Array<Lang>, time_zone: string, };

export type SentPartner = { name: string, kind: OrgKind, relationship: Relationship, members_tied: number, };

export type SentInitiative = { 
/**
 * The chapter's project it is: the same application names the same project each time.
 */
project_id: ProjectId, title: string, description: string | null, coalition: boolean, goal_reached: number | null, goal_one_on_ones: number | null, goal_new_members: number | null, goal_new_leaders: number | null, 
/**
 * The name of the person who answers for it.
 */
responsible: string | null, 
/**
 * The needs it answers (the needs assessment's codes).
 */
needs: Array<string>, 
/**
 * The partner organizations it is run with, in coalition.
 */
partners: Array<SentPartner>, 
/**
 * What the chapter's needs assessment says of the needs it answers.
 */
evidence: Array<NeedEvidence>, };

export type SentContent = { chapter: SentChapter, initiative: SentInitiative, application: ApplicationInput, budget: Array<BudgetLineInput>, milestones: Array<MilestoneInput>, };

export type SentApplication = { application_id: ApplicationId, 
/**
 * Names the content: the same words and figures give the same revision.
 */
revision: string, sent_at: string, content: SentContent, };

export type ReceivedStatus = "received" | "awarded" | "declined";

export type Received = { id: ApplicationId, round_id: RoundId, chapter_name: string, 
/**
 * The sending chapter's key, as people compare it.
 */
fingerprint: string, 
/**
 * The region the committee put the chapter in, once it has.
 */
region: string | null, 
/**
 * The current revision, as sent.
 */
sent: SentApplication, 
/**
 * How many revisions were received, the current one among them.
 */
revisions: number, status: ReceivedStatus, awarded_cents: number | null, decision_reason: string | null, };

export type Imported = "new" | "already_imported" | "resubmitted";

export type ImportedFile = { id: ApplicationId, outcome: Imported, };

export type RoundInput = { name: string, budget_cents: number, opens_on: string | null, deadline: string, };

export type Round = { id: RoundId, fields: RoundInput, created_at: string, };

export type Ledger = { budget: number, committed: number, disbursed: number, 
/**
 * What is left to award: the budget less what is committed, never below zero.
 */
remaining: number, };

export type CriterionInput = { 
/**
 * `null` for a new criterion.
 */
id: CriterionId | null, name: string, weight: number, };

export type Criterion = { id: CriterionId, name: string, weight: number, };

export type RoundView = { round: Round, ledger: Ledger, applications: Array<Received>, rubric: Array<Criterion>, };

export type Reviewer = { id: ReviewerId, name: string, };

export type ScoreInput = { criterion: CriterionId, score: number, };

export type ReviewView = { reviewer: Reviewer, 
/**
 * In the rubric's order: the criterion and its score.
 */
scores: Array<[Criterion, number]>, 
/**
 * The scores weighted by the rubric, on the same 1 to 5 scale.
 */
weighted: number, notes: string | null, };

export type ReviewSheet = { application: ApplicationId, reviews: Array<ReviewView>, 
/**
 * The reviewers who declared a conflict of interest.
 */
recused: Array<Reviewer>, 
/**
 * The mean of the weighted scores, once anyone has scored.
 */
mean: number | null, };

export type Decision = { "kind": "award", cents: number, reason: string | null, } | { "kind": "decline", reason: string, };

export type DecisionLetterRequest = { application: ApplicationId, 
/**
 * `null`: the chapter's first language.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the committee's paper size.
 */
paper: PaperSize | null, };

export type RoundSummaryRequest = { round: RoundId, 
/**
 * `null`: the committee's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the committee's paper size.
 */
paper: PaperSize | null, };

export type ImportedReport = { application: ApplicationId, kind: ReportKind, outcome: Imported, };

export type ReportDue = { application: ApplicationId, chapter: string, initiative: string, kind: ReportKind, due_on: string, received: boolean, 
/**
 * Past its day and not received.
 */
overdue: boolean, };
