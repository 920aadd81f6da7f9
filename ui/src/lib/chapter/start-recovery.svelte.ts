import type * as chapterClient from "../api/client/chapter";
import { toAppError, type AppError } from "../api/errors";
import type { ChapterStatus, Progress, StartProblem } from "../api/types";
import { t } from "../i18n/locale.svelte";
import type { LongJobPorts } from "../jobs/long-job.svelte";

export type RecoveryPorts = Pick<typeof chapterClient, "restoreLatestBackup" | "openChapterFile"> &
  Pick<LongJobPorts, "newJobId">;

/**
 * The way out when the chapter database would not open at start: put the newest backup in its
 * place, or open another chapter file. One at a time; a failure is kept to show, and the
 * problem stays until one of them works.
 */
export class StartRecovery {
  busy = $state<"restoring" | "opening" | null>(null);
  progress = $state<Progress | null>(null);
  error = $state<AppError | null>(null);
  readonly #ports: RecoveryPorts;
  readonly #recovered: (status: ChapterStatus) => void;

  constructor(ports: RecoveryPorts, recovered: (status: ChapterStatus) => void) {
    this.#ports = ports;
    this.#recovered = recovered;
  }

  /** "Restored 3 of 12 pages" while a backup is copied in. */
  get progressText(): string | null {
    const p = this.progress;
    if (this.busy !== "restoring") return null;
    if (p === null || p.total === 0) return t("restoring-backup");
    return t("restoring-backup-progress", { done: p.done, total: p.total, unit: p.message });
  }

  restoreLatest(problem: StartProblem): Promise<boolean> {
    if (problem.latest_backup === null) return Promise.resolve(false);
    return this.#attempt("restoring", () =>
      this.#ports.restoreLatestBackup(this.#ports.newJobId(), (p) => {
        this.progress = p;
      }),
    );
  }

  openAnother(): Promise<boolean> {
    return this.#attempt("opening", () => this.#ports.openChapterFile());
  }

  async #attempt(what: "restoring" | "opening", work: () => Promise<ChapterStatus | null>): Promise<boolean> {
    if (this.busy !== null) return false;
    this.busy = what;
    this.error = null;
    this.progress = null;
    try {
      const status = await work();
      if (status === null) return false;
      this.#recovered(status);
      return true;
    } catch (reason) {
      this.error = toAppError(reason);
      return false;
    } finally {
      this.busy = null;
    }
  }
}
