// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { BackupEntry } from "./backup";
import type { ErrorKind } from "./errors";
import type { Message } from "./messages";

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

export type Role = "chapter" | "national";

export type ChapterStatus = { 
/**
 * `null` until the welcome screen has named the chapter.
 */
settings: ChapterSettings | null, database_path: string, 
/**
 * True while the app shows the sample chapter (or the sample committee).
 */
is_sample: boolean, 
/**
 * A chapter's database, or a national committee's (which holds grant rounds).
 */
role: Role, };

export type MenuLabels = { chapter: string, settings: string, backup: string, restore: string, quit: string, };

export type StartProblem = { kind: ErrorKind, 
/**
 * What happened, in a sentence (English).
 */
message: string, 
/**
 * The same, by message id, for the window to say in the screens' language.
 */
said: Message, 
/**
 * The file that would not open (empty when no place for it could be found).
 */
database_path: string, 
/**
 * The newest backup that can be put in its place, if there is one.
 */
latest_backup: BackupEntry | null, };
