// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LanguageChoice, PaperSize } from "./chapter";

export type PrintedFile = { path: string, pages: number, };

export type SignInRequest = { 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, 
/**
 * `null`: fill one page.
 */
rows: number | null, meeting_title: string | null, };
