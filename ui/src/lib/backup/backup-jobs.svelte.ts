import { createContext } from "svelte";
import * as backupClient from "../api/client/backup";
import * as jobsClient from "../api/client/jobs";
import type { BackupEntry, ChapterStatus } from "../api/types";
import { formatByteSize } from "../format/byte-size";
import { fileName } from "../format/file-name";
import { t } from "../i18n/locale.svelte";
import { LongJob, newJobId, type LongJobPorts, type LongJobState } from "../jobs/long-job.svelte";
import { AutomaticBackups } from "./automatic-backups.svelte";
import { pickBackupDestination, pickBackupToRestore } from "./file-pickers";

export type JobKind = "backup" | "restore";

/** When done, `result` is the sentence that says what happened. */
export type JobState = LongJobState<JobKind, string>;

/** A restore the organizer picked but has not confirmed yet. */
export type PendingRestore = { source: string; name: string };

/** What the controller needs from the outside world; tests hand in fakes. */
export type BackupPorts = LongJobPorts &
  Pick<typeof backupClient, "suggestedBackupPath" | "backupTo" | "restoreFrom" | "listBackups"> & {
    // The file dialogs are the dialog plugin's, shown from here rather than by a command.
    pickBackupDestination: (defaultPath: string) => Promise<string | null>;
    pickBackupToRestore: () => Promise<string | null>;
  };

const realPorts: BackupPorts = {
  suggestedBackupPath: backupClient.suggestedBackupPath,
  backupTo: backupClient.backupTo,
  restoreFrom: backupClient.restoreFrom,
  cancelJob: jobsClient.cancelJob,
  listBackups: backupClient.listBackups,
  pickBackupDestination,
  pickBackupToRestore,
  newJobId,
};

/**
 * Backup and restore, one job at a time. It lives above the screens so a running job keeps
 * its progress bar while the organizer moves around the app.
 */
export class BackupJobs {
  pendingRestore = $state<PendingRestore | null>(null);
  readonly automatic: AutomaticBackups;
  readonly #chapter: { replace(status: ChapterStatus): void };
  readonly #ports: BackupPorts;
  readonly #job: LongJob<JobKind, string>;

  constructor(chapter: { replace(status: ChapterStatus): void }, ports: BackupPorts = realPorts) {
    this.#chapter = chapter;
    this.#ports = ports;
    this.#job = new LongJob(ports);
    this.automatic = new AutomaticBackups(ports.listBackups);
  }

  get state(): JobState {
    return this.#job.state;
  }

  get busy(): boolean {
    return this.#job.busy;
  }

  /** Asks where to save, then copies the chapter there. */
  async backUp(): Promise<void> {
    if (this.busy) return;
    let dest: string | null;
    try {
      const suggested = await this.#ports.suggestedBackupPath();
      dest = await this.#ports.pickBackupDestination(suggested);
    } catch (reason) {
      this.#job.fail("backup", reason);
      return;
    }
    if (dest === null) return;
    const target = dest;
    await this.#job.run("backup", async (jobId, onProgress) => {
      const entry = await this.#ports.backupTo(target, jobId, onProgress);
      return t("backup-done", { path: entry.path, size: formatByteSize(entry.size_bytes) });
    });
  }

  /** Asks for a backup file; the restore itself waits for confirmRestore(). */
  async chooseRestore(): Promise<void> {
    if (this.busy) return;
    let source: string | null;
    try {
      source = await this.#ports.pickBackupToRestore();
    } catch (reason) {
      this.#job.fail("restore", reason);
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
    await this.#job.run("restore", async (jobId, onProgress) => {
      const status = await this.#ports.restoreFrom(pending.source, jobId, onProgress);
      this.#chapter.replace(status);
      return t("restore-done", { file: pending.name });
    });
    // A restore keeps a copy of what it replaced, so the list may have grown.
    if (this.state.phase === "done") await this.automatic.load();
  }

  cancel(): Promise<void> {
    return this.#job.cancel();
  }

  /** Clears a finished, cancelled or failed job's message. */
  dismiss(): void {
    this.#job.dismiss();
  }
}

export const [getBackupJobs, setBackupJobs] = createContext<BackupJobs>();
