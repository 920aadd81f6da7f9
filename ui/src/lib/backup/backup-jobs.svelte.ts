import { createContext } from "svelte";
import * as client from "../api/client";
import { toAppError, type AppError } from "../api/errors";
import type { BackupEntry, ChapterStatus, Progress } from "../api/types";
import { formatByteSize } from "../format/byte-size";
import { fileName } from "../format/file-name";
import { AutomaticBackups } from "./automatic-backups.svelte";
import { pickBackupDestination, pickBackupToRestore } from "./file-pickers";

export type JobKind = "backup" | "restore";

export type JobState =
  | { phase: "idle" }
  | {
      phase: "running";
      kind: JobKind;
      jobId: string;
      progress: Progress | null;
      cancelling: boolean;
      cancelError: AppError | null;
    }
  | { phase: "done"; kind: JobKind; summary: string }
  | { phase: "cancelled"; kind: JobKind }
  | { phase: "failed"; kind: JobKind; error: AppError };

/** A restore the organizer picked but has not confirmed yet. */
export type PendingRestore = { source: string; name: string };

/** What the controller needs from the outside world; tests hand in fakes. */
export type BackupPorts = {
  suggestedBackupPath: () => Promise<string>;
  backupTo: typeof client.backupTo;
  restoreFrom: typeof client.restoreFrom;
  cancelJob: (jobId: string) => Promise<void>;
  listBackups: () => Promise<BackupEntry[]>;
  pickBackupDestination: (defaultPath: string) => Promise<string | null>;
  pickBackupToRestore: () => Promise<string | null>;
  newJobId: () => string;
};

function newJobId(): string {
  // randomUUID needs a secure context; the fallback only has to be unique within this run.
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") {
    return crypto.randomUUID();
  }
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const realPorts: BackupPorts = {
  suggestedBackupPath: client.suggestedBackupPath,
  backupTo: client.backupTo,
  restoreFrom: client.restoreFrom,
  cancelJob: client.cancelJob,
  listBackups: client.listBackups,
  pickBackupDestination,
  pickBackupToRestore,
  newJobId,
};

/**
 * Backup and restore, one job at a time. It lives above the screens so a running job keeps
 * its progress bar while the organizer moves around the app.
 */
export class BackupJobs {
  state = $state<JobState>({ phase: "idle" });
  pendingRestore = $state<PendingRestore | null>(null);
  readonly automatic: AutomaticBackups;
  readonly #chapter: { replace(status: ChapterStatus): void };
  readonly #ports: BackupPorts;

  constructor(chapter: { replace(status: ChapterStatus): void }, ports: BackupPorts = realPorts) {
    this.#chapter = chapter;
    this.#ports = ports;
    this.automatic = new AutomaticBackups(ports.listBackups);
  }

  get busy(): boolean {
    return this.state.phase === "running";
  }

  /** Asks where to save, then copies the chapter there. */
  async backUp(): Promise<void> {
    if (this.busy) return;
    let dest: string | null;
    try {
      const suggested = await this.#ports.suggestedBackupPath();
      dest = await this.#ports.pickBackupDestination(suggested);
    } catch (reason) {
      this.state = { phase: "failed", kind: "backup", error: toAppError(reason) };
      return;
    }
    if (dest === null) return;
    const target = dest;
    await this.#run("backup", async (jobId, onProgress) => {
      const entry = await this.#ports.backupTo(target, jobId, onProgress);
      return `Backed up to ${entry.path} (${formatByteSize(entry.size_bytes)}).`;
    });
  }

  /** Asks for a backup file; the restore itself waits for confirmRestore(). */
  async chooseRestore(): Promise<void> {
    if (this.busy) return;
    let source: string | null;
    try {
      source = await this.#ports.pickBackupToRestore();
    } catch (reason) {
      this.state = { phase: "failed", kind: "restore", error: toAppError(reason) };
      return;
    }
    if (source !== null) this.pendingRestore = { source, name: fileName(source) };
  }

  askToRestore(entry: BackupEntry): void {
    if (this.busy) return;
    this.pendingRestore = { source: entry.path, name: entry.file_name };
  }

  dismissRestore(): void {
    this.pendingRestore = null;
  }

  async confirmRestore(): Promise<void> {
    const pending = this.pendingRestore;
    this.pendingRestore = null;
    if (pending === null || this.busy) return;
    await this.#run("restore", async (jobId, onProgress) => {
      const status = await this.#ports.restoreFrom(pending.source, jobId, onProgress);
      this.#chapter.replace(status);
      return `Restored from ${pending.name}. The data you had before was kept as a backup.`;
    });
    // A restore keeps a copy of what it replaced, so the list may have grown.
    if (this.state.phase === "done") await this.automatic.load();
  }

  async cancel(): Promise<void> {
    const running = this.state;
    if (running.phase !== "running" || running.cancelling) return;
    running.cancelling = true;
    running.cancelError = null;
    try {
      await this.#ports.cancelJob(running.jobId);
    } catch (reason) {
      // The job goes on; let the organizer see why and try again.
      if (this.#isRunning(running.jobId)) {
        running.cancelling = false;
        running.cancelError = toAppError(reason);
      }
    }
  }

  /** Clears a finished, cancelled or failed job's message. */
  dismiss(): void {
    if (!this.busy) this.state = { phase: "idle" };
  }

  #isRunning(jobId: string): boolean {
    return this.state.phase === "running" && this.state.jobId === jobId;
  }

  async #run(
    kind: JobKind,
    work: (jobId: string, onProgress: (progress: Progress) => void) => Promise<string>,
  ): Promise<void> {
    const jobId = this.#ports.newJobId();
    this.state = { phase: "running", kind, jobId, progress: null, cancelling: false, cancelError: null };
    const onProgress = (progress: Progress) => {
      if (this.state.phase === "running" && this.state.jobId === jobId) {
        this.state.progress = progress;
      }
    };
    try {
      const summary = await work(jobId, onProgress);
      this.state = { phase: "done", kind, summary };
    } catch (reason) {
      const error = toAppError(reason);
      this.state = error.isCancelled ? { phase: "cancelled", kind } : { phase: "failed", kind, error };
    }
  }
}

export const [getBackupJobs, setBackupJobs] = createContext<BackupJobs>();
