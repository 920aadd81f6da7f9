// Small grants, the chapter's side: a project's initiative and its application, with the
// round's rules said as the organizer types.
import type { ApplicationId, OrganizationId, ProjectId, ReportId } from "../types/ids";
import type {
  Application,
  GrantApplicationRequest,
  GrantReportRequest,
  PrintedFile,
  Report,
  ReportInput,
  ReportKind,
  SentFile,
  ApplicationInput,
  BudgetLineInput,
  Initiative,
  InitiativeInput,
  MilestoneInput,
  NeedEvidence,
  Missing,
} from "../types";
import { t } from "../../i18n/locale.svelte";
import { call } from "./call";

/** Every application, newest first. */
export function listApplications(): Promise<Application[]> {
  return call("list_applications", {});
}

export function getApplication(id: ApplicationId): Promise<Application> {
  return call("get_application", { id });
}

/** The initiative a project is (empty fields until the chapter fills it in). */
export function getInitiative(project: ProjectId): Promise<Initiative> {
  return call("get_initiative", { project });
}

export function saveInitiative(project: ProjectId, input: InitiativeInput): Promise<Initiative> {
  return call("save_initiative", { project, input });
}

/** The round's rules the application as typed breaks (amount, months): nothing is saved. */
export function checkApplication(input: ApplicationInput): Promise<Missing[]> {
  return call("check_application", { input });
}

/** Starts an application for the project's initiative, as a draft. */
export function createApplication(project: ProjectId, input: ApplicationInput): Promise<Application> {
  return call("create_application", { project, input });
}

/** Changes a draft (a sent application is refused). */
export function updateApplication(id: ApplicationId, input: ApplicationInput): Promise<Application> {
  return call("update_application", { id, input });
}

/** Saves the budget whole, as the editor holds it. */
export function saveGrantBudget(id: ApplicationId, lines: BudgetLineInput[]): Promise<Application> {
  return call("save_grant_budget", { id, lines });
}

/** Saves the timeline whole; the backend keeps it in the order of the days. */
export function saveGrantMilestones(id: ApplicationId, milestones: MilestoneInput[]): Promise<Application> {
  return call("save_grant_milestones", { id, milestones });
}

/** The application on paper (budget, timeline, lines to sign), written into the print folder. */
export function printGrantApplication(request: GrantApplicationRequest): Promise<PrintedFile> {
  return call("print_grant_application", { request });
}

/**
 * Asks where to save the application's file for national, then makes it, signed with the
 * chapter's key; the application is then marked as sent. Null when the dialog was closed.
 */
export function exportGrantApplication(id: ApplicationId): Promise<SentFile | null> {
  return call("export_grant_application", {
    id,
    title: t("grants-export-dialog-title"),
    filter: t("grants-export-dialog-files"),
  });
}

/** Saves the partner organizations a coalition initiative is run with, whole, in order. */
export function saveInitiativePartners(project: ProjectId, partners: OrganizationId[]): Promise<Initiative> {
  return call("save_initiative_partners", { project, partners });
}

/** What the chapter's needs assessment says of the needs a project answers. */
export function initiativeEvidence(project: ProjectId): Promise<NeedEvidence[]> {
  return call("initiative_evidence", { project });
}

/** Writes down national's decision: an award of `awardedCents`, or a decline (null). */
export function recordGrantDecision(id: ApplicationId, awardedCents: number | null): Promise<Application> {
  return call("record_grant_decision", { id, awardedCents });
}

/** An application's progress reports, the midpoint's first. */
export function grantReports(application: ApplicationId): Promise<Report[]> {
  return call("grant_reports", { application });
}

/** Starts a progress report filled from the chapter's records (or answers the one started). */
export function startGrantReport(application: ApplicationId, kind: ReportKind): Promise<Report> {
  return call("start_grant_report", { application, kind });
}

export function saveGrantReport(id: ReportId, input: ReportInput): Promise<Report> {
  return call("save_grant_report", { id, input });
}

/** Asks where to save the report's file for national, then makes it; null when closed. */
export function exportGrantReport(id: ReportId): Promise<string | null> {
  return call("export_grant_report", {
    id,
    title: t("grants-report-dialog-title"),
    filter: t("grants-report-dialog-files"),
  });
}

/** A progress report on paper, written into the print folder. */
export function printGrantReport(request: GrantReportRequest): Promise<PrintedFile> {
  return call("print_grant_report", { request });
}

/** Opens a sent application again to correct it, before national has decided. */
export function reopenApplication(id: ApplicationId): Promise<Application> {
  return call("reopen_application", { id });
}
