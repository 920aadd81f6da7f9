import * as orgsClient from "../api/client/orgs";
import { AppError, toAppError } from "../api/errors";
import type { ConnectionsAssessment, ConnectionsSurvey, QuestionKind } from "../api/types";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { t } from "../i18n/locale.svelte";
import { SOURCE_LANGUAGE } from "../needs/survey-texts";
import {
  hasChoices,
  questionPathName,
  type NewText,
  type PlacedError,
  type QuestionEditor,
  type QuestionPath,
} from "../survey/question-edit";
import {
  cleanConnectionsSurvey,
  connectionsPathName,
  connectionsWhyKept,
  connectionsWithChoice,
  connectionsWithout,
  connectionsWithQuestion,
  connectionsWithText,
  refusedPlace,
  rowsError,
  sameConnectionsSurvey,
  type ConnectionsTextPath,
} from "./connections-survey";

export type ConnectionsSurveyPorts = Pick<typeof orgsClient, "saveConnectionsSurvey">;

/**
 * The connections survey as the organizer edits it: every text in each of the survey's
 * languages side by side, the lines for organizations, and the chapter's own questions. Edits
 * gather in `draft` and are saved whole with Save; taking out a question or choice only
 * changes the draft, so Cancel brings it back. A refusal is shown beside what it names, else
 * by Save, and the saved survey stays as it was.
 */
export class ConnectionsSurveyEdit extends DiscardGuard implements QuestionEditor {
  /** The survey as saved; null until the assessment is fetched. */
  saved = $state.raw<ConnectionsSurvey | null>(null);
  /** The survey with the unsaved edits (its `rows` is the saved one's: the box is `rows`). */
  draft = $state.raw<ConnectionsSurvey | null>(null);
  /** What the box for the lines for organizations holds; null while empty. */
  rows = $state<number | null>(null);
  isOpen = $state(false);
  saving = $state(false);
  /** A refusal that no one box shows. */
  error = $state<AppError | null>(null);
  /** A refusal shown beside the text, question, choice or box it is about. */
  placedError = $state<PlacedError | null>(null);
  /** What to fix in the box for the lines, shown after Save was pressed. */
  rowsError = $state<string | null>(null);
  /** What the last change did, in words, for the live region. */
  note = $state<string | null>(null);
  /** Set when a question or choice was taken out: the list of questions takes the focus. */
  focusQuestions = $state(false);

  readonly dirty: boolean = $derived(
    this.saved !== null &&
      this.draft !== null &&
      (!sameConnectionsSurvey(this.draft, this.saved) || this.rows !== this.saved.rows),
  );

  readonly #ports: ConnectionsSurveyPorts;
  /** Counts chapters: a save answered for the last one does not land in this one's editor. */
  #chapter = 0;

  constructor(ports: ConnectionsSurveyPorts = { saveConnectionsSurvey: orgsClient.saveConnectionsSurvey }) {
    super();
    this.#ports = ports;
  }

  /** The languages the survey runs in, side by side in the editor. */
  get languages(): string[] {
    return this.saved?.languages ?? [];
  }

  /** The language typed beside English when a question or choice is added. */
  get lang(): string {
    return this.languages.find((code) => code !== SOURCE_LANGUAGE) ?? SOURCE_LANGUAGE;
  }

  /** The survey as fetched or saved: unsaved edits are kept; without any, the draft follows. */
  sync(survey: ConnectionsSurvey): void {
    const hadEdits = this.dirty;
    this.saved = survey;
    if (!hadEdits) this.#restart();
  }

  open(): void {
    if (this.saved === null) return;
    if (!this.isOpen) this.#restart();
    this.note = null;
    this.isOpen = true;
  }

  /** Cancel or Escape: closes the editor, asking first when there are unsaved edits. */
  cancel(): void {
    this.guard(this.dirty, () => {
      this.#restart();
      this.isOpen = false;
    });
  }

  setText(path: ConnectionsTextPath, value: string, lang: string): void {
    if (this.draft === null) return;
    this.draft = connectionsWithText(this.draft, path, lang, value);
    if (this.placedError?.at === connectionsPathName(path)) this.placedError = null;
  }

  /** Adds a question at the end; answers its key, or null when nothing was typed. */
  addQuestion(kind: QuestionKind, text: NewText, choices: readonly NewText[] = []): string | null {
    if (this.draft === null || text.english.trim() === "") return null;
    if (hasChoices(kind) && !choices.some((c) => c.english.trim() !== "")) return null;
    const added = connectionsWithQuestion(this.draft, { kind, text, choices });
    this.draft = added.survey;
    return added.key;
  }

  addChoice(questionKey: string, text: NewText): string | null {
    if (this.draft === null || text.english.trim() === "") return null;
    const added = connectionsWithChoice(this.draft, questionKey, text);
    if (added === null) return null;
    this.draft = added.survey;
    return added.key;
  }

  whyKept(path: QuestionPath): string | null {
    return this.draft === null ? null : connectionsWhyKept(this.draft, path);
  }

  /** Takes a question or choice out of the unsaved edits (Cancel brings it back), or says why it stays. */
  askRemove(path: QuestionPath, label: string): void {
    if (this.draft === null) return;
    const kept = this.whyKept(path);
    if (kept !== null) {
      this.placedError = { at: questionPathName(path), error: new AppError("invalid_input", kept) };
      return;
    }
    this.placedError = null;
    this.draft = connectionsWithout(this.draft, path);
    this.note = t("connections-survey-removed", { what: label });
    this.focusQuestions = true;
  }

  /** Saves the draft whole; answers the assessment with the survey saved, or null. */
  async save(): Promise<ConnectionsAssessment | null> {
    if (this.draft === null || this.saving) return null;
    this.rowsError = rowsError(this.rows);
    if (this.rowsError !== null || this.rows === null) return null;
    this.saving = true;
    this.error = null;
    this.placedError = null;
    this.note = null;
    const sent = cleanConnectionsSurvey({ ...this.draft, rows: this.rows });
    const chapter = this.#chapter;
    try {
      const saved = await this.#ports.saveConnectionsSurvey(sent);
      if (chapter !== this.#chapter) return null;
      this.saved = saved.survey;
      this.#restart();
      this.isOpen = false;
      this.note = t("connections-survey-saved");
      return saved;
    } catch (reason) {
      if (chapter !== this.#chapter) return null;
      const error = toAppError(reason);
      const at = refusedPlace(sent, error.field);
      if (at !== null) this.placedError = { at, error };
      else this.error = error;
      return null;
    } finally {
      this.saving = false;
    }
  }

  /** Another chapter: nothing of the last one's survey or edits. */
  reset(): void {
    this.#chapter += 1;
    this.saved = null;
    this.draft = null;
    this.rows = null;
    this.isOpen = false;
    this.saving = false;
    this.note = null;
    this.pendingDiscard = null;
    this.#clearErrors();
  }

  #restart(): void {
    this.draft = this.saved;
    this.rows = this.saved?.rows ?? null;
    this.#clearErrors();
  }

  #clearErrors(): void {
    this.error = null;
    this.placedError = null;
    this.rowsError = null;
  }
}
