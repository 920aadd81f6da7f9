// The chapter itself: whether its database opened, its settings, the sample chapter, and the
// app's log folder.
import type { ChapterSettings, ChapterStatus, Progress, StartProblem } from "../types";
import { t } from "../../i18n/locale.svelte";
import { call, progressChannel } from "./call";

/** Why the chapter database would not open when the app started; null when it opened. */
export function startProblem(): Promise<StartProblem | null> {
  return call("start_problem");
}

/** Puts the newest good backup in place of the database that would not open, and opens it. */
export function restoreLatestBackup(
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<ChapterStatus> {
  return call("restore_latest_backup", { jobId, onProgress: progressChannel(onProgress) });
}

/** Opens another chapter file chosen with the system's dialog; null when it was closed. */
export function openChapterFile(): Promise<ChapterStatus | null> {
  return call("open_chapter_file", {
    title: t("chapter-open-dialog-title"),
    filter: t("chapter-open-dialog-files"),
  });
}

/** The folder the app's log is written to. */
export function logFolder(): Promise<string> {
  return call("log_folder");
}

export function openLogFolder(): Promise<void> {
  return call("open_log_folder");
}

export function chapterStatus(): Promise<ChapterStatus> {
  return call("chapter_status");
}

export function saveSettings(settings: ChapterSettings): Promise<ChapterStatus> {
  return call("save_settings", { settings });
}

/** Switches the app to the sample chapter, which lives in its own database. */
export function openSample(): Promise<ChapterStatus> {
  return call("open_sample");
}

/** Names this database as a national committee's (rounds and the files chapters send). */
export function startCommittee(settings: ChapterSettings): Promise<ChapterStatus> {
  return call("start_committee", { settings });
}

/** The sample national committee: a round with applications at every stage. */
export function openNationalSample(): Promise<ChapterStatus> {
  return call("open_national_sample", {});
}

export function leaveSample(): Promise<ChapterStatus> {
  return call("leave_sample");
}

export function timeZones(): Promise<string[]> {
  return call("time_zones");
}
