// Organizations: the directory and each one's record, the chapter's relationship with them, the
// contact log and its next steps, what needs tending, members' ties, the ranking those ties
// make, the connections assessment's numbered forms and starting points on paper, its filled
// forms entered by keyboard, and the directory in and out of files.
import type { ConnectionsResponseId, OrgContactId, OrganizationId, OrgMergeId, PersonId, TieId } from "../types/ids";
import type {
  ConnectionsAssessment,
  ConnectionsFormsRequest,
  ConnectionsSurvey,
  ContactInput,
  ExportedFile,
  OrgDetail,
  OrgDuplicatePair,
  OrgFormat,
  OrgImportReport,
  OrgInput,
  OrgPage,
  OrgQuery,
  PrintedFile,
  PrintedForms,
  Progress,
  RankedOrg,
  Relationship,
  Tie,
  TieInput,
  StartingPoints,
  StartingPointsRequest,
  ConnectionsResponseInput,
  EnteredConnections,
  ToTend,
} from "../types";
import { t } from "../../i18n/locale.svelte";
import { call, progressChannel } from "./call";

/** One page of the organizations that match (name and place, as typed), and how many in all. */
export function searchOrgs(query: OrgQuery): Promise<OrgPage> {
  return call("search_orgs", { query });
}

/** The areas organizations are in, for the directory's filter. */
export function orgAreas(): Promise<string[]> {
  return call("org_areas");
}

export function getOrg(id: OrganizationId): Promise<OrgDetail> {
  return call("get_org", { id });
}

/** Adds an organization with the relationship it starts with. A blank name is refused ("name"). */
export function createOrg(
  input: OrgInput,
  relationship: Relationship,
  addedBy: string,
): Promise<OrgDetail> {
  return call("create_org", { input, relationship, addedBy });
}

export function updateOrg(id: OrganizationId, input: OrgInput): Promise<OrgDetail> {
  return call("update_org", { id, input });
}

/** A blank `changedBy` is refused with field "changed_by". */
export function changeRelationship(
  id: OrganizationId,
  relationship: Relationship,
  reason: string | null,
  changedBy: string,
): Promise<OrgDetail> {
  return call("change_relationship", { id, relationship, reason, changedBy });
}

/**
 * Logs a contact with an organization; refusals name the input's key ("happened_on",
 * "summary", "next_step", "next_step_due", "logged_by").
 */
export function logOrgContact(id: OrganizationId, input: ContactInput): Promise<OrgDetail> {
  return call("log_org_contact", { id, input });
}

/** Marks a logged contact's next step as done today; answers with its organization's record. */
export function completeOrgNextStep(contactId: OrgContactId): Promise<OrgDetail> {
  return call("complete_org_next_step", { contactId });
}

/** Partners and allies quiet for `weeks` weeks, and next steps due within a week or overdue. */
export function orgsToTend(weeks: number): Promise<ToTend> {
  return call("orgs_to_tend", { weeks });
}

/** Ties a person to an organization, or brings their one tie there up to date. */
export function setTie(input: TieInput): Promise<Tie> {
  return call("set_tie", { input });
}

export function removeTie(id: TieId): Promise<void> {
  return call("remove_tie", { id });
}

/** A person's ties: the communities they are a bridge into, strongest first. */
export function tiesOfPerson(person: PersonId): Promise<Tie[]> {
  return call("ties_of_person", { person });
}

/** Every organization, best first by the chapter's ties to it; those with none come last. */
export function connectionsRanking(): Promise<RankedOrg[]> {
  return call("connections_ranking");
}

/**
 * Where the chapter can start, as the printed starting points show it: the strongest ties, the
 * members who are bridges, the kinds of community with no ties yet, and ties by kind.
 */
export function connectionsStartingPoints(): Promise<StartingPoints> {
  return call("connections_starting_points");
}

/**
 * The chapter's connections assessment: its survey and how many forms were printed, entered
 * and answered. Before the first forms are printed its `code` is "" and nothing is kept.
 */
export function connectionsAssessment(): Promise<ConnectionsAssessment> {
  return call("connections_assessment");
}

/**
 * Keeps the edited connections survey whole; forms printed after ask it. A bad survey is
 * refused (kind "invalid_input") with a message naming what is wrong.
 */
export function saveConnectionsSurvey(survey: ConnectionsSurvey): Promise<ConnectionsAssessment> {
  return call("save_connections_survey", { survey });
}

/** Prints the next numbered connections forms as a long job (progress, Cancel through cancelJob). */
export function printConnectionsForms(
  request: ConnectionsFormsRequest,
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<PrintedForms> {
  return call("print_connections_forms", { request, jobId, onProgress: progressChannel(onProgress) });
}

/** Where the chapter can start: the ranking, its bridges and its gaps, written into the print folder. */
export function printStartingPoints(request: StartingPointsRequest): Promise<PrintedFile> {
  return call("print_starting_points", { request });
}

/**
 * Enters one filled connections form, all of it or none. Refusals name the input's key: "form"
 * (a number never printed, another assessment's, or one already entered: by whom and when),
 * "entered_by", "ties.<i>.strength", "ties.<i>.organization_id", "answers.<question>".
 */
export function enterConnectionsForm(input: ConnectionsResponseInput): Promise<EnteredConnections> {
  return call("enter_connections_form", { input });
}

/** The connections forms entered last, newest first. */
export function recentConnectionsForms(): Promise<EnteredConnections[]> {
  return call("recent_connections_forms");
}

/** Takes an entered connections form back: its ties go, and its number can be entered again. */
export function takeBackConnectionsForm(id: ConnectionsResponseId): Promise<void> {
  return call("take_back_connections_form", { id });
}

/**
 * Adds the organizations in a file (chosen with `chooseListFile`), all or none: a bad row
 * refuses the whole file with a message naming its line.
 */
export function importOrgs(path: string, importedBy: string): Promise<OrgImportReport> {
  return call("import_orgs", { path, importedBy });
}

/** Asks where to save, then writes the whole directory there; null when the dialog was closed. */
export function exportOrgs(format: OrgFormat): Promise<ExportedFile | null> {
  return call("export_orgs", {
    format,
    title: t("orgs-export-dialog-title"),
    filter: format === "json" ? t("orgs-export-dialog-files-json") : t("orgs-export-dialog-files-csv"),
  });
}

/** Pairs of organizations that look like one; `a` is the one to keep by default. */
export function orgDuplicates(): Promise<OrgDuplicatePair[]> {
  return call("org_duplicates", {});
}

/**
 * Merges `merged` into `kept` (history, contacts and ties move; blanks are filled) and answers
 * with the kept record. A blank `mergedBy` is refused with field "merged_by".
 */
export function mergeOrgs(
  kept: OrganizationId,
  merged: OrganizationId,
  mergedBy: string,
): Promise<OrgDetail> {
  return call("merge_orgs", { kept, merged, mergedBy });
}

/** Undoes a merge and answers with the record merged away, back as it was. */
export function undoOrgMerge(id: OrgMergeId): Promise<OrgDetail> {
  return call("undo_org_merge", { id });
}

/** "Not the same": the pair is not suggested again. A blank `decidedBy` is refused ("decided_by"). */
export function notSameOrgs(a: OrganizationId, b: OrganizationId, decidedBy: string): Promise<null> {
  return call("not_same_orgs", { a, b, decidedBy });
}
