import * as grantsClient from "../api/client/grants";
import { toAppError, type AppError } from "../api/errors";
import type { Application, ApplicationId, Report, ReportId, ReportKind } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { t } from "../i18n/locale.svelte";
import { centsOf, typedDollars } from "./money";
import { ReportDraft } from "./report-draft.svelte";

export type AfterAwardPorts = Pick<
  typeof grantsClient,
  "recordGrantDecision" | "grantReports" | "startGrantReport" | "saveGrantReport" | "exportGrantReport"
>;

const realPorts: AfterAwardPorts = {
  recordGrantDecision: grantsClient.recordGrantDecision,
  grantReports: grantsClient.grantReports,
  startGrantReport: grantsClient.startGrantReport,
  saveGrantReport: grantsClient.saveGrantReport,
  exportGrantReport: grantsClient.exportGrantReport,
};

/** The report kinds, in the order they are due. */
export const REPORT_KINDS: readonly ReportKind[] = ["midpoint", "final"];

/**
 * What happens to a sent application after national decides: the decision written down from
 * its letter (an award, perhaps less than asked, or a decline), then, on an award, the two
 * progress reports, each started from the chapter's records, written, and saved as the file
 * for national.
 */
export class AfterAward {
  /** "awarded" or "declined", as the organizer chooses it from the letter. */
  outcome = $state<"awarded" | "declined">("awarded");
  awarded = $state("");
  deciding = $state(false);
  /** The amount awarded cannot be read as dollars. */
  amountError = $state<string | null>(null);
  decisionError = $state<AppError | null>(null);
  reports = $state.raw<Report[]>([]);
  drafts = $state<Record<string, ReportDraft>>({});
  error = $state<AppError | null>(null);
  /** Where each report's file went, by report. */
  sentTo = $state<Record<string, string>>({});

  readonly id: ApplicationId;
  readonly #ports: AfterAwardPorts;
  readonly #decided: (application: Application) => Promise<void> | void;

  constructor(
    application: Application,
    decided: (application: Application) => Promise<void> | void,
    ports: AfterAwardPorts = realPorts,
  ) {
    this.id = application.id;
    this.awarded = typedDollars(application.awarded_cents ?? application.fields.amount_cents);
    this.#decided = decided;
    this.#ports = ports;
  }

  async load(): Promise<void> {
    try {
      this.#took(await this.#ports.grantReports(this.id));
    } catch (reason) {
      this.error = toAppError(reason);
    }
  }

  /** Writes down the decision; an amount that is not dollars is said before anything is sent. */
  async recordDecision(): Promise<boolean> {
    if (this.deciding) return false;
    const cents = this.outcome === "awarded" ? centsOf(this.awarded) : null;
    this.amountError = this.outcome === "awarded" && cents === null ? t("grants-cost-not-dollars") : null;
    if (this.amountError) return false;
    this.deciding = true;
    this.decisionError = null;
    try {
      const application = await this.#ports.recordGrantDecision(this.id, cents);
      await this.#decided(application);
      return true;
    } catch (reason) {
      this.decisionError = toAppError(reason);
      return false;
    } finally {
      this.deciding = false;
    }
  }

  report(kind: ReportKind): Report | null {
    return this.reports.find((r) => r.kind === kind) ?? null;
  }

  async start(kind: ReportKind): Promise<void> {
    this.error = null;
    try {
      const report = await this.#ports.startGrantReport(this.id, kind);
      this.#took([...this.reports.filter((r) => r.id !== report.id), report]);
    } catch (reason) {
      this.error = toAppError(reason);
    }
  }

  async save(id: ReportId): Promise<boolean> {
    const draft = this.drafts[id];
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const report = await this.#ports.saveGrantReport(id, input);
      const fresh = new ReportDraft(report);
      fresh.justSaved = true;
      this.reports = this.reports.map((r) => (r.id === id ? report : r));
      this.drafts = { ...this.drafts, [id]: fresh };
    });
  }

  /** Saves the report's file for national (the backend asks where); the report as saved. */
  async send(id: ReportId): Promise<void> {
    this.error = null;
    try {
      const path = await this.#ports.exportGrantReport(id);
      if (path !== null) this.sentTo = { ...this.sentTo, [id]: path };
    } catch (reason) {
      this.error = toAppError(reason);
    }
  }

  #took(reports: Report[]): void {
    this.reports = [...reports].sort((a, b) => a.period_to.localeCompare(b.period_to));
    const drafts: Record<string, ReportDraft> = {};
    for (const r of this.reports) drafts[r.id] = this.drafts[r.id] ?? new ReportDraft(r);
    this.drafts = drafts;
  }
}
