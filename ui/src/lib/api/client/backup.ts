// Backups: made and restored by hand, and the automatic daily ones.
import type { BackupEntry, ChapterStatus, Message, Progress } from "../types";
import { call, progressChannel } from "./call";

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

/** The automatic rolling daily backups. */
export function listBackups(): Promise<BackupEntry[]> {
  return call("list_backups");
}

export function suggestedBackupPath(): Promise<string> {
  return call("suggested_backup_path");
}

/** What went wrong with today's automatic backup; null when nothing did (or not yet). */
export function dailyBackupProblem(): Promise<Message | null> {
  return call("daily_backup_problem");
}
