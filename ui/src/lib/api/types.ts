// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types.rs). Do not edit:
// run `make types` after changing a type that crosses to the window.

export type PaperSize = "letter" | "a4";

export type Lang = "en" | "es";

export type LanguageChoice = "en" | "es" | "en+es";

export type ChapterSettings = { name: string, paper_size: PaperSize, 
/**
 * In the chapter's order of preference; never empty.
 */
print_languages: Array<Lang>, 
/**
 * An IANA zone name such as "America/Chicago".
 */
time_zone: string, };

export type ChapterStatus = { 
/**
 * `null` until the welcome screen has named the chapter.
 */
settings: ChapterSettings | null, database_path: string, 
/**
 * True while the app shows the sample chapter.
 */
is_sample: boolean, };

export type ErrorKind = "invalid_input" | "not_found" | "database" | "io" | "not_a_groundwork_database" | "newer_database" | "cancelled" | "print" | "internal";

export type IpcError = { kind: ErrorKind, 
/**
 * A plain sentence for a person: what went wrong and what to do.
 */
message: string, details: string | null, };

export type Progress = { done: number, total: number, 
/**
 * What the units are, for a person: "pages", "rows".
 */
message: string, };

export type BackupEntry = { path: string, file_name: string, 
/**
 * When the file was last written (UTC, RFC 3339).
 */
created_at: string, size_bytes: number, };

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
