// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LanguageChoice, PaperSize } from "./chapter";
import type { ConnectionsId, OrganizationId, PersonId, TieId } from "./ids";
import type { Question } from "./needs";
import type { OrgKind, Relationship } from "./orgs";

export type TieRole = "member" | "active" | "leader" | "staff";

export type TieInput = { person_id: PersonId, organization_id: OrganizationId, role: TieRole, 
/**
 * Their title there, as written ("pastor", "shop steward").
 */
title: string | null, 
/**
 * 1 (loose) to 5 (as close as it gets).
 */
strength: number, would_introduce: boolean, };

export type Tie = { id: TieId, person_id: PersonId, person_name: string, organization_id: OrganizationId, organization_name: string, organization_kind: OrgKind, role: TieRole, title: string | null, strength: number, would_introduce: boolean, 
/**
 * The day the tie was last told.
 */
noted_on: string, is_sample: boolean, };

export type RankedOrg = { id: OrganizationId, name: string, kind: OrgKind, relationship: Relationship, area: string | null, 
/**
 * People tied to it.
 */
members: number, 
/**
 * Their ties' strengths, summed.
 */
strength: number, 
/**
 * Of them, how many would introduce the chapter.
 */
would_introduce: number, 
/**
 * Leaders, officers and staff among them.
 */
leaders: number, 
/**
 * 1 is best; equal organizations share a rank (1, 2, 2, 4).
 */
rank: number, is_sample: boolean, };

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
