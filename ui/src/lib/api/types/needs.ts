// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LanguageChoice, PaperSize } from "./chapter";
import type { AssessmentId, PersonId, ProjectId, ResponseId } from "./ids";
import type { PersonSummary } from "./people";

export type AreaKind = "neighbourhoods" | "zip_codes" | "turfs";

export type Method = "door_to_door" | "tabling" | "listening_session" | "community_meeting";

export type AssessmentInput = { name: string, area_kind: AreaKind, 
/**
 * The neighbourhoods, ZIP codes or turfs covered.
 */
areas: Array<string>, starts_on: string | null, ends_on: string | null, methods: Array<Method>, 
/**
 * Language codes the survey runs in; English and Spanish come translated.
 */
languages: Array<string>, };

export type Assessment = { id: AssessmentId, name: string, 
/**
 * Printed before every form number: "K7QF-0042".
 */
code: string, area_kind: AreaKind, areas: Array<string>, starts_on: string | null, ends_on: string | null, methods: Array<Method>, languages: Array<string>, 
/**
 * Numbered forms printed so far (1 to this).
 */
forms_printed: number, 
/**
 * Forms entered so far.
 */
responses: number, is_sample: boolean, };

export type QuestionKind = "scale" | "single" | "multiple" | "yes_no" | "text" | "top_three" | "number";

export type Choice = { key: string, text: { [key in string]: string }, };

export type Question = { key: string, kind: QuestionKind, text: { [key in string]: string }, choices?: Array<Choice>, };

export type Domain = { key: string, title: { [key in string]: string }, questions: Array<Question>, };

export type Survey = { 
/**
 * Language codes, in the order forms print them.
 */
languages: Array<string>, title: { [key in string]: string }, intro: { [key in string]: string }, 
/**
 * Read before any contact details are written down.
 */
consent: { [key in string]: string }, domains: Array<Domain>, 
/**
 * About the household: top three needs, size, language, coming to a meeting, anything else.
 */
about: Array<Question>, };

export type Untranslated = { lang: string, 
/**
 * Where: "title", "housing: title", "housing_problems: repairs_not_done".
 */
missing: Array<string>, };

export type AssessmentDetail = { assessment: Assessment, survey: Survey, 
/**
 * What is still untranslated, language by language.
 */
untranslated: Array<Untranslated>, };

export type NeedsFormsRequest = { assessment: AssessmentId, count: number, 
/**
 * One or two survey language codes; empty: the chapter's print languages.
 */
languages: Array<string>, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type PrintedForms = { path: string, pages: number, 
/**
 * "K7QF-0051" and "K7QF-0100": the numbers of the batch.
 */
first: string, last: string, };

export type FormPagesRequest = { 
/**
 * The survey as it stands in the editor, saved or not.
 */
survey: Survey, 
/**
 * One or two survey language codes; empty: the chapter's print languages.
 */
languages: Array<string>, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type FormPages = { 
/**
 * How many pages one printed form takes.
 */
pages: number, 
/**
 * The languages and paper counted, the chapter's where the request left them out.
 */
languages: Array<string>, paper: PaperSize, };

export type NeedsReportRequest = { assessment: AssessmentId, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type AnswerValue = { "kind": "scale", "value": number } | { "kind": "choice", "value": string } | { "kind": "choices", "value": Array<string> } | { "kind": "yes_no", "value": boolean } | { "kind": "number", "value": number } | { "kind": "text", "value": string };

export type Answer = { question: string, value: AnswerValue, };

export type ResponseInput = { 
/**
 * The number on the form as typed: "K7QF-0042", "k7qf 42", or just "42".
 */
form: string, area: string | null, 
/**
 * The language the form was filled in.
 */
language: string | null, method: Method | null, 
/**
 * Only what was answered: a form can be partial.
 */
answers: Array<Answer>, consent: boolean, contact_name: string | null, contact_phone: string | null, contact_email: string | null, 
/**
 * Asked to be contacted (needs consent).
 */
wants_contact: boolean, entered_by: string, };

export type Entered = { id: ResponseId, 
/**
 * "K7QF-0042"
 */
form: string, 
/**
 * The person the respondent became (or was already), when they asked to be contacted.
 */
person: PersonId | null, };

export type EnteredForm = { id: ResponseId, 
/**
 * "K7QF-0042"
 */
form: string, area: string | null, language: string | null, 
/**
 * Questions answered on it.
 */
answers: number, person: PersonId | null, entered_by: string, entered_at: string, };

export type RespondentFollowUp = { response: ResponseId, form: string, person: PersonSummary, 
/**
 * Domain keys of their top three.
 */
needs: Array<string>, entered_at: string, };

export type NeedRank = { 
/**
 * 1 is the need most widely felt (ties broken by how deeply).
 */
rank: number, key: string, title: string, 
/**
 * Respondents who named this need.
 */
respondents: number, 
/**
 * `respondents` as a share of every response counted (0 to 1).
 */
share: number, 
/**
 * Respondents who answered its 1–5 scale.
 */
rated: number, mean_severity: number | null, 
/**
 * How many rated it 1, 2, 3, 4 and 5.
 */
distribution: [number, number, number, number, number], };

export type Ranking = { 
/**
 * Responses counted (the group's, for a breakdown).
 */
responses: number, needs: Array<NeedRank>, };

export type GroupRanking = { group: string, ranking: Ranking, };

export type NeedsRanking = { overall: Ranking, by_area: Array<GroupRanking>, by_language: Array<GroupRanking>, };

export type ServiceProgram = { id: string, name: string, description: string, 
/**
 * Survey domain keys of the needs it answers.
 */
needs: Array<string>, is_builtin: boolean, };

export type ProgramInput = { name: string, description: string, needs: Array<string>, };

export type Scores = { widely_felt: number | null, deeply_felt: number | null, winnable: number | null, builds_base: number | null, resources: number | null, partners: number | null, };

export type Candidate = { 
/**
 * 1 is the strongest entry point.
 */
rank: number, program: ServiceProgram, 
/**
 * What organizers scored.
 */
scores: Scores, 
/**
 * Widely and deeply felt as the answers suggest them.
 */
suggested: Scores, 
/**
 * The sum of the scores, taking the suggestion where a felt score was not given (6 to 30).
 */
total: number, 
/**
 * Criteria still without a score.
 */
unscored: number, notes: string | null, shortlisted: boolean, 
/**
 * The project made from it, if any.
 */
project_id: ProjectId | null, };

export type CandidateInput = { program_id: string, scores: Scores, notes: string | null, shortlisted: boolean, };
