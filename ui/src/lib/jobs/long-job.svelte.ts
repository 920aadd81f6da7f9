import type * as jobsClient from "../api/client/jobs";
import { toAppError, type AppError } from "../api/errors";
import type { Progress } from "../api/types";

/**
 * One long job on the Rust side (a backup, a restore, an import): where it is, and how it
 * ended. `kind` says which of an owner's jobs it is; `result` is what the job answered.
 */
export type LongJobState<K extends string, R> =
  | { phase: "idle" }
  | {
      phase: "running";
      kind: K;
      jobId: string;
      /** null until the first message arrives */
      progress: Progress | null;
      cancelling: boolean;
      cancelError: AppError | null;
    }
  | { phase: "done"; kind: K; result: R }
  | { phase: "cancelled"; kind: K }
  | { phase: "failed"; kind: K; error: AppError };

/** Runs the job: the backend call, with the job's id and where to send progress. */
export type LongJobWork<R> = (jobId: string, onProgress: (progress: Progress) => void) => Promise<R>;

export type LongJobPorts = Pick<typeof jobsClient, "cancelJob"> & {
  newJobId: () => string;
};

export function newJobId(): string {
  // randomUUID needs a secure context; the fallback only has to be unique within this run.
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") {
    return crypto.randomUUID();
  }
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * A long job, one at a time: a fresh id, progress from the backend's channel, Cancel through
 * `cancel_job` (the backend then rejects with kind "cancelled"), and how it ended, kept until
 * dismissed. Owners keep one of these where the job must outlive a screen.
 */
export class LongJob<K extends string, R> {
  state = $state<LongJobState<K, R>>({ phase: "idle" });
  readonly #ports: LongJobPorts;

  constructor(ports: LongJobPorts) {
    this.#ports = ports;
  }

  get busy(): boolean {
    return this.state.phase === "running";
  }

  /**
   * Runs `work` unless a job is already running. Answers with what it answered, or null when
   * it was cancelled or failed (the state then says which).
   */
  async run(kind: K, work: LongJobWork<R>): Promise<R | null> {
    if (this.busy) return null;
    const jobId = this.#ports.newJobId();
    this.state = { phase: "running", kind, jobId, progress: null, cancelling: false, cancelError: null };
    const onProgress = (progress: Progress) => {
      if (this.#isRunning(jobId) && this.state.phase === "running") this.state.progress = progress;
    };
    try {
      const result = await work(jobId, onProgress);
      this.state = { phase: "done", kind, result };
      return result;
    } catch (reason) {
      const error = toAppError(reason);
      this.state = error.isCancelled ? { phase: "cancelled", kind } : { phase: "failed", kind, error };
      return null;
    }
  }

  /** Something before the job itself went wrong (a file dialog, say): show it like a failure. */
  fail(kind: K, reason: unknown): void {
    if (!this.busy) this.state = { phase: "failed", kind, error: toAppError(reason) };
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
}
