// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { Message } from "./messages";

export type PeopleFormat = "json" | "csv" | "action-network" | "spoke";

export type LeftOut = { 
/**
 * Reads after a count of people: "who asked not to be texted".
 */
why: Message, count: number, };

export type ExportedFile = { 
/**
 * The file written; empty when the people went to a stream (the CLI's standard output).
 */
path: string, 
/**
 * People written to the file.
 */
rows: number, left_out: Array<LeftOut>, };

export type ImportReport = { format: ListFormat, 
/**
 * How the file was read: "CSV", "Excel workbook, sheet \"Members\"", ...
 */
read_as: Message, rows: number, created: number, updated: number, unchanged: number, 
/**
 * Rows that were the same person as an earlier row of the file (same mobile number in a
 * Spoke list) and were folded into it.
 */
folded: number, 
/**
 * Rows left out, each with where it is and why: "line 7: '555-01' is not a mobile number".
 */
skipped: Array<Message>, 
/**
 * People whose membership lapsed since the last list.
 */
lapsed: Array<string>, 
/**
 * People who were lapsed and are members again.
 */
renewed: Array<string>, 
/**
 * Columns the file has that Groundwork does not read.
 */
unknown_columns: Array<string>, };

export type ListFormat = "national-list" | "action-network" | "spoke" | "van";
