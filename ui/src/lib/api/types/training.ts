// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { Lang, LanguageChoice, PaperSize } from "./chapter";
import type { MeetingId, ModuleId, PersonId } from "./ids";
import type { Meeting } from "./meetings";

export type Part = "agenda" | "handout" | "worksheet";

export type ModuleText = { title: string, 
/**
 * What the module is for, shown under its title in the library.
 */
summary: string, 
/**
 * The facilitator's guide, in the markup.
 */
agenda: string, handout: string, worksheet: string, };

export type LangText = { lang: Lang, text: ModuleText, };

export type Module = { id: ModuleId, 
/**
 * A built-in module's key ("one-on-ones"); `null` for the chapter's own.
 */
built_in: string | null, 
/**
 * What the chapter's own module was copied from: a built-in's key or a module's id.
 */
copied_from: string | null, 
/**
 * Its words, English first.
 */
texts: Array<LangText>, 
/**
 * Training sessions held on it.
 */
sessions: number, is_sample: boolean, };

export type ModuleSummary = { id: ModuleId, 
/**
 * In the first of the chapter's languages the module is written in.
 */
title: string, summary: string, languages: Array<Lang>, built_in: boolean, sessions: number, 
/**
 * People who came to a session on it.
 */
learned: number, };

export type Span = { 
/**
 * A "\n" in it is a line break the writer asked for.
 */
text: string, bold: boolean, italic: boolean, };

export type Item = { 
/**
 * `null`: no check box; `false`: an empty box to tick; `true`: a box printed ticked.
 */
check: boolean | null, blocks: Array<Block>, };

export type Block = { "kind": "heading", 
/**
 * 1 to 3; deeper headings read as 3.
 */
level: number, spans: Array<Span>, } | { "kind": "paragraph", spans: Array<Span>, } | { "kind": "list", ordered: boolean, 
/**
 * The first item's number in an ordered list.
 */
start: number, items: Array<Item>, } | { "kind": "table", header: Array<Array<Span>>, 
/**
 * A row whose cells are all empty is a row to write in.
 */
rows: Array<Array<Array<Span>>>, } | { "kind": "write_in", lines: Array<Array<Span>>, } | { "kind": "quote", blocks: Array<Block>, } | { "kind": "break" };

export type TrainingRequest = { module: ModuleId, 
/**
 * `null`: the whole module as a packet (guide, handout, worksheet).
 */
part: Part | null, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, 
/**
 * Half pages, two to a side of the sheet, to fold and staple into a booklet.
 */
booklet: boolean, };

export type CallSheetRequest = { module: ModuleId, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type ModuleImported = "new" | "already_imported";

export type ImportedModule = { id: ModuleId, outcome: ModuleImported, };

export type Session = { 
/**
 * The session's id is its meeting's.
 */
id: MeetingId, module_id: ModuleId, 
/**
 * In the first of the chapter's languages the module is written in.
 */
module_title: string, meeting: Meeting, trainers: string | null, worked: string | null, to_change: string | null, };

export type Feedback = { trainers: string | null, worked: string | null, to_change: string | null, };

export type Skill = { module: ModuleId, title: string, 
/**
 * The local day of the first session they came to on it, "YYYY-MM-DD".
 */
learned_on: string, sessions: number, };

export type Learner = { person_id: PersonId, name: string, learned_on: string, };

export type Invitee = { person_id: PersonId, name: string, 
/**
 * Their first phone number, as they gave it.
 */
phone: string | null, 
/**
 * Their ladder level's key.
 */
level: string, 
/**
 * They asked not to be called, but may be texted.
 */
text_only: boolean, };

export type Invitations = { invite: Array<Invitee>, left_out: number, };

export type ModuleReach = { learners: Array<Learner>, needs: Invitations, };
