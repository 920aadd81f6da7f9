// The only module that talks to the Rust side. Components and state classes call these typed
// functions; none of them ever spells a command name.
import { Channel, invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { toAppError } from "./errors";
import type {
  Assessment,
  AssessmentDetail,
  AssessmentInput,
  AttendeeMatch,
  BackupEntry,
  Candidate,
  CandidateInput,
  ChapterSettings,
  ChapterStatus,
  DuplicateList,
  Entered,
  EnteredForm,
  ExportedFile,
  FormPages,
  FormPagesRequest,
  FollowUp,
  ImportReport,
  LadderLevel,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingSignInRequest,
  MergeComparison,
  MergeRequest,
  NeedsFormsRequest,
  NeedsRanking,
  NeedsReportRequest,
  NewAttendee,
  OneOnOneInput,
  PeopleFormat,
  PeoplePage,
  PeopleQuery,
  PersonDetail,
  PersonInput,
  PrintedFile,
  PrintedForms,
  ProgramInput,
  Progress,
  Project,
  RespondentFollowUp,
  ResponseInput,
  ServiceProgram,
  SignInRequest,
  SignInSummary,
  StartProblem,
  Survey,
} from "./types";

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}

function progressChannel(onProgress: (progress: Progress) => void): Channel<Progress> {
  const channel = new Channel<Progress>();
  // Set before the channel is sent: messages that arrive earlier are not replayed.
  channel.onmessage = onProgress;
  return channel;
}

/** Why the chapter database would not open when the app started; null when it opened. */
export function startProblem(): Promise<StartProblem | null> {
  return call("start_problem");
}

