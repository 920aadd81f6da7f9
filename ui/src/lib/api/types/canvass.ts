// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LanguageChoice, PaperSize } from "./chapter";
import type { AssessmentId, CanvassId, DoorId, PersonId, ResidentId, TurfId } from "./ids";
import type { Message } from "./messages";

export type Canvass = { id: CanvassId, fields: CanvassInput, turfs: number, doors: number, is_sample: boolean, };

export type CanvassInput = { name: string, held_on: string, 
/**
 * The short script printed at the top of each walk sheet.
 */
script: string | null, 
/**
 * What to bring to the doors.
 */
literature: string | null, 
/**
 * The needs assessment whose survey is asked at the doors, if any.
 */
assessment: AssessmentId | null, };

export type CutInput = { doors_per_turf: number, 
/**
 * Only doors in this ZIP code.
 */
zip: string | null, 
/**
 * Only doors on this street (as typed: "Larch Ct" finds "LARCH COURT").
 */
street: string | null, 
/**
 * Only these doors, picked one by one (with the ZIP and street, when given, as well).
 */
doors: Array<DoorId>, };

export type Turf = { id: TurfId, 
/**
 * From 1, in the canvass.
 */
position: number, name: string, doors: number, canvassers: string | null, shift: string | null, };

export type DoorResult = "not_home" | "talked" | "refused" | "moved" | "come_back" | "inaccessible";

export type CanvassDoor = { door: DoorId, turf_id: TurfId, 
/**
 * The turf's name, as the sheet prints it.
 */
turf: string, 
/**
 * Its place in the turf's walk, from 1.
 */
order: number, 
/**
 * As it prints: "183 Larch Ct Unit 2".
 */
address: string, result: DoorResult | null, resident: ResidentId | null, notes: string | null, 
/**
 * "Wants to get involved" ticked on the sheet.
 */
wants_involved: boolean, 
/**
 * The needs named at the door (the survey's choice keys), when the canvass carries one.
 */
needs: Array<string>, };

export type ResultInput = { result: DoorResult, 
/**
 * Who answered, when the sheet names them.
 */
resident: ResidentId | null, notes: string | null, 
/**
 * "Wants to get involved" ticked on the sheet: the door goes on the list to go back to.
 */
wants_involved: boolean, 
/**
 * The needs named at the door, by the survey's choice keys (three at most); only when
 * the canvass carries a survey and someone talked.
 */
needs: Array<string>, };

export type Resident = { id: ResidentId, name: string, person_id: PersonId | null, language: string | null, 
/**
 * One of the chapter's members (in good standing or not lapsed).
 */
member: boolean, 
/**
 * The last time the chapter talked with them (a one-on-one), "YYYY-MM-DD".
 */
last_contact: string | null, 
/**
 * They asked not to be called, texted or emailed: nobody knocks for them.
 */
do_not_contact: boolean, };

export type WalkDoor = { door: CanvassDoor, residents: Array<Resident>, };

export type Tally = { doors: number, 
/**
 * Doors with a result entered.
 */
knocked: number, 
/**
 * Doors where someone talked with us.
 */
conversations: number, 
/**
 * Each result and how many doors had it, in the order of [`DoorResult::ALL`].
 */
results: Array<[DoorResult, number]>, 
/**
 * Conversations of doors knocked, in whole percent; `null` before any door is knocked.
 */
contact_rate: number | null, };

export type TurfTally = { turf_id: TurfId, position: number, name: string, tally: Tally, };

export type CanvassSummary = { turfs: Array<TurfTally>, all: Tally, 
/**
 * People the chapter did not know before, met at the doors of this canvass.
 */
new_contacts: number, 
/**
 * Doors where someone wants to get involved.
 */
wants_involved: number, 
/**
 * Doors whose answers became needs-assessment forms.
 */
forms: number, 
/**
 * Each need named at the doors (the survey's choice key) and how many doors named it,
 * most first.
 */
needs: Array<[string, number]>, };

export type ChapterDoor = { id: DoorId, 
/**
 * As it prints: "183 Larch Ct Unit 2".
 */
address: string, zip: string, 
/**
 * The names known behind the door, in the order they were added.
 */
residents: Array<string>, };

export type TypedDoor = { 
/**
 * "183 Larch Ct Apt 2", as it would be written on an envelope.
 */
address: string, 
/**
 * Five digits.
 */
zip: string, 
/**
 * Names of the people known to live there, one each; may be empty.
 */
residents: Array<string>, };

export type DoorAdded = { door: DoorId, 
/**
 * As it prints: "183 Larch Ct Apt 2".
 */
address: string, 
/**
 * False: the chapter had this door already (spelled some way), and only names were added.
 */
new: boolean, residents_added: number, };

export type FoundDoors = { 
/**
 * The first `limit` doors found, in walking order.
 */
doors: Array<ChapterDoor>, 
/**
 * How many doors the words find in all.
 */
total: number, };

export type NumberedNeed = { 
/**
 * From 1, in the survey's order.
 */
number: number, 
/**
 * The survey's choice key ("housing").
 */
key: string, text: { [key in string]: string }, };

export type DoorQuestions = { assessment: AssessmentId, 
/**
 * The assessment's name, as the canvass shows it.
 */
name: string, 
/**
 * The "top three" question in each language.
 */
question: { [key in string]: string }, needs: Array<NumberedNeed>, 
/**
 * Whether the survey asks "would you come to a meeting" (ticked as "wants to get involved").
 */
asks_to_meet: boolean, };

export type GoBack = { door: DoorId, 
/**
 * The sheet's number ("T3" prints from 3) and the door's place on it.
 */
sheet: number, order: number, address: string, come_back: boolean, wants_involved: boolean, 
/**
 * Who answered, when the sheet says, and the person they are.
 */
who: string | null, person: PersonId | null, notes: string | null, };

export type CanvassView = { canvass: Canvass, turfs: Array<Turf>, doors: Array<WalkDoor>, summary: CanvassSummary, 
/**
 * What is asked at the doors, when the canvass carries a needs survey.
 */
survey: DoorQuestions | null, 
/**
 * Doors to go back to: "come back", and someone wants to get involved.
 */
go_back: Array<GoBack>, };

export type DoorsImported = { 
/**
 * Doors new to the chapter.
 */
doors: number, 
/**
 * Doors the list named that the chapter had already.
 */
doors_known: number, 
/**
 * Doors with people behind them in the list: its households.
 */
households: number, 
/**
 * People new to their door.
 */
residents: number, 
/**
 * Rows left out, each with where it is and why.
 */
left_out: Array<Message>, };

export type DoorsFromPeople = { doors: number, residents: number, };

export type DoorContact = { canvass: string, held_on: string, address: string, result: DoorResult, notes: string | null, };

export type WalkSheetsRequest = { canvass: CanvassId, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };
