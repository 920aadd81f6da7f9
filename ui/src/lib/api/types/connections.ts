// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LanguageChoice, PaperSize } from "./chapter";
import type { ConnectionsId, ConnectionsResponseId, OrganizationId, PersonId } from "./ids";
import type { Answer, Question } from "./needs";
import type { OrgKind, RankedOrg, TieRole } from "./orgs";

export type ConnectionsSurvey = { 
/**
 * Language codes, in the order forms print them.
 */
languages: Array<string>, title: { [key in string]: string }, intro: { [key in string]: string }, 
/**
 * Above the lines for organizations: what to write and how to mark it.
 */
ties_prompt: { [key in string]: string }, 
/**
 * Lines for organizations on a printed form (1 to [`MOST_ROWS`]).
 */
rows: number, 
/**
 * The chapter's own questions, after the organizations.
 */
questions: Array<Question>, };

export type ConnectionsAssessment = { id: ConnectionsId, 
/**
 * Printed before each serial: "K7QF-0042".
 */
code: string, survey: ConnectionsSurvey, forms_printed: number, 
/**
 * Forms entered, on paper and on the laptop.
 */
responses: number, 
/**
 * Members who have answered (each counted once however many forms they filled).
 */
members_answered: number, is_sample: boolean, };

export type ConnectionsFormsRequest = { count: number, 
/**
 * One or two survey language codes; empty: the chapter's print languages.
 */
languages: Array<string>, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type StartingPointsRequest = { 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type TieAnswer = { organization_id: OrganizationId, role: TieRole, strength: number, would_introduce: boolean, title: string | null, };

export type ConnectionsResponseInput = { 
/**
 * The number on the paper form as typed ("K7QF-0042", "42"); `None` when filled in on
 * the laptop.
 */
form: string | null, person_id: PersonId, 
/**
 * The language the form was filled in.
 */
language: string | null, workplace: string | null, industry: string | null, 
/**
 * Their union and local, as written.
 */
union_name: string | null, ties: Array<TieAnswer>, 
/**
 * Answers to the survey's own questions; only what was answered.
 */
answers: Array<Answer>, entered_by: string, };

export type EnteredConnections = { id: ConnectionsResponseId, 
/**
 * "K7QF-0042"; `None` for a form filled in on the laptop.
 */
form: string | null, person_id: PersonId, person_name: string, ties: number, entered_by: string, 
/**
 * When, in UTC.
 */
entered_at: string, };

export type StartingOrg = { org: RankedOrg, 
/**
 * Who would introduce the chapter there, strongest tie first.
 */
introducers: Array<string>, };

export type Bridge = { person_id: PersonId, name: string, strength: number, 
/**
 * The organizations, strongest tie first.
 */
organizations: Array<string>, };

export type Gap = { area: string | null, kinds: Array<OrgKind>, };

export type KindTies = { kind: OrgKind, ties: number, members: number, };

export type StartingPoints = { 
/**
 * Members with at least one tie.
 */
people_tied: number, ties: number, organizations_tied: number, top: Array<StartingOrg>, bridges: Array<Bridge>, gaps: Array<Gap>, 
/**
 * Ties by kind of organization, the most first: the chart for a slide.
 */
by_kind: Array<KindTies>, };
