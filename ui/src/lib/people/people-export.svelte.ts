import * as listsClient from "../api/client/lists";
import { toAppError, type AppError } from "../api/errors";
import type { ExportedFile, PeopleFormat } from "../api/types";

export type PeopleExportState =
  | { phase: "closed" }
  /** The choice of format is on screen. */
  | { phase: "choosing" }
  /** The save dialog is open, or the file is being written. */
  | { phase: "saving" }
  | { phase: "done"; file: ExportedFile }
  | { phase: "failed"; error: AppError };

export type PeopleExportPorts = Pick<typeof listsClient, "exportPeople">;

const realPorts: PeopleExportPorts = { exportPeople: listsClient.exportPeople };

/**
 * Exporting everyone to a file: choose a format, choose where (the system's save dialog),
 * then say what was written and who an upload left out, until the organizer closes it.
 */
export class PeopleExport {
  state = $state<PeopleExportState>({ phase: "closed" });
  format = $state<PeopleFormat>("csv");
  readonly #ports: PeopleExportPorts;

  constructor(ports: PeopleExportPorts = realPorts) {
    this.#ports = ports;
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
      const file = await this.#ports.exportPeople(this.format);
      this.state = file ? { phase: "done", file } : { phase: "choosing" };
      return file;
    } catch (reason) {
      this.state = { phase: "failed", error: toAppError(reason) };
      return null;
    }
  }
}
