// Area needs assessments: the survey, its numbered paper forms printed and entered, what the
// answers say, and the respondents waiting to be contacted.
import type { AssessmentId, ResponseId } from "../types/ids";
import type {
  Assessment,
  AssessmentDetail,
  AssessmentInput,
  Entered,
  EnteredForm,
  FormPages,
  FormPagesRequest,
  NeedsFormsRequest,
  NeedsRanking,
  NeedsReportRequest,
  PrintedFile,
  PrintedForms,
  Progress,
  RespondentFollowUp,
  ResponseInput,
  Survey,
} from "../types";
import { call, progressChannel } from "./call";

export function listAssessments(): Promise<Assessment[]> {
  return call("list_assessments");
}

export function getAssessment(id: AssessmentId): Promise<AssessmentDetail> {
  return call("get_assessment", { id });
}

export function createAssessment(input: AssessmentInput): Promise<AssessmentDetail> {
  return call("create_assessment", { input });
}

/** Saves the edited survey whole; refused if it drops a question or choice already answered. */
export function saveSurvey(id: AssessmentId, survey: Survey): Promise<AssessmentDetail> {
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
export function enterResponse(id: AssessmentId, input: ResponseInput): Promise<Entered> {
  return call("enter_response", { id, input });
}

/** The forms entered last, newest first. */
export function recentResponses(id: AssessmentId): Promise<EnteredForm[]> {
  return call("recent_responses", { id });
}

/** Takes back a form entered by mistake, so it can be entered again. */
export function removeResponse(response: ResponseId): Promise<void> {
  return call("remove_response", { response });
}

/** Each need ranked, overall, by area and by language; titles in `lang`. */
export function needsRanking(id: AssessmentId, lang: string): Promise<NeedsRanking> {
  return call("needs_ranking", { id, lang });
}

/** Respondents who asked to be contacted and are still waiting. */
export function needsFollowUps(id: AssessmentId): Promise<RespondentFollowUp[]> {
  return call("needs_follow_ups", { id });
}

export function markRespondentFollowedUp(response: ResponseId): Promise<void> {
  return call("mark_respondent_followed_up", { response });
}
