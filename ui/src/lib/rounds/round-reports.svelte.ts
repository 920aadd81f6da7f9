import * as nationalClient from "../api/client/national";
import { toAppError, type AppError } from "../api/errors";
import type { ImportedReport, ReportDue, RoundId } from "../api/types";

export type RoundReportsPorts = Pick<typeof nationalClient, "reportsDue" | "importReportFile">;

const realPorts: RoundReportsPorts = {
  reportsDue: nationalClient.reportsDue,
  importReportFile: nationalClient.importReportFile,
};

/**
 * The progress reports a round's awards owe: each due halfway through and a month after the
 * end, received or overdue; and the report files chapters send, imported from a dialog.
 */
export class RoundReports {
  due = $state.raw<ReportDue[]>([]);
  error = $state<AppError | null>(null);
  importing = $state(false);
  imported = $state.raw<ImportedReport | null>(null);
  importError = $state<AppError | null>(null);

  readonly #round: RoundId;
  readonly #ports: RoundReportsPorts;

  constructor(round: RoundId, ports: RoundReportsPorts = realPorts) {
    this.#round = round;
    this.#ports = ports;
  }

  /** Reports past their day and not received. */
  get overdue(): ReportDue[] {
    return this.due.filter((d) => d.overdue);
  }

  async load(): Promise<void> {
    try {
      this.due = await this.#ports.reportsDue(this.#round);
      this.error = null;
    } catch (reason) {
      this.error = toAppError(reason);
    }
  }

  async importFile(): Promise<void> {
    if (this.importing) return;
    this.importing = true;
    this.importError = null;
    try {
      const done = await this.#ports.importReportFile();
      if (done === null) return;
      this.imported = done;
      await this.load();
    } catch (reason) {
      this.importError = toAppError(reason);
    } finally {
      this.importing = false;
    }
  }
}