/** Puts the newest good backup in place of the database that would not open, and opens it. */
export function restoreLatestBackup(
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<ChapterStatus> {
  return call("restore_latest_backup", { jobId, onProgress: progressChannel(onProgress) });
}

/** Opens another chapter file chosen with the system's dialog; null when it was closed. */
export function openChapterFile(): Promise<ChapterStatus | null> {
  return call("open_chapter_file");
}

/** What went wrong with today's automatic backup; null when nothing did (or not yet). */
export function dailyBackupProblem(): Promise<string | null> {
  return call("daily_backup_problem");
}

/** The folder the app's log is written to. */
export function logFolder(): Promise<string> {
  return call("log_folder");
}

export function openLogFolder(): Promise<void> {
  return call("open_log_folder");
}

export function chapterStatus(): Promise<ChapterStatus> {
  return call("chapter_status");
}

export function saveSettings(settings: ChapterSettings): Promise<ChapterStatus> {
  return call("save_settings", { settings });
}

/** Switches the app to the sample chapter, which lives in its own database. */
export function openSample(): Promise<ChapterStatus> {
  return call("open_sample");
}

export function leaveSample(): Promise<ChapterStatus> {
  return call("leave_sample");
}

export function timeZones(): Promise<string[]> {
  return call("time_zones");
}

/** Writes the sheet as a PDF into the print folder. */
export function printSignIn(request: SignInRequest): Promise<PrintedFile> {
  return call("print_sign_in", { request });
}

export function openInViewer(path: string): Promise<void> {
  return call("open_in_viewer", { path });
}

export function backupTo(
  dest: string,
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<BackupEntry> {
  return call("backup_to", { dest, jobId, onProgress: progressChannel(onProgress) });
}

export function restoreFrom(
  source: string,
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<ChapterStatus> {
  return call("restore_from", { source, jobId, onProgress: progressChannel(onProgress) });
}

/** The running job stops and rejects with kind "cancelled", leaving the data as it was. */
export function cancelJob(jobId: string): Promise<void> {
  return call("cancel_job", { jobId });
}

/** The automatic rolling daily backups. */
export function listBackups(): Promise<BackupEntry[]> {
  return call("list_backups");
}

export function suggestedBackupPath(): Promise<string> {
  return call("suggested_backup_path");
}

/**
 * Reads a membership list (CSV) and merges it into the chapter, reporting rows done. A broken
 * file is refused whole (kind "invalid_input", the message naming the line); cancelled, it
 * rejects with kind "cancelled". Either way nothing of it was imported.
 */
/** Asks for a membership list file with the system's dialog; null when it was closed. */
export function chooseListFile(): Promise<string | null> {
  return call("choose_list_file");
}

export function importPeople(
  path: string,
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<ImportReport> {
  return call("import_people", { path, jobId, onProgress: progressChannel(onProgress) });
}

/** Asks where to save, then writes everyone in `format` there; null when the dialog was closed. */
export function exportPeople(format: PeopleFormat): Promise<ExportedFile | null> {
  return call("export_people", { format });
}

/** One page of the people who match, and how many match in all. */
export function searchPeople(query: PeopleQuery): Promise<PeoplePage> {
  return call("search_people", { query });
}

export function getPerson(id: string): Promise<PersonDetail> {
  return call("get_person", { id });
}

export function createPerson(input: PersonInput): Promise<PersonDetail> {
  return call("create_person", { input });
}

export function updatePerson(id: string, input: PersonInput): Promise<PersonDetail> {
  return call("update_person", { id, input });
}

/** Records a conversation and answers with the person's record as it now stands. */
export function logOneOnOne(input: OneOnOneInput): Promise<PersonDetail> {
  return call("log_one_on_one", { input });
}

export function completeFollowUp(oneOnOneId: string): Promise<void> {
  return call("complete_follow_up", { oneOnOneId });
}

/** Follow-ups due today or overdue, oldest first; `null` for every organizer's. */
export function followUps(heldBy: string | null): Promise<FollowUp[]> {
  return call("follow_ups", { heldBy });
}

/** The chapter's ladder of engagement, lowest rung first. */
export function ladderLevels(): Promise<LadderLevel[]> {
  return call("ladder_levels");
}

/** Answers with every level, the renamed one included. */
export function renameLadderLevel(key: string, name: string): Promise<LadderLevel[]> {
  return call("rename_ladder_level", { key, name });
}

export function setLadderLevel(
  personId: string,
  level: string,
  changedBy: string,
  reason: string | null,
): Promise<PersonDetail> {
  return call("set_ladder_level", { personId, level, changedBy, reason });
}

/**
 * The chapter's likely duplicate pairs, strongest evidence first (`a` is the older record), and
 * how many there are in all: a large list can hold more than are shown at once.
 */
export function findDuplicates(): Promise<DuplicateList> {
  return call("find_duplicates");
}

/** Two records side by side, their history counts, and the groups of fields where they differ. */
export function comparePeople(a: string, b: string): Promise<MergeComparison> {
  return call("compare_people", { a, b });
}

/**
 * Merges `request.merge` into `request.keep` (lists joined, all history moved) and answers with
 * the kept record. Cannot be undone. A blank `merged_by` is refused with field "merged_by".
 */
export function mergePeople(request: MergeRequest): Promise<PersonDetail> {
  return call("merge_people", { request });
}

/** Records that the pair are two different people, so they are not suggested again. */
export function markNotDuplicates(a: string, b: string, decidedBy: string): Promise<void> {
  return call("mark_not_duplicates", { a, b, decidedBy });
}

/** Every meeting, newest first. */
export function listMeetings(): Promise<Meeting[]> {
  return call("list_meetings");
}

export function createMeeting(input: MeetingInput): Promise<MeetingDetail> {
  return call("create_meeting", { input });
}

export function updateMeeting(id: string, input: MeetingInput): Promise<MeetingDetail> {
  return call("update_meeting", { id, input });
}

export function getMeeting(id: string): Promise<MeetingDetail> {
  return call("get_meeting", { id });
}

/** Who a name typed from a sign-in sheet may be: best first, up to 8. Fast enough per keystroke. */
export function matchAttendee(meetingId: string, text: string): Promise<AttendeeMatch[]> {
  return call("match_attendee", { meetingId, text });
}

/** Marks someone present; answers with the meeting as it now stands. */
export function recordAttendance(meetingId: string, personId: string): Promise<MeetingDetail> {
  return call("record_attendance", { meetingId, personId });
}

/** Adds someone the chapter did not know yet and marks them present, for the first time. */
export function addNewAttendee(meetingId: string, attendee: NewAttendee): Promise<MeetingDetail> {
  return call("add_new_attendee", { meetingId, attendee });
}

/** Takes a mark back (undo); the person stays in the chapter. */
export function removeAttendance(meetingId: string, personId: string): Promise<MeetingDetail> {
  return call("remove_attendance", { meetingId, personId });
}

/** How many came, how many were new, and the new people to follow up with. */
export function signInSummary(meetingId: string): Promise<SignInSummary> {
  return call("sign_in_summary", { meetingId });
}

/** Writes the meeting's sign-in sheet as a PDF into the print folder. */
export function printMeetingSignIn(request: MeetingSignInRequest): Promise<PrintedFile> {
  return call("print_meeting_sign_in", { request });
}

// Area needs assessments.

export function listAssessments(): Promise<Assessment[]> {
  return call("list_assessments");
}

export function getAssessment(id: string): Promise<AssessmentDetail> {
  return call("get_assessment", { id });
}

export function createAssessment(input: AssessmentInput): Promise<AssessmentDetail> {
  return call("create_assessment", { input });
}

/** Saves the edited survey whole; refused if it drops a question or choice already answered. */
export function saveSurvey(id: string, survey: Survey): Promise<AssessmentDetail> {
  return call("save_survey", { id, survey });
}

/** Prints the next numbered forms as a long job (progress per form, Cancel through cancelJob). */
export function printNeedsForms(
  request: NeedsFormsRequest,
  jobId: string,
  onProgress: (progress: Progress) => void,
): Promise<PrintedForms> {
  return call("print_needs_forms", { request, jobId, onProgress: progressChannel(onProgress) });
}

/** How many pages one printed form of the survey takes, as edited (saved or not). */
export function needsFormPages(request: FormPagesRequest): Promise<FormPages> {
  return call("needs_form_pages", { request });
}

/** The summary with its charts, for the chapter meeting, written into the print folder. */
export function printNeedsReport(request: NeedsReportRequest): Promise<PrintedFile> {
  return call("print_needs_report", { request });
}

/** Enters one filled form, by the number printed on it. */
export function enterResponse(id: string, input: ResponseInput): Promise<Entered> {
  return call("enter_response", { id, input });
}

/** The forms entered last, newest first. */
export function recentResponses(id: string): Promise<EnteredForm[]> {
  return call("recent_responses", { id });
}

/** Takes back a form entered by mistake, so it can be entered again. */
export function removeResponse(response: string): Promise<void> {
  return call("remove_response", { response });
}

/** Each need ranked, overall, by area and by language; titles in `lang`. */
export function needsRanking(id: string, lang: string): Promise<NeedsRanking> {
  return call("needs_ranking", { id, lang });
}

/** Respondents who asked to be contacted and are still waiting. */
export function needsFollowUps(id: string): Promise<RespondentFollowUp[]> {
  return call("needs_follow_ups", { id });
}

export function markRespondentFollowedUp(response: string): Promise<void> {
  return call("mark_respondent_followed_up", { response });
}

// Service programs as entry points.

/** Every program in the catalogue as a candidate for this assessment, strongest first. */
export function programCandidates(id: string): Promise<Candidate[]> {
  return call("program_candidates", { id });
}

/** Saves a program's scores (and shortlist mark) for this assessment; answers the new ranking. */
export function scoreProgram(id: string, input: CandidateInput): Promise<Candidate[]> {
  return call("score_program", { id, input });
}

/** Adds the chapter's own program to the catalogue. */
export function addProgram(input: ProgramInput): Promise<ServiceProgram> {
  return call("add_program", { input });
}

/** Makes a shortlisted program a base-building project. */
export function makeProject(id: string, programId: string, name: string): Promise<Project> {
  return call("make_project", { id, programId, name });
}
