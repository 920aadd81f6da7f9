import type * as needsClient from "../api/client/needs";
import { toAppError, type AppError } from "../api/errors";
import type { AssessmentDetail, AssessmentId, EnteredForm, Question, ResponseId } from "../api/types";
import { t } from "../i18n/locale.svelte";
import {
  buildInput,
  checkEntry,
  emptyValues,
  FORM_NUMBER,
  isBlank,
  placeError,
  withConsent,
  type EntrySettings,
  type EntryTarget,
  type EntryValues,
} from "./entry-form";
import {
  pickedOf,
  questionTarget,
  toggled,
  topThreeRefusal,
  type AnswerDraft,
  type AnswerSheet,
} from "./paper-answers";

export type EntryPorts = Pick<typeof needsClient, "enterResponse" | "recentResponses" | "removeResponse"> & {
  /** Who is entering, as remembered on this laptop; and remembering it after a save. */
  rememberedName: () => string;
  rememberName: (name: string) => void;
};

export type EntryNote = {
  kind: "entered" | "taken back" | "nothing" | "failed";
  text: string;
};

/** Said once a sitting when a form would be saved without its area. */
export function noAreaText(): string {
  return t("needs-entry-no-area");
}

/** A form entered in this sitting, for Ctrl+Z: what was sent, to put it back for fixing. */
type EnteredNow = { id: ResponseId; form: string; settings: EntrySettings; values: EntryValues };

/**
 * Typing filled paper forms in, one after another: the number, the ticks, consent and contact
 * details; Ctrl+Enter saves and clears for the next form, keeping who is entering, the area,
 * the language and how the forms were gathered. A refusal keeps everything typed and points
 * at the field it is about; Ctrl+Z takes the last form back.
 */
export class EntryForm implements AnswerSheet {
  readonly assessmentId: AssessmentId;
  detail = $state.raw<AssessmentDetail>() as AssessmentDetail;
  settings = $state<EntrySettings>() as EntrySettings;
  values = $state<EntryValues>(emptyValues());
  saving = $state(false);
  /** What to fix, beside the field it is about (see `EntryTarget`). */
  problems = $state.raw<Record<EntryTarget, string>>({});
  /** A refusal no field shows. */
  formError = $state<AppError | null>(null);
  /** What the last save or take-back did, for the live region. */
  note = $state<EntryNote | null>(null);
  /** The forms entered last (any sitting), newest first. */
  recent = $state.raw<EnteredForm[]>([]);
  recentError = $state<AppError | null>(null);
  /** Where the keyboard focus should go as soon as the screen can put it there. */
  focusRequest = $state<EntryTarget | null>(null);

