import { createContext } from "svelte";
import * as jobsClient from "../api/client/jobs";
import * as needsClient from "../api/client/needs";
import * as printClient from "../api/client/print";
import * as programsClient from "../api/client/programs";
import type { AssessmentDetail, AssessmentId, PrintedForms } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { newJobId } from "../jobs/long-job.svelte";
import { rememberedOrganizer, rememberOrganizer } from "../people/organizer";
import { AssessmentDraft } from "./assessment-draft.svelte";
import { AssessmentList } from "./assessment-list.svelte";
import { EntryForm, type EntryPorts } from "./entry-form.svelte";
import { FormPagesCount } from "./form-pages.svelte";
import { FormsPrint, type FormsPrintPorts } from "./forms-print.svelte";
import { RankingState } from "./needs-ranking.svelte";
import { OpenAssessment } from "./open-assessment.svelte";
import { ProgramsState, type ProgramsPorts } from "./programs.svelte";
import { RespondentFollowUps, type RespondentFollowUpPorts } from "./respondent-follow-ups.svelte";
import { SurveyEdit, type SurveyPorts } from "./survey-edit.svelte";

/** The tabs of an open assessment, in the order they are shown. */
export type NeedsTab = "ranking" | "programs" | "entry" | "print" | "follow-ups" | "survey";

export const NEEDS_TABS: ReadonlyArray<{ id: NeedsTab }> = [
  { id: "ranking" },
  { id: "programs" },
  { id: "entry" },
  { id: "print" },
  { id: "follow-ups" },
  { id: "survey" },
];

/** A tab's name, in the screens' language. */
export function needsTabLabel(tab: NeedsTab): string {
  switch (tab) {
    case "ranking":
      return t("needs-tab-ranking");
    case "programs":
      return t("needs-tab-programs");
    case "entry":
      return t("needs-tab-entry");
    case "print":
      return t("needs-tab-print");
    case "follow-ups":
      return t("needs-tab-follow-ups");
    case "survey":
      return t("needs-tab-survey");
  }
}

/** Everything the Needs area asks of the backend; tests hand in fakes. */
export type NeedsPorts = FormsPrintPorts &
  RespondentFollowUpPorts &
  ProgramsPorts &
  EntryPorts &
  SurveyPorts &
  Pick<
    typeof needsClient,
    "listAssessments" | "getAssessment" | "createAssessment" | "needsRanking" | "needsFormPages"
  >;

const realPorts: NeedsPorts = {
  listAssessments: needsClient.listAssessments,
  getAssessment: needsClient.getAssessment,
  createAssessment: needsClient.createAssessment,
  needsRanking: needsClient.needsRanking,
  needsFollowUps: needsClient.needsFollowUps,
  markRespondentFollowedUp: needsClient.markRespondentFollowedUp,
  printNeedsForms: needsClient.printNeedsForms,
  openInViewer: printClient.openInViewer,
  programCandidates: programsClient.programCandidates,
  scoreProgram: programsClient.scoreProgram,
  addProgram: programsClient.addProgram,
  makeProject: programsClient.makeProject,
  printNeedsReport: needsClient.printNeedsReport,
  cancelJob: jobsClient.cancelJob,
  newJobId,
  enterResponse: needsClient.enterResponse,
  recentResponses: needsClient.recentResponses,
  removeResponse: needsClient.removeResponse,
  rememberedName: () => rememberedOrganizer(),
  rememberName: (name) => rememberOrganizer(name),
  saveSurvey: needsClient.saveSurvey,
  needsFormPages: needsClient.needsFormPages,
};

/**
 * The Needs area: the chapter's area needs assessments, the one open on the right with its
 * ranking, its respondents to call back and its numbered forms, and the new-assessment form.
 * It lives as long as the app, so a batch of forms printing and the tab the organizer was on
 * are still there when they come back; a different chapter starts it afresh.
 */
export class Needs extends DiscardGuard {
  readonly list: AssessmentList;
  readonly open: OpenAssessment;
  readonly ranking: RankingState;
  readonly followUps: RespondentFollowUps;
  readonly print: FormsPrint;
  readonly programs: ProgramsState;
  /** How many pages one form of the survey on screen takes, as it is edited. */
  readonly formPages: FormPagesCount;
  /** The new-assessment form, when open; it takes the place of the record on the right. */
  editing = $state<AssessmentDraft | null>(null);
  tab = $state<NeedsTab>("ranking");
  /** Set when the selected tab should take the keyboard focus as soon as it is on screen. */
  tabFocusRequested = $state(false);

  readonly #ports: NeedsPorts;
  #chapterRevision: number | null = null;
  /** Each assessment's entry of forms and survey edit, kept until the chapter changes. */
  readonly #entries = new Map<string, EntryForm>();
  readonly #surveys = new Map<string, SurveyEdit>();

  constructor(ports: NeedsPorts = realPorts) {
    super();
    this.#ports = ports;
    this.list = new AssessmentList(ports.listAssessments);
    this.open = new OpenAssessment(ports.getAssessment);
    this.ranking = new RankingState(ports.needsRanking);
    this.followUps = new RespondentFollowUps(ports);
    this.print = new FormsPrint(ports);
    this.programs = new ProgramsState(ports);
    this.formPages = new FormPagesCount(ports.needsFormPages);
  }

  /**
   * The Needs screen opened: start afresh for another chapter, fetch what may be stale, and
   * show the newest assessment when none is chosen yet.
   */
  async enter(chapterRevision: number): Promise<void> {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    const selected = this.list.selectedId;
    if (selected !== null && this.editing === null) void this.#show(selected);
    await this.list.load();
    const newest = this.list.assessments[0];
    if (this.list.selectedId === null && this.editing === null && newest) {
      this.list.selectedId = newest.id;
      void this.#show(newest.id);
    }
  }

