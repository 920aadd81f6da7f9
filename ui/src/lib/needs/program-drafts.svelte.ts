import { fieldMessage, invalidField, type AppError } from "../api/errors";
import type { Candidate, CandidateInput, ProgramInput, Scores } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import {
  candidateInput,
  candidateValues,
  criterionOf,
  emptyProgram,
  programInput,
  sameValues,
  scoreTotal,
  validateProgram,
  validateProjectName,
  type Criterion,
  type ProgramValues,
  type ScoreValues,
} from "./programs";

/**
 * One candidate's scoring form: the six scores, the notes and the shortlist mark as typed,
 * against what is saved. It outlives the form on screen, so typing survives opening another
 * candidate or a re-ranking.
 */
export class ScoreDraft {
  readonly programId: string;
  scores = $state<Scores>() as Scores;
  notes = $state("");
  shortlisted = $state(false);
  saving = $state(false);
  /** What the backend refused: under the criterion it names, else next to Save. */
  error = $state<AppError | null>(null);
  /** Said after a save: where the candidate now ranks. */
  savedNote = $state<string | null>(null);
  /** What the answers suggest for widely and deeply felt, used while they are not scored. */
  suggested = $state.raw<Scores>() as Scores;
  #saved = $state.raw<ScoreValues>() as ScoreValues;

  constructor(candidate: Candidate) {
    this.programId = candidate.program.id;
    this.#take(candidateValues(candidate));
    this.suggested = candidate.suggested;
  }

  get values(): ScoreValues {
    return { scores: { ...this.scores }, notes: this.notes, shortlisted: this.shortlisted };
  }

  /** Whether anything differs from what is saved. */
  get dirty(): boolean {
    return !sameValues(this.values, this.#saved);
  }

  /** The total these scores would give, as the backend counts it. */
  get preview(): { total: number; unscored: number } {
    return scoreTotal(this.scores, this.suggested);
  }

  /** Chooses a score; a refusal about this criterion goes with the value it was about. */
  setScore(criterion: Criterion, value: number | null): void {
    this.scores[criterion] = value;
    this.savedNote = null;
    if (this.errorCriterion === criterion) this.error = null;
  }

  /** The criterion the backend's refusal is about, if any. */
  get errorCriterion(): Criterion | null {
    return criterionOf(invalidField(this.error));
  }

  errorFor(criterion: Criterion): string | null {
    return this.error && this.errorCriterion === criterion ? fieldMessage(this.error) : null;
  }

  /** The backend's refusal when no criterion shows it. */
  get formError(): AppError | null {
    return this.errorCriterion === null ? this.error : null;
  }

  input(): CandidateInput {
    return candidateInput(this.programId, this.values);
  }

  /** `sent` was saved: the form is clean unless something was typed while it was saving. */
  markSaved(sent: ScoreValues): void {
    this.#saved = sent;
  }

  /** A fresh ranking came: follow it, unless there is typing not saved yet. */
  rebase(candidate: Candidate): void {
    this.suggested = candidate.suggested;
    const fresh = candidateValues(candidate);
    if (!this.dirty) this.#take(fresh);
    else this.#saved = fresh;
  }

  #take(values: ScoreValues): void {
    this.scores = { ...values.scores };
    this.notes = values.notes;
    this.shortlisted = values.shortlisted;
    this.#saved = values;
  }
}

/** "Make it a project…": the project's name for one shortlisted candidate. */
export class ProjectDraft extends Draft<{ name: string }> {
  readonly programId: string;

  constructor(programId: string, name: string) {
    super({ name }, validateProjectName, ["name"]);
    this.programId = programId;
  }

  submit(): string | null {
    return this.attempt() ? this.values.name.trim() : null;
  }
}

/** "Add your own program": a program the catalogue lacks, and the needs it answers. */
export class ProgramDraft extends Draft<ProgramValues> {
  constructor() {
    super(emptyProgram(), validateProgram, ["name", "needs"]);
  }

  submit(): ProgramInput | null {
    return this.attempt() ? programInput(this.values) : null;
  }
}
