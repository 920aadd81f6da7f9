import * as orgsClient from "../api/client/orgs";
import { fieldMessage, invalidField, toAppError, type AppError } from "../api/errors";
import type {
  ConnectionsAssessment,
  ConnectionsResponseId,
  EnteredConnections,
  OrganizationId,
  Participant,
  Question,
  TieRole,
} from "../api/types";
import { t } from "../i18n/locale.svelte";
import { LatestOnly } from "../navigation/latest-only";
import {
  pickedOf,
  questionTarget,
  toggled,
  topThreeRefusal,
  type AnswerDraft,
  type AnswerSheet,
} from "../needs/paper-answers";
import { rememberedOrganizer, rememberOrganizer } from "../people/organizer";
import {
  buildInput,
  checkEntry,
  emptyValues,
  ENTERED_BY,
  firstProblem,
  FORM_NUMBER,
  isBlank,
  lineTarget,
  MEMBER,
  newOrgInput,
  placeError,
  withTrailingLine,
  WORKPLACE,
  type ConnectionsSettings,
  type ConnectionsValues,
  type EntryLine,
  type LineOrg,
} from "./connections-entry";

export type ConnectionsEntryPorts = Pick<
  typeof orgsClient,
  | "connectionsAssessment"
  | "enterConnectionsForm"
  | "recentConnectionsForms"
  | "takeBackConnectionsForm"
  | "createOrg"
> & {
  /** Who is entering, as remembered on this laptop; and remembering it after a save. */
  rememberedName: () => string;
  rememberName: (name: string) => void;
};

const realPorts: ConnectionsEntryPorts = {
  connectionsAssessment: orgsClient.connectionsAssessment,
  enterConnectionsForm: orgsClient.enterConnectionsForm,
  recentConnectionsForms: orgsClient.recentConnectionsForms,
  takeBackConnectionsForm: orgsClient.takeBackConnectionsForm,
  createOrg: orgsClient.createOrg,
  rememberedName: () => rememberedOrganizer(),
  rememberName: (name) => rememberOrganizer(name),
};

export type ConnectionsEntryNote = {
  kind: "entered" | "added" | "taken back" | "nothing" | "failed";
  text: string;
};

/** A form entered in this sitting, for Ctrl+Z: what was typed, to put it back for fixing. */
type EnteredNow = {
  id: ConnectionsResponseId;
  form: string;
  settings: ConnectionsSettings;
  values: ConnectionsValues;
};

/** "K7QF-0042", or what stands for a form filled in on the laptop. */
export function formNumberText(form: string | null): string {
  return form ?? t("connections-entry-on-laptop");
}

/**
 * Typing filled connections forms in, one after another: the number, who filled it in, a line
 * per organization (picked from the directory as the name is typed, or added to it as new in
 * one keystroke) with their role, how strong the tie is and whether they would introduce the
 * chapter, their work and union, and the survey's own questions. Ctrl+Enter saves and clears
 * for the next form, keeping who is entering and the forms' language. A refusal keeps
 * everything typed and points at the field it is about; Ctrl+Z takes the last form back.
 */
export class ConnectionsEntry implements AnswerSheet {
  /** The assessment, for its survey and code; null until fetched. */
  assessment = $state.raw<ConnectionsAssessment | null>(null);
  loadError = $state<AppError | null>(null);
  settings = $state<ConnectionsSettings>() as ConnectionsSettings;
  values = $state<ConnectionsValues>(emptyValues());
  saving = $state(false);
  /** What to fix, beside the field it is about (a target of `connections-entry`). */
  problems = $state.raw<Record<string, string>>({});
  /** A refusal no field shows. */
  formError = $state<AppError | null>(null);
  /** What the last save, new organization or take-back did, for the live region. */
  note = $state<ConnectionsEntryNote | null>(null);
  /** The forms entered last (any sitting), newest first. */
  recent = $state.raw<EnteredConnections[]>([]);
  recentError = $state<AppError | null>(null);
  /** Where the keyboard focus should go as soon as the screen can put it there. */
  focusRequest = $state<string | null>(null);
  /** The line whose new organization is being added. */
  adding = $state<number | null>(null);

