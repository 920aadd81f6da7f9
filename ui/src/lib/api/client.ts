// The only module that talks to the Rust side. Components and state classes call these typed
// functions; none of them ever spells a command name.
import { Channel, invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { toAppError } from "./errors";
import type {
  BackupEntry,
  ChapterSettings,
  ChapterStatus,
  PrintedFile,
  Progress,
  SignInRequest,
} from "./types";

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}

function progressChannel(onProgress: (progress: Progress) => void): Channel<Progress> {
  const channel = new Channel<Progress>();
  // Set before the channel is sent: messages that arrive earlier are not replayed.
  channel.onmessage = onProgress;
  return channel;
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

export function leaveSample(): Promise<ChapterStatus> {
  return call("leave_sample");
}

export function timeZones(): Promise<string[]> {
  return call("time_zones");
}

/** Writes the sheet as a PDF into the print folder. */
export function printSignIn(request: SignInRequest): Promise<PrintedFile> {
  return call("print_sign_in", { request });
}

export function openInViewer(path: string): Promise<void> {
  return call("open_in_viewer", { path });
}

export function backupTo(
  dest: string,
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<BackupEntry> {
  return call("backup_to", { dest, jobId, onProgress: progressChannel(onProgress) });
}

export function restoreFrom(
  source: string,
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<ChapterStatus> {
  return call("restore_from", { source, jobId, onProgress: progressChannel(onProgress) });
}

/** The running job stops and rejects with kind "cancelled", leaving the data as it was. */
export function cancelJob(jobId: string): Promise<void> {
  return call("cancel_job", { jobId });
}

/** The automatic rolling daily backups. */
export function listBackups(): Promise<BackupEntry[]> {
  return call("list_backups");
}

export function suggestedBackupPath(): Promise<string> {
  return call("suggested_backup_path");
}
