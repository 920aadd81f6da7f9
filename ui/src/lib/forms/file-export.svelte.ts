import { toAppError, type AppError } from "../api/errors";
import type { ExportedFile } from "../api/types";

export type FileExportState =
  | { phase: "closed" }
  /** The choice of format is on screen. */
  | { phase: "choosing" }
  /** The save dialog is open, or the file is being written. */
  | { phase: "saving" }
  | { phase: "done"; file: ExportedFile }
  | { phase: "failed"; error: AppError };

/** A way to write a file: one of the formats offered, and what it holds. */
export type ExportChoice<F extends string> = { format: F; label: string; hint: string };

/**
 * Writing a list to a file: choose a format, choose where (the system's save dialog), then
 * say what was written, until the organizer closes it. What writes it is the caller's.
 */
export class FileExport<F extends string> {
  state = $state<FileExportState>({ phase: "closed" });
  format: F = $state() as F;
  readonly #write: (format: F) => Promise<ExportedFile | null>;

  /** `write` asks where and writes there, answering null when the dialog was closed. */
  constructor(format: F, write: (format: F) => Promise<ExportedFile | null>) {
    this.format = format;
    this.#write = write;
  }

  get isOpen(): boolean {
    return this.state.phase !== "closed";
  }

  open(): void {
    if (this.state.phase !== "saving") this.state = { phase: "choosing" };
  }

  close(): void {
    if (this.state.phase !== "saving") this.state = { phase: "closed" };
  }

  /** Asks where to save and writes the file; closing the dialog goes back to the choice. */
  async save(): Promise<ExportedFile | null> {
    if (this.state.phase === "saving") return null;
    this.state = { phase: "saving" };
    try {
      const file = await this.#write(this.format);
      this.state = file ? { phase: "done", file } : { phase: "choosing" };
      return file;
    } catch (reason) {
      this.state = { phase: "failed", error: toAppError(reason) };
      return null;
    }
  }
}