  /** Forms entered in this sitting, the last at the end; Ctrl+Z takes them back in turn. */
  #entered = $state.raw<EnteredNow[]>([]);
  /** Forms entered in this sitting and not taken back. */
  readonly enteredNow: number = $derived(this.#entered.length);
  /** The ids of those forms, so the list can tell them apart. */
  readonly mine: ReadonlySet<string> = $derived(new Set(this.#entered.map((item) => item.id)));

  readonly #ports: ConnectionsEntryPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: ConnectionsEntryPorts = realPorts) {
    this.#ports = ports;
    this.settings = { enteredBy: ports.rememberedName(), language: "en" };
  }

  /** The survey's own questions, after the organizations and the work. */
  get questions(): Question[] {
    return this.assessment?.survey.questions ?? [];
  }

  /** The languages the forms can be in. */
  get languages(): string[] {
    return this.assessment?.survey.languages ?? [this.settings.language];
  }

  /** "3 forms entered this session" */
  get countText(): string {
    return t("needs-entry-count", { count: this.enteredNow });
  }

  /** Fetches the assessment (its survey, code, forms printed) and the forms entered last. */
  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const assessment = await this.#ports.connectionsAssessment();
      if (!this.#latest.isCurrent(ticket)) return;
      this.assessment = assessment;
      this.loadError = null;
      if (!assessment.survey.languages.includes(this.settings.language)) {
        this.settings.language = assessment.survey.languages[0] ?? "en";
      }
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.loadError = toAppError(reason);
    }
    await this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      this.recent = await this.#ports.recentConnectionsForms();
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

  picked(key: string): string[] {
    return pickedOf(this.values.answers[key]);
  }

  toggle(question: Question, choice: string, on: boolean): boolean {
    const next = toggled(question, this.picked(question.key), choice, on);
    if (next.refused) {
      this.problems = { ...this.problems, [questionTarget(question.key)]: topThreeRefusal() };
      return false;
    }
    this.setAnswer(question.key, next.picked);
    return true;
  }

  /** Who filled the form in, picked from the chapter; the cursor goes on to the first line. */
  pickMember(person: Participant): void {
    this.values.member = person;
    this.edited(MEMBER);
    const first = this.values.lines[0];
    this.focusRequest = first ? lineTarget(first.key, "org") : WORKPLACE;
  }

  /** "Pick someone else". */
  clearMember(): void {
    this.values.member = null;
    this.focusRequest = MEMBER;
  }

  line(key: number): EntryLine | undefined {
    return this.values.lines.find((line) => line.key === key);
  }

  /** The name box of a line changed: a picked organization whose name is typed over is let go. */
  typeOrg(key: number, text: string): void {
    const line = this.line(key);
    if (!line) return;
    line.text = text;
    if (line.org !== null && text !== line.org.name) line.org = null;
    this.edited(lineTarget(key, "org"));
  }

  /** An organization from the directory, picked from the suggestions. */
  pickOrg(key: number, org: { id: OrganizationId; name: string }): void {
    this.#named(key, { id: org.id, name: org.name, isNew: false });
  }

  /**
   * Adds the typed name to the directory as a new organization (kind "other", relationship
   * not known yet, added by whoever is entering) and puts it on the line. Answers whether it
   * was added; a refusal shows beside the name, or beside "Entered by" when that is missing.
   */
  async addOrg(key: number, name: string): Promise<boolean> {
    const typed = name.trim();
    if (typed === "" || this.adding !== null) return false;
    const addedBy = this.settings.enteredBy.trim();
    if (addedBy === "") {
      this.problems = { ...this.problems, [ENTERED_BY]: t("connections-entry-new-org-needs-name") };
      this.focusRequest = ENTERED_BY;
      return false;
    }
    this.adding = key;
    try {
      const detail = await this.#ports.createOrg(newOrgInput(typed), "unknown", addedBy);
      const org = detail.organization;
      this.#named(key, { id: org.id, name: org.fields.name, isNew: true });
      this.note = { kind: "added", text: t("connections-entry-org-added", { name: org.fields.name }) };
      return true;
    } catch (reason) {
      const error = toAppError(reason);
      const target = invalidField(error) === "added_by" ? ENTERED_BY : lineTarget(key, "org");
      this.problems = { ...this.problems, [target]: fieldMessage(error) };
      this.focusRequest = target;
      return false;
    } finally {
      this.adding = null;
    }
  }

  setRole(key: number, role: TieRole): void {
    const line = this.line(key);
    if (!line) return;
    line.role = role;
    this.edited(lineTarget(key, "role"));
  }

  setStrength(key: number, strength: number | null): void {
    const line = this.line(key);
    if (!line) return;
    line.strength = strength;
    this.edited(lineTarget(key, "strength"));
  }

  setIntroduce(key: number, on: boolean): void {
    const line = this.line(key);
    if (!line) return;
    line.wouldIntroduce = on;
  }

  /** Takes a line off the form; the cursor goes to the line that takes its place. */
  removeLine(key: number): void {
    const index = this.values.lines.findIndex((line) => line.key === key);
    if (index < 0) return;
    for (const part of ["org", "role", "strength", "introduce"] as const) this.edited(lineTarget(key, part));
    this.values.lines = withTrailingLine(this.values.lines.filter((line) => line.key !== key));
    const next = this.values.lines[Math.min(index, this.values.lines.length - 1)];
    if (next) this.focusRequest = lineTarget(next.key, "org");
  }

  /** Enter on an empty line: no more organizations on this form, on to the work. */
  doneWithLines(): void {
    this.focusRequest = WORKPLACE;
  }

  /** Ctrl+Enter or "Save form". Answers true when the form was entered. */
  async save(): Promise<boolean> {
    if (this.saving) return false;
    const questions = this.questions;
    const problems = checkEntry(questions, this.settings, this.values);
    this.formError = null;
    const built = buildInput(questions, this.settings, this.values);
    if (Object.keys(problems).length > 0 || built === null) {
      this.problems = problems;
      this.focusRequest = firstProblem(problems, questions, this.values);
      return false;
    }
    this.problems = {};
    const settings = { ...this.settings };
    const values = $state.snapshot(this.values) as ConnectionsValues;
    this.saving = true;
    try {
      const entered = await this.#ports.enterConnectionsForm(built.input);
      const form = formNumberText(entered.form);
      this.#entered = [...this.#entered, { id: entered.id, form, settings, values }];
      this.note = {
        kind: "entered",
        text: t("connections-entry-entered", { form, name: entered.person_name, count: entered.ties }),
      };
      this.values = emptyValues();
      this.focusRequest = FORM_NUMBER;
      this.#ports.rememberName(settings.enteredBy);
      void this.refresh();
      return true;
    } catch (reason) {
      const placed = placeError(toAppError(reason), questions, built.lineOfTie);
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
   * Takes a form back (entered by mistake, or with a mistake): its ties go, and its number can
   * be entered again. One entered in this sitting comes back into the form to fix, unless
   * another is already being typed. Answers whether it was taken back.
   */
  async takeBack(id: ConnectionsResponseId, form: string): Promise<boolean> {
    try {
      await this.#ports.takeBackConnectionsForm(id);
    } catch (reason) {
      const error = toAppError(reason);
      this.note = { kind: "failed", text: t("needs-entry-not-taken-back", { form, error: error.text }) };
      return false;
    }
    const entered = this.#entered.find((item) => item.id === id);
    this.#entered = this.#entered.filter((item) => item.id !== id);
    if (entered && isBlank(this.values)) {
      this.settings = { ...entered.settings };
      this.values = { ...entered.values, lines: withTrailingLine(entered.values.lines) };
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

  /** Another chapter: nothing of this one's forms is kept (who is entering is). */
  reset(): void {
    this.#latest.invalidate();
    this.assessment = null;
    this.loadError = null;
    this.values = emptyValues();
    this.problems = {};
    this.formError = null;
    this.note = null;
    this.recent = [];
    this.recentError = null;
    this.focusRequest = null;
    this.#entered = [];
  }

  /** Puts an organization on a line; the last line taken, a new empty one opens under it. */
  #named(key: number, org: LineOrg): void {
    const line = this.line(key);
    if (!line) return;
    line.org = org;
    line.text = org.name;
    this.edited(lineTarget(key, "org"));
    this.values.lines = withTrailingLine(this.values.lines);
    this.focusRequest = lineTarget(key, "role");
  }
}
