import { SvelteMap } from "svelte/reactivity";
import type * as needsClient from "../api/client/needs";
import type * as printClient from "../api/client/print";
import type * as programsClient from "../api/client/programs";
import { toAppError, type AppError } from "../api/errors";
import type { AssessmentId, Candidate, PrintedFile, Project } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { LatestOnly } from "../navigation/latest-only";
import { ProgramDraft, ProjectDraft, ScoreDraft } from "./program-drafts.svelte";
import { defaultProjectName, savedText } from "./programs";

/** What the Programs tab asks of the backend; tests hand in fakes. */
export type ProgramsPorts = Pick<typeof needsClient, "printNeedsReport"> &
  Pick<typeof printClient, "openInViewer"> &
  Pick<typeof programsClient, "programCandidates" | "scoreProgram" | "addProgram" | "makeProject">;

/**
 * Service programs as entry points for the open assessment: every program in the catalogue
 * ranked as a candidate, the one open for scoring, its project once shortlisted, the
 * chapter's own programs, and the printed summary for the chapter meeting.
 */
export class ProgramsState {
  /** Whose candidates are shown or being fetched. */
  id = $state<AssessmentId | null>(null);
  candidates = $state.raw<Candidate[]>([]);
  loaded = $state(false);
  loading = $state(false);
  error = $state<AppError | null>(null);
  /** The candidate open for scoring (a program id). */
  selected = $state<string | null>(null);
  /** A candidate whose row should take the keyboard as soon as it is on screen. */
  rowFocusRequested = $state<string | null>(null);
  /** "Make it a project…", when open. */
  project = $state<ProjectDraft | null>(null);
  /** "Add your own program", under the candidates. */
  adding = $state(new ProgramDraft());
  /** The name of the program just added, said once. */
  added = $state<string | null>(null);
  /** The summary printed last, and for which assessment. */
  printed = $state.raw<{ assessmentId: AssessmentId; file: PrintedFile } | null>(null);
  printing = $state(false);
  printError = $state<AppError | null>(null);
  opening = $state(false);

  /** Typing per assessment and program: it survives a re-ranking or a look elsewhere. */
  readonly #drafts = new SvelteMap<string, ScoreDraft>();
  /** Projects started here, by program, for the assessment on screen. */
  readonly #started = new SvelteMap<string, Project>();
  readonly #ports: ProgramsPorts;
  readonly #latest = new LatestOnly();
  /** Candidates to fetch once they are looked at: the answers changed meanwhile. */
  #stale: AssessmentId | null = null;

  constructor(ports: ProgramsPorts) {
    this.#ports = ports;
  }

  /** Fetches an assessment's candidates; another assessment's go at once. */
  async load(id: AssessmentId): Promise<void> {
    this.#stale = null;
    if (id !== this.id) {
      this.candidates = [];
      this.loaded = false;
      this.error = null;
      this.selected = null;
      this.project = null;
      this.#started.clear();
    }
    this.id = id;
    await this.#fetch();
  }

  /** The answers changed while the tab is not on screen: fetch when it next is. */
  markStale(id: AssessmentId): void {
    this.#stale = id;
  }

  async refreshIfStale(): Promise<void> {
    const stale = this.#stale;
    if (stale !== null) await this.load(stale);
  }