  /**
   * The entry of an assessment's forms: who is entering, the area, the count of the sitting
   * (and the forms Ctrl+Z takes back), and a half-typed form, survive switching tabs and
   * assessments. It follows the open assessment's newer details.
   */
  entryFor(detail: AssessmentDetail): EntryForm {
    return keptFor(this.#entries, detail, () => new EntryForm(detail, this.#ports));
  }

  /** The survey edit of an assessment: unsaved edits survive switching tabs and assessments. */
  surveyFor(detail: AssessmentDetail): SurveyEdit {
    return keptFor(this.#surveys, detail, () => new SurveyEdit(detail, this.#ports));
  }

  /** Shows an assessment on the right, asking first if that would drop unsaved typing. */
  select(id: AssessmentId, options: { focus?: boolean } = {}): void {
    this.guard(this.editing?.dirty ?? false, () => {
      const other = id !== this.open.id || this.editing !== null;
      this.editing = null;
      this.list.selectedId = id;
      if (options.focus) this.open.focusRequested = true;
      // The same one again fetches it again when it could not be opened.
      if (other || this.open.detail === null) void this.#show(id);
    });
  }

  addAssessment(): void {
    this.guard(this.editing?.dirty ?? false, () => {
      this.editing = new AssessmentDraft();
    });
  }

  /** Escape or Cancel on the form. */
  cancelEditing(): void {
    this.guard(this.editing?.dirty ?? false, () => {
      this.editing = null;
      this.open.focusRequested = this.open.detail !== null;
    });
  }

  /** Creates the assessment and opens it, on what its answers say (nothing yet). */
  async saveEditing(): Promise<boolean> {
    const draft = this.editing;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const detail = await this.#ports.createAssessment(input);
      if (this.editing === draft) this.editing = null;
      this.#replace(detail);
      this.open.focusRequested = true;
      this.list.selectedId = detail.assessment.id;
      this.tab = "ranking";
      void this.#loadAnswers(detail);
      await this.list.load();
    });
  }

  /**
   * Shows a tab. `focus` hands the keyboard to it, for a button that moved there from inside
   * another tab (and so is gone).
   */
  showTab(tab: NeedsTab, options: { focus?: boolean } = {}): void {
    this.tab = tab;
    if (options.focus) this.tabFocusRequested = true;
    if (tab === "ranking") void this.ranking.refreshIfStale();
    if (tab === "programs") void this.programs.refreshIfStale();
  }

  /** Forms were entered (or taken back): the counts, the ranking and the call-backs move. */
  async refresh(): Promise<void> {
    const id = this.open.id;
    if (id === null) return;
    await Promise.all([this.#show(id), this.list.load()]);
  }

  /** The survey was saved: its texts (and the need titles) may have changed. */
  surveySaved(detail: AssessmentDetail): void {
    if (detail.assessment.id !== this.open.id) return;
    this.#replace(detail);
    void this.#loadRanking(detail);
    void this.list.load();
  }

  /** Prints the next numbered forms of the open assessment, then brings its counts up to date. */
  async printForms(): Promise<PrintedForms | null> {
    const assessment = this.open.detail?.assessment;
    if (!assessment) return null;
    const printed = await this.print.print(assessment);
    if (printed === null) return null;
    void this.list.load();
    if (this.open.id === assessment.id && this.editing === null) void this.#show(assessment.id);
    return printed;
  }

  async #show(id: AssessmentId): Promise<void> {
    const shown = await this.open.show(id);
    const detail = this.open.detail;
    if (shown && detail && detail.assessment.id === id) {
      this.#handOn(detail);
      await this.#loadAnswers(detail);
    }
  }

  /** After a save answered with the fresh assessment. */
  #replace(detail: AssessmentDetail): void {
    this.open.replace(detail);
    this.#handOn(detail);
  }

  /** A newer detail (a saved survey, a new count of forms) for the assessment's kept forms. */
  #handOn(detail: AssessmentDetail): void {
    const id = detail.assessment.id;
    this.#entries.get(id)?.useDetail(detail);
    this.#surveys.get(id)?.sync(detail);
  }

  async #loadAnswers(detail: AssessmentDetail): Promise<void> {
    await Promise.all([
      this.#loadRanking(detail),
      this.#loadPrograms(detail.assessment.id),
      this.followUps.load(detail.assessment.id),
    ]);
  }

  /** The candidates' suggested scores follow the answers: fetched when the tab is on screen. */
  async #loadPrograms(id: AssessmentId): Promise<void> {
    if (this.tab === "programs") await this.programs.load(id);
    else this.programs.markStale(id);
  }

  /** Fetches the ranking when it is on screen; otherwise when it next comes on screen. */
  async #loadRanking(detail: AssessmentDetail): Promise<void> {
    const id = detail.assessment.id;
    if (this.tab === "ranking") await this.ranking.load(id, detail.survey.languages);
    else this.ranking.markStale(id, detail.survey.languages);
  }

  #reset(): void {
    this.list.reset();
    this.open.reset();
    this.ranking.reset();
    this.followUps.reset();
    this.print.reset();
    this.programs.reset();
    this.formPages.reset();
    this.#entries.clear();
    this.#surveys.clear();
    this.editing = null;
    this.tab = "ranking";
    this.tabFocusRequested = false;
    this.pendingDiscard = null;
  }
}

/** The one kept in `kept` for the assessment, made on first asking. */
function keptFor<T>(kept: Map<string, T>, detail: AssessmentDetail, make: () => T): T {
  const id = detail.assessment.id;
  let found = kept.get(id);
  if (found === undefined) {
    found = make();
    kept.set(id, found);
  }
  return found;
}

export const [getNeeds, setNeeds] = createContext<Needs>();
