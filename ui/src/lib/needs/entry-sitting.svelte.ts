// The sitting shared by the needs forms and the connections forms: an organizer types a pile of
// filled paper forms in, one after another, and both kinds save, refuse, list and take back in
// the same way. It is held here once, so each kind says only what it types, checks and sends,
// and the two cannot drift apart in what Ctrl+Enter and Ctrl+Z do.

import { toAppError, type AppError } from "../api/errors";
import type { Question } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { FORM_NUMBER } from "./entry-form";
import {
  pickedOf,
  questionTarget,
  toggled,
  topThreeRefusal,
  type AnswerDraft,
  type AnswerSheet,
} from "./paper-answers";

/** Who is entering, as remembered on this laptop; and remembering it after a save. */
export type EnteredByPorts = {
  rememberedName: () => string;
  rememberName: (name: string) => void;
};

/** How a sitting reaches the forms already entered. */
export type SittingPorts<Id, Recent> = Pick<EnteredByPorts, "rememberName"> & {
  /** The forms entered last (any sitting), newest first. */
  recentForms: () => Promise<Recent[]>;
  takeBackForm: (id: Id) => Promise<void>;
};

/** What the screen says the last keystroke did; `Also` is what one kind of form adds. */
export type SittingNote<Also extends string = never> = {
  kind: "entered" | "taken back" | "nothing" | "failed" | Also;
  text: string;
};

/** A form the backend took: its number as the screen says it, and the note that says so. */
export type SentForm<Id> = { id: Id; form: string; text: string };

/** A refusal placed beside its field, or left for the form as a whole. */
export type PlacedRefusal = { target: string; message: string } | { target: null; error: AppError };

/** What a save goes on with: what to fix first and where the cursor goes, or the form to send. */
export type Prepared<Id> =
  | { fix: Record<string, string>; focus: string | null }
  | { send: () => Promise<SentForm<Id>>; place: (error: AppError) => PlacedRefusal };

/** Set once at the top and kept from form to form. */
type SittingSettings = { enteredBy: string; language: string };

/** A form entered in this sitting, for Ctrl+Z: what was sent, to put it back for fixing. */
type EnteredNow<Id, Settings, Values> = { id: Id; form: string; settings: Settings; values: Values };

/**
 * Typing filled paper forms in, one after another: Ctrl+Enter saves and clears for the next
 * form, keeping the settings; a refusal keeps everything typed and points at the field it is
 * about; Ctrl+Z takes the last form back into the form to fix.
 */
export abstract class EntrySitting<
  Settings extends SittingSettings,
  Values extends { answers: Record<string, AnswerDraft> },
  Id extends string,
  Recent,
  Also extends string = never,
> implements AnswerSheet {
  settings = $state<Settings>() as Settings;
  values = $state<Values>() as Values;
  saving = $state(false);
  /** What to fix, beside the field it is about (a target of the kind of form). */
  problems = $state.raw<Record<string, string>>({});
  /** A refusal no field shows. */
  formError = $state<AppError | null>(null);
  /** What the last save or take-back did, for the live region. */
  note = $state<SittingNote<Also> | null>(null);
  /** The forms entered last (any sitting), newest first. */
  recent = $state.raw<Recent[]>([]);
  recentError = $state<AppError | null>(null);
  /** Where the keyboard focus should go as soon as the screen can put it there. */
  focusRequest = $state<string | null>(null);

  /** Forms entered in this sitting, the last at the end; Ctrl+Z takes them back in turn. */
  #entered = $state.raw<EnteredNow<Id, Settings, Values>[]>([]);
  /** Forms entered in this sitting and not taken back. */
  readonly enteredNow: number = $derived(this.#entered.length);
  /** The ids of those forms, so the list can tell them apart. */
  readonly mine: ReadonlySet<string> = $derived(new Set(this.#entered.map((item) => item.id)));

  readonly #ports: SittingPorts<Id, Recent>;

  constructor(ports: SittingPorts<Id, Recent>, settings: Settings) {
    this.#ports = ports;
    this.settings = settings;
    this.values = this.blank();
  }

  /** A form with nothing typed on it yet. */
  protected abstract blank(): Values;

  /** Nothing typed or marked yet: a form taken back may come in to be fixed. */
  protected abstract isBlank(values: Values): boolean;

  /** What a form taken back puts in the form to fix, from what was sent as number `form`. */
  protected abstract toFix(form: string, values: Values): Values;

  /** Checks the form as it is now and builds what to send; nothing is sent yet. */
  protected abstract prepare(settings: Settings, values: Values): Prepared<Id>;

  /** "3 forms entered this session" */
  get countText(): string {
    return t("needs-entry-count", { count: this.enteredNow });
  }

  async refresh(): Promise<void> {
    try {
      this.recent = await this.#ports.recentForms();
      this.recentError = null;
    } catch (reason) {
      this.recentError = toAppError(reason);
    }
  }

  /** Call after a field changed: what was said about it no longer holds. */
  edited(target: string): void {
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

  /** Ctrl+Enter or "Save form". Answers true when the form was entered. */
  async save(): Promise<boolean> {
    if (this.saving) return false;
    // What is sent, kept as it was: it comes back into the form if it is taken back.
    const settings = { ...this.settings };
    const values = $state.snapshot(this.values) as Values;
    this.formError = null;
    const prepared = this.prepare(settings, values);
    if ("fix" in prepared) {
      this.problems = prepared.fix;
      this.focusRequest = prepared.focus;
      return false;
    }
    this.problems = {};
    this.saving = true;
    try {
      const sent = await prepared.send();
      this.#entered = [...this.#entered, { id: sent.id, form: sent.form, settings, values }];
      this.note = { kind: "entered", text: sent.text };
      this.values = this.blank();
      this.focusRequest = FORM_NUMBER;
      this.#ports.rememberName(settings.enteredBy);
      void this.refresh();
      return true;
    } catch (reason) {
      const placed = prepared.place(toAppError(reason));
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
   * Takes a form back (entered by mistake, or with a mistake), so its number can be entered
   * again. One entered in this sitting comes back into the form to fix, unless another is
   * already being typed. Answers whether it was taken back.
   */
  async takeBack(id: Id, form: string): Promise<boolean> {
    try {
      await this.#ports.takeBackForm(id);
    } catch (reason) {
      const error = toAppError(reason);
      this.note = { kind: "failed", text: t("needs-entry-not-taken-back", { form, error: error.text }) };
      return false;
    }
    const entered = this.#entered.find((item) => item.id === id);
    this.#entered = this.#entered.filter((item) => item.id !== id);
    if (entered && this.isBlank(this.values)) {
      this.settings = { ...entered.settings };
      this.values = this.toFix(entered.form, entered.values);
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

  /** Keeps the forms' language while the survey has it, else takes the survey's first. */
  protected fitLanguage(languages: readonly string[]): void {
    if (!languages.includes(this.settings.language)) this.settings.language = languages[0] ?? "en";
  }

  /** Forgets this sitting's forms and all said about them; the settings stay. */
  protected startAfresh(): void {
    this.values = this.blank();
    this.problems = {};
    this.formError = null;
    this.note = null;
    this.recent = [];
    this.recentError = null;
    this.focusRequest = null;
    this.#entered = [];
  }
}