  /** The scoring form of a candidate, once it was opened. */
  draftFor(programId: string): ScoreDraft | null {
    return this.id === null ? null : (this.#drafts.get(this.#key(this.id, programId)) ?? null);
  }

  /** Whether a candidate has typing not saved yet. */
  isDirty(programId: string): boolean {
    return this.draftFor(programId)?.dirty ?? false;
  }

  /** The project started here from a candidate, this session. */
  startedFor(programId: string): Project | null {
    return this.#started.get(programId) ?? null;
  }

  /** Opens a candidate's scoring form, or closes it when it is the open one. */
  toggle(programId: string): void {
    if (this.selected === programId) {
      this.selected = null;
      return;
    }
    this.open(programId);
  }

  open(programId: string): void {
    const id = this.id;
    const candidate = this.candidates.find((c) => c.program.id === programId);
    if (id === null || !candidate) return;
    const key = this.#key(id, programId);
    if (!this.#drafts.has(key)) this.#drafts.set(key, new ScoreDraft(candidate));
    this.selected = programId;
    if (this.project && this.project.programId !== programId) this.project = null;
  }

  /** Saves a candidate's scores: the list re-ranks and it stays open. Answers whether it saved. */
  async save(programId: string): Promise<boolean> {
    const id = this.id;
    const draft = this.draftFor(programId);
    if (id === null || draft === null || draft.saving) return false;
    const sent = draft.values;
    draft.saving = true;
    draft.error = null;
    draft.savedNote = null;
    const ticket = this.#latest.next();
    try {
      const ranked = await this.#ports.scoreProgram(id, draft.input());
      draft.markSaved(sent);
      const now = ranked.find((c) => c.program.id === programId);
      if (this.#latest.isCurrent(ticket) && this.id === id) this.#take(ranked);
      else if (now) draft.rebase(now);
      draft.savedNote = savedText(now, ranked.length);
      return true;
    } catch (reason) {
      draft.error = toAppError(reason);
      return false;
    } finally {
      draft.saving = false;
      if (this.#latest.isCurrent(ticket)) this.loading = false;
    }
  }

  /** "Make it a project…" on a shortlisted candidate, with the name it would get. */
  openProject(programId: string, assessmentName: string): void {
    const candidate = this.candidates.find((c) => c.program.id === programId);
    if (!candidate) return;
    this.project = new ProjectDraft(programId, defaultProjectName(candidate.program.name, assessmentName));
  }

  cancelProject(): void {
    this.project = null;
  }

  /** Starts the project; the candidate shows it from then on. Answers whether it started. */
  async saveProject(): Promise<boolean> {
    const draft = this.project;
    const id = this.id;
    if (draft === null || id === null) return false;
    const programId = draft.programId;
    const started = await saveDraft(draft, async (name) => {
      const project = await this.#ports.makeProject(id, programId, name);
      if (this.id !== id) return;
      this.#started.set(programId, project);
      this.candidates = this.candidates.map((c) =>
        c.program.id === programId ? { ...c, project_id: project.id } : c,
      );
      if (this.project === draft) this.project = null;
    });
    // Refused as already a project, or no longer shortlisted: show it as it is now.
    if (!started && draft.serverError && draft.serverField === null) void this.#fetch();
    return started;
  }

  /** Empties "Add your own program". */
  clearAdd(): void {
    this.adding = new ProgramDraft();
  }

  /**
   * Adds the chapter's own program to the catalogue, then opens it among the candidates to be
   * scored. Answers whether it was added.
   */
  async saveAdd(): Promise<boolean> {
    const draft = this.adding;
    this.added = null;
    return saveDraft(draft, async (input) => {
      const program = await this.#ports.addProgram(input);
      if (this.adding === draft) this.adding = new ProgramDraft();
      this.added = program.name;
      await this.#fetch();
      this.open(program.id);
      if (this.selected === program.id) this.rowFocusRequested = program.id;
    });
  }

  /** Prints the summary of the open assessment, in the chapter's languages and paper. */
  async printSummary(): Promise<PrintedFile | null> {
    const id = this.id;
    if (id === null || this.printing) return null;
    this.printing = true;
    this.printError = null;
    this.printed = null;
    try {
      const file = await this.#ports.printNeedsReport({ assessment: id, lang: null, paper: null });
      this.printed = { assessmentId: id, file };
      return file;
    } catch (reason) {
      this.printError = toAppError(reason);
      return null;
    } finally {
      this.printing = false;
    }
  }

  /** The summary printed for this assessment, if any. */
  printedFor(assessmentId: AssessmentId): PrintedFile | null {
    return this.printed?.assessmentId === assessmentId ? this.printed.file : null;
  }

  async openPrinted(): Promise<void> {
    const printed = this.printed;
    if (printed === null || this.opening) return;
    this.opening = true;
    this.printError = null;
    try {
      await this.#ports.openInViewer(printed.file.path);
    } catch (reason) {
      this.printError = toAppError(reason);
    } finally {
      this.opening = false;
    }
  }

  /** Another chapter: nothing of the last one's stays. */
  reset(): void {
    this.#latest.invalidate();
    this.#stale = null;
    this.#drafts.clear();
    this.#started.clear();
    this.id = null;
    this.candidates = [];
    this.loaded = false;
    this.loading = false;
    this.error = null;
    this.selected = null;
    this.rowFocusRequested = null;
    this.project = null;
    this.adding = new ProgramDraft();
    this.added = null;
    this.printed = null;
    this.printing = false;
    this.printError = null;
  }

  async #fetch(): Promise<void> {
    const id = this.id;
    if (id === null) return;
    const ticket = this.#latest.next();
    this.loading = true;
    try {
      const candidates = await this.#ports.programCandidates(id);
      if (!this.#latest.isCurrent(ticket)) return;
      this.#take(candidates);
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    } finally {
      if (this.#latest.isCurrent(ticket)) this.loading = false;
    }
  }

  /** A fresh ranking of the assessment on screen: the open forms follow it. */
  #take(candidates: Candidate[]): void {
    const id = this.id;
    if (id === null) return;
    this.candidates = candidates;
    this.loaded = true;
    for (const candidate of candidates) {
      this.#drafts.get(this.#key(id, candidate.program.id))?.rebase(candidate);
    }
  }

  #key(assessmentId: string, programId: string): string {
    return `${assessmentId}\n${programId}`;
  }
}
