// The training toolkit: the library of modules, the chapter's own (copied, written, imported,
// shared as files), the markup's live preview, printing, sessions and who has learned what.
// Titles come in the screens' language where a module has it.
import type { MeetingId, ModuleId, PersonId } from "../types/ids";
import type {
  Block,
  CallSheetRequest,
  Feedback,
  ImportedModule,
  Lang,
  MeetingInput,
  Module,
  ModuleReach,
  ModuleSummary,
  ModuleText,
  PrintedFile,
  Session,
  Skill,
  TrainingRequest,
} from "../types";
import { t } from "../../i18n/locale.svelte";
import { call } from "./call";

/** Every module: the built-in ones in their order, then the chapter's own by title. */
export function listModules(lang: Lang): Promise<ModuleSummary[]> {
  return call("list_modules", { lang });
}

export function getModule(id: ModuleId): Promise<Module> {
  return call("get_module", { id });
}

/** A copy of a module as the chapter's own, to change; the original stays as it was. */
export function copyModule(id: ModuleId): Promise<Module> {
  return call("copy_module", { id });
}

/** A new module of the chapter's own, in one language, with its title and nothing written. */
export function newModule(lang: Lang, title: string): Promise<Module> {
  return call("new_module", { lang, title });
}

/** Saves the chapter's own module in one language (adding the language when it is new). */
export function saveModule(id: ModuleId, lang: Lang, text: ModuleText): Promise<Module> {
  return call("save_module", { id, lang, text });
}

/** Refused for a built-in, and for a module sessions were held on. */
export function deleteModule(id: ModuleId): Promise<null> {
  return call("delete_module", { id });
}

/** The markup read as the printed page reads it, for the editor's live preview. */
export function previewMarkup(text: string): Promise<Block[]> {
  return call("preview_markup", { text });
}

/** A part of a module (or the whole module as a packet, `part` null), into the print folder. */
export function printTraining(request: TrainingRequest): Promise<PrintedFile> {
  return call("print_training", { request });
}

/** Who still needs a module, on paper to call them from, into the print folder. */
export function printCallSheet(request: CallSheetRequest): Promise<PrintedFile> {
  return call("print_call_sheet", { request });
}

/** Asks for a module file or a handout in the markup and brings it in; null when cancelled. */
export function importModuleFile(lang: Lang): Promise<ImportedModule | null> {
  return call("import_module_file", {
    lang,
    title: t("training-import-dialog-title"),
    filter: t("training-import-dialog-filter"),
  });
}

/** Asks where to save the module for another chapter; the path, or null when cancelled. */
export function exportModuleFile(id: ModuleId, lang: Lang): Promise<string | null> {
  return call("export_module_file", {
    id,
    lang,
    title: t("training-export-dialog-title"),
    filter: t("training-export-dialog-filter"),
  });
}

/** Every session, or a module's, newest first. */
export function listSessions(module: ModuleId | null, lang: Lang): Promise<Session[]> {
  return call("list_sessions", { module, lang });
}

/** A session on a module: a meeting (with its sign-in sheet) and the session together. */
export function createSession(
  module: ModuleId,
  meeting: MeetingInput,
  trainers: string | null,
  lang: Lang,
): Promise<Session> {
  return call("create_session", { module, meeting, trainers, lang });
}

export function saveSessionFeedback(id: MeetingId, feedback: Feedback, lang: Lang): Promise<Session> {
  return call("save_session_feedback", { id, feedback, lang });
}

/** What someone has learned, in the order they learned it. */
export function personSkills(person: PersonId, lang: Lang): Promise<Skill[]> {
  return call("person_skills", { person, lang });
}

/** Who learned a module, and who still needs it. */
export function moduleReach(module: ModuleId): Promise<ModuleReach> {
  return call("module_reach", { module });
}