  /** Forms entered in this sitting, the last at the end; Ctrl+Z takes them back in turn. */
  #entered = $state.raw<EnteredNow[]>([]);
  /** Forms entered in this sitting and not taken back. */
  readonly enteredNow: number = $derived(this.#entered.length);
  /** The ids of those forms, so the list can tell them apart. */
  readonly mine: ReadonlySet<string> = $derived(new Set(this.#entered.map((item) => item.id)));

  readonly #ports: EntryPorts;
  /** The organizer was told this sitting that no area is picked, and may save without one. */
  #noAreaAsked = false;

  constructor(detail: AssessmentDetail, ports: EntryPorts) {
    this.assessmentId = detail.assessment.id;
    this.detail = detail;
    this.#ports = ports;
    const methods = detail.assessment.methods;
    this.settings = {
      enteredBy: ports.rememberedName(),
      area: detail.assessment.areas.length === 1 ? detail.assessment.areas[0] : "",
      language: detail.survey.languages[0] ?? "en",
      method: methods.length === 1 ? methods[0] : "",
    };
  }

  get survey() {
    return this.detail.survey;
  }

  /** "3 forms entered this session" */
  get countText(): string {
    return t("needs-entry-count", { count: this.enteredNow });
  }

  /** The assessment as the parent has it now (a saved survey, a new count of forms). */
  useDetail(detail: AssessmentDetail): void {
    if (detail === this.detail) return;
    this.detail = detail;
    if (!detail.survey.languages.includes(this.settings.language)) {
      this.settings.language = detail.survey.languages[0] ?? "en";
    }
  }

  async refresh(): Promise<void> {
    try {
      this.recent = await this.#ports.recentResponses(this.assessmentId);
      this.recentError = null;
    } catch (reason) {
      this.recentError = toAppError(reason);
    }
  }

  /** Call after a field changed: what was said about it no longer holds. */
  edited(target: EntryTarget): void {
    if (target === "area") this.#noAreaAsked = false;
    if (!(target in this.problems)) return;
    const { [target]: _gone, ...rest } = this.problems;
    this.problems = rest;
  }

  answer(key: string): AnswerDraft {
    return this.values.answers[key] ?? null;
  }

  setAnswer(key: string, value: AnswerDraft): void {
    this.values.answers[key] = value;
    this.edited(questionTarget(key));
  }

  /** The choices ticked on a multiple-choice or top-three question. */
  picked(key: string): string[] {
    return pickedOf(this.values.answers[key]);
  }

  /** Ticks or unticks a choice; answers false when refused (a fourth of the top three). */
  toggle(question: Question, choice: string, on: boolean): boolean {
    const next = toggled(question, this.picked(question.key), choice, on);
    if (next.refused) {
      this.problems = { ...this.problems, [questionTarget(question.key)]: topThreeRefusal() };
      return false;
    }
    this.setAnswer(question.key, next.picked);
    return true;
  }

  /** Unticking consent clears every contact detail, so nothing personal is kept without it. */
  setConsent(on: boolean): void {
    this.values = withConsent(this.values, on);
    this.edited("consent");
    if (!on) {
      this.edited("phone");
      this.edited("email");
    }
  }

  /** Ctrl+Enter or "Save form". Answers true when the form was entered. */
  async save(): Promise<boolean> {
    if (this.saving) return false;
    const survey = this.survey;
    const problems = checkEntry(survey, this.settings, this.values);
    this.formError = null;
    if (Object.keys(problems).length > 0) {
      this.problems = problems;
      this.focusRequest = this.#firstOf(problems);
      return false;
    }
    // A form with no area drops out of the by-area ranking: ask once, then take the organizer's
    // word for it (a second save enters it without one).
    if (this.detail.assessment.areas.length > 0 && this.settings.area.trim() === "" && !this.#noAreaAsked) {
      this.#noAreaAsked = true;
      this.problems = { area: noAreaText() };
      this.focusRequest = "area";
      return false;
    }
    this.problems = {};
    const settings = { ...this.settings };
    const values = $state.snapshot(this.values) as EntryValues;
    this.saving = true;
    try {
      const entered = await this.#ports.enterResponse(
        this.assessmentId,
        buildInput(survey, settings, values),
      );
      this.#entered = [...this.#entered, { id: entered.id, form: entered.form, settings, values }];
      this.note = { kind: "entered", text: t("needs-entry-entered", { form: entered.form }) };
      this.values = emptyValues();
      this.focusRequest = FORM_NUMBER;
      this.#ports.rememberName(settings.enteredBy);
      void this.refresh();
      return true;
    } catch (reason) {
      const placed = placeError(toAppError(reason), survey);
      this.note = null;
      if (placed.target === null) {
        this.formError = placed.error;
        this.focusRequest = "save";
      } else {
        this.problems = { [placed.target]: placed.message };
        this.focusRequest = placed.target;
      }
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Ctrl+Z: takes back the last form entered in this sitting. Answers whether it did. */
  async undo(): Promise<boolean> {
    const last = this.#entered.at(-1);
    if (!last) {
      this.note = { kind: "nothing", text: t("needs-entry-nothing-to-take-back") };
      return false;
    }
    return this.takeBack(last.id, last.form);
  }

  /**
   * Takes a form back (entered by mistake, or with a mistake). One entered in this sitting
   * comes back into the form to fix, unless another is already being typed. Answers whether
   * it was taken back.
   */
  async takeBack(id: ResponseId, form: string): Promise<boolean> {
    try {
      await this.#ports.removeResponse(id);
    } catch (reason) {
      const error = toAppError(reason);
      this.note = { kind: "failed", text: t("needs-entry-not-taken-back", { form, error: error.text }) };
      return false;
    }
    const entered = this.#entered.find((item) => item.id === id);
    this.#entered = this.#entered.filter((item) => item.id !== id);
    if (entered && isBlank(this.values)) {
      this.settings = { ...entered.settings };
      this.values = { ...entered.values, form: entered.form };
      this.problems = {};
      this.formError = null;
      this.note = { kind: "taken back", text: t("needs-entry-taken-back-to-fix", { form }) };
    } else {
      this.note = { kind: "taken back", text: t("needs-entry-taken-back", { form }) };
    }
    this.focusRequest = FORM_NUMBER;
    await this.refresh();
    return true;
  }

  /** The first problem in the order the fields are on screen. */
  #firstOf(problems: Record<EntryTarget, string>): EntryTarget {
    const order: EntryTarget[] = [
      "entered by",
      FORM_NUMBER,
      ...this.survey.domains.flatMap((d) => d.questions.map((q) => questionTarget(q.key))),
      ...this.survey.about.map((q) => questionTarget(q.key)),
    ];
    return order.find((target) => target in problems) ?? Object.keys(problems)[0];
  }
}
