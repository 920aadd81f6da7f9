// Membership lists in and out: a list file merged into the chapter, everyone written to a file.
import type { ExportedFile, ImportReport, PeopleFormat, Progress } from "../types";
import { t } from "../../i18n/locale.svelte";
import { call, progressChannel } from "./call";

/** What a file dialog says: its title and the name of the kind of file it shows. */
export type DialogWords = { title: string; filter: string };

/**
 * Asks for a list file with the system's dialog; null when it was closed. Its words are the
 * membership list's unless told (a list of organizations). The backend shows the dialog, so
 * the end-to-end tests can answer it (see src-tauri commands/files.rs).
 */
export function chooseListFile(words?: DialogWords): Promise<string | null> {
  return call("choose_list_file", {
    title: words?.title ?? t("people-import-dialog-title"),
    filter: words?.filter ?? t("people-import-dialog-files"),
  });
}

/**
 * Reads a membership list (CSV) and merges it into the chapter, reporting rows done. A broken
 * file is refused whole (kind "invalid_input", the message naming the line); cancelled, it
 * rejects with kind "cancelled". Either way nothing of it was imported.
 */
export function importPeople(
  path: string,
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<ImportReport> {
  return call("import_people", { path, jobId, onProgress: progressChannel(onProgress) });
}

/** Asks where to save, then writes everyone in `format` there; null when the dialog was closed. */
export function exportPeople(format: PeopleFormat): Promise<ExportedFile | null> {
  return call("export_people", {
    format,
    title: t("people-export-dialog-title"),
    filter:
      format === "json" ? t("people-export-dialog-files-json") : t("people-export-dialog-files-csv"),
  });
}
