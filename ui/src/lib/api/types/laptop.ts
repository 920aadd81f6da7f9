// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { ConnectionsSurvey } from "./connections";
import type { OrganizationId } from "./ids";
import type { Answer } from "./needs";
import type { TieRole } from "./orgs";

export type LockStatus = { 
/**
 * The chapter has chosen its passphrase (the first lock chooses it).
 */
has_passphrase: boolean, locked: boolean, 
/**
 * The organizer who put the lock on; forms filled in are entered under this name.
 */
locked_by: string | null, 
/**
 * When, in UTC.
 */
locked_at: string | null, };

export type LaptopStatus = { lock: LockStatus, chapter_name: string, 
/**
 * The survey while the laptop goes round: its questions in the languages it has.
 */
survey: ConnectionsSurvey, 
/**
 * The member at the keyboard, by the name they go by, once they have said who they are.
 */
at_keyboard: string | null, };

export type OrgSuggestion = { id: OrganizationId, name: string, };

export type OrgNamed = { "kind": "known", id: OrganizationId, } | { "kind": "new", name: string, };

export type LaptopTie = { organization: OrgNamed, role: TieRole, strength: number, would_introduce: boolean, title: string | null, };

export type LaptopForm = { 
/**
 * The language the member chose for the form.
 */
language: string | null, workplace: string | null, industry: string | null, union_name: string | null, ties: Array<LaptopTie>, answers: Array<Answer>, };
