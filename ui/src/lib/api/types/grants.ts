// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { Lang, LanguageChoice, PaperSize } from "./chapter";
import type { ApplicationId, BudgetLineId, MilestoneId, OrganizationId, PersonId, ProjectId, ReportId } from "./ids";
import type { Message } from "./messages";
import type { OrgKind, Relationship } from "./orgs";

export type InitiativeInput = { 
/**
 * What it does, in the chapter's words.
 */
description: string | null, 
/**
 * Run with partner organizations rather than by the chapter alone.
 */
coalition: boolean, 
/**
 * Goals in numbers: people reached, one-on-ones held, new members, new leaders.
 */
goal_reached: number | null, goal_one_on_ones: number | null, goal_new_members: number | null, goal_new_leaders: number | null, 
/**
 * Who answers for it.
 */
responsible_id: PersonId | null, };

export type Partner = { id: OrganizationId, name: string, kind: OrgKind, relationship: Relationship, 
/**
 * Members tied to it, and the strongest of their ties (1 to 5), if any.
 */
members_tied: number, strongest_tie: number | null, };

export type NeedEvidence = { 
/**
 * The assessment's code for the need ("housing").
 */
key: string, 
/**
 * Its title in each language, English first.
 */
titles: Array<[Lang, string]>, 
/**
 * 1 is the need most widely felt.
 */
rank: number, 
/**
 * How many needs were ranked.
 */
needs_ranked: number, 
/**
 * Residents who named it, of the responses counted.
 */
respondents: number, responses: number, 
/**
 * The assessment's name ("Eastside 2026").
 */
assessment: string, };

export type Initiative = { project_id: ProjectId, title: string, fields: InitiativeInput, 
/**
 * The partner organizations it is run with (saved on their own, see [`super::partners`]).
 */
partners: Array<Partner>, };

export type ApplicationInput = { 
/**
 * The amount asked, in cents.
 */
amount_cents: number, 
/**
 * The initiative's first and last days.
 */
starts_on: string, ends_on: string, 
/**
 * How the initiative builds a base among poor and working people.
 */
base_building: string | null, 
/**
 * How the work goes on after the grant.
 */
sustaining: string | null, };

export type BudgetLineInput = { item: string, quantity: number, unit_cost_cents: number, };

export type BudgetLine = { id: BudgetLineId, fields: BudgetLineInput, 
/**
 * Quantity times unit cost.
 */
total_cents: number, };

export type MilestoneInput = { due_on: string, what: string, };

export type Milestone = { id: MilestoneId, fields: MilestoneInput, };

export type ApplicationStatus = "draft" | "submitted" | "awarded" | "declined";

export type Missing = { key: string, what: Message, };

export type Application = { id: ApplicationId, project_id: ProjectId, 
/**
 * The initiative's name (its project's).
 */
project_title: string, fields: ApplicationInput, budget: Array<BudgetLine>, budget_total_cents: number, milestones: Array<Milestone>, status: ApplicationStatus, 
/**
 * What national awarded, once the chapter has written its decision down.
 */
awarded_cents: number | null, 
/**
 * What it still needs before it can be sent; empty when it is complete.
 */
missing: Array<Missing>, is_sample: boolean, created_at: string, updated_at: string, };

export type GrantApplicationRequest = { application: ApplicationId, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type SentFile = { path: string, fingerprint: string, application: Application, };

export type ReportKind = "midpoint" | "final";

export type ReportInput = { reached: number | null, one_on_ones: number | null, new_members: number | null, new_leaders: number | null, 
/**
 * Sign-ins at the chapter's meetings in the report's months.
 */
sign_ins: number | null, spent_cents: number | null, story: string | null, challenges: string | null, };

export type Report = { id: ReportId, application_id: ApplicationId, kind: ReportKind, period_from: string, period_to: string, fields: ReportInput, 
/**
 * When its file was last made.
 */
sent_at: string | null, };

export type SentReport = { application_id: ApplicationId, kind: ReportKind, period_from: string, period_to: string, fields: ReportInput, 
/**
 * Names the content: the same words and figures give the same revision.
 */
revision: string, sent_at: string, };

export type GrantReportRequest = { report: ReportId, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };
