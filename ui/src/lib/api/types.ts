// PLACEHOLDER until generated from Rust by ts-rs (src-tauri test `ipc_types_are_current`).
// Names and shapes here are the contract; the generated file will replace this one.
export type PaperSize = "letter" | "a4";
export type Lang = "en" | "es";
/** Which language(s) a document prints in; "en+es" puts both on the same page. */
export type LanguageChoice = "en" | "es" | "en+es";
export type ChapterSettings = {
  name: string;
  paper_size: PaperSize;
  print_languages: Array<Lang>;
  /** IANA zone name, e.g. "America/Chicago" */
  time_zone: string;
};
export type ChapterStatus = {
  /** null until the welcome flow has named the chapter */
  settings: ChapterSettings | null;
  database_path: string;
  /** true when the app is showing the sample (demo) chapter */
  is_sample: boolean;
};
export type ErrorKind =
  | "invalid_input"
  | "not_found"
  | "database"
  | "io"
  | "not_a_groundwork_database"
  | "newer_database"
  | "cancelled"
  | "print"
  | "internal";
export type IpcError = { kind: ErrorKind; message: string; details: string | null };
export type Progress = { done: number; total: number; message: string };
export type BackupEntry = { path: string; file_name: string; created_at: string; size_bytes: number };
export type PrintedFile = { path: string; pages: number };
export type SignInRequest = {
  /** null: the chapter's first print language */
  lang: LanguageChoice | null;
  /** null: the chapter's paper size */
  paper: PaperSize | null;
  /** null: fill one page */
  rows: number | null;
  /** printed under the title, e.g. "General meeting, March 3" (optional) */
  meeting_title: string | null;
};
