// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { Message } from "./messages";

export type ErrorKind = "invalid_input" | "not_found" | "conflict" | "database" | "io" | "not_a_groundwork_database" | "newer_database" | "cancelled" | "print" | "internal";

export type Refusal = { field: Message, reason: Message, };

export type IpcError = { kind: ErrorKind, 
/**
 * A plain sentence for a person: what went wrong and what to do.
 */
message: string, details: string | null, 
/**
 * The key of the input the error is about, when it came from a form ("first_name",
 * "address.zip", "phones.1"): the window shows `reason` beside that field.
 */
field: string | null, 
/**
 * Why the input was refused, without the field's name (which its label already says).
 */
reason: string | null, 
/**
 * `message` as an id and values, which the window says in the screens' language.
 * (Boxed, as the refusal below: every command's `Result` is as large as its error.)
 */
said: Message, 
/**
 * A refused input's field in words and the reason, apart, in the same way.
 */
refused: Refusal | null, };
