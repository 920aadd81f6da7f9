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
import { EntrySitting, type EnteredByPorts, type Prepared } from "../needs/entry-sitting.svelte";
import { rememberedOrganizer, rememberOrganizer } from "../people/organizer";
import {
  buildInput,
  checkEntry,
  emptyValues,
  ENTERED_BY,
  firstProblem,
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
> &
  EnteredByPorts;

const realPorts: ConnectionsEntryPorts = {
  connectionsAssessment: orgsClient.connectionsAssessment,
  enterConnectionsForm: orgsClient.enterConnectionsForm,
  recentConnectionsForms: orgsClient.recentConnectionsForms,
  takeBackConnectionsForm: orgsClient.takeBackConnectionsForm,
  createOrg: orgsClient.createOrg,
  rememberedName: () => rememberedOrganizer(),
  rememberName: (name) => rememberOrganizer(name),
};

/** "K7QF-0042", or what stands for a form filled in on the laptop. */
export function formNumberText(form: string | null): string {
  return form ?? t("connections-entry-on-laptop");
}

/**
 * Typing filled connections forms in (see `EntrySitting`): the number, who filled it in, a line
 * per organization (picked from the directory as the name is typed, or added to it as new in
 * one keystroke) with their role, how strong the tie is and whether they would introduce the
 * chapter, their work and union, and the survey's own questions. A save keeps who is entering
 * and the forms' language; the note also says when a new organization was added.
 */
export class ConnectionsEntry extends EntrySitting<
  ConnectionsSettings,
  ConnectionsValues,
  ConnectionsResponseId,
  EnteredConnections,
  "added"
> {
  /** The assessment, for its survey and code; null until fetched. */
  assessment = $state.raw<ConnectionsAssessment | null>(null);
  loadError = $state<AppError | null>(null);
  /** The line whose new organization is being added. */
  adding = $state<number | null>(null);

  readonly #ports: ConnectionsEntryPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: ConnectionsEntryPorts = realPorts) {
    super(
      {
        recentForms: () => ports.recentConnectionsForms(),
        takeBackForm: (id) => ports.takeBackConnectionsForm(id),
        rememberName: (name) => ports.rememberName(name),
      },
      { enteredBy: ports.rememberedName(), language: "en" },
    );
    this.#ports = ports;
  }

  /** The survey's own questions, after the organizations and the work. */
  get questions(): Question[] {
    return this.assessment?.survey.questions ?? [];
  }

  /** The languages the forms can be in. */
  get languages(): string[] {
    return this.assessment?.survey.languages ?? [this.settings.language];
  }

  /** Fetches the assessment (its survey, code, forms printed) and the forms entered last. */
  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const assessment = await this.#ports.connectionsAssessment();
      if (!this.#latest.isCurrent(ticket)) return;
      this.assessment = assessment;
      this.loadError = null;
      this.fitLanguage(assessment.survey.languages);
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.loadError = toAppError(reason);
    }
    await this.refresh();
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

  /** Another chapter: nothing of this one's forms is kept (who is entering is). */
  reset(): void {
    this.#latest.invalidate();
    this.assessment = null;
    this.loadError = null;
    this.startAfresh();
  }

  protected override blank(): ConnectionsValues {
    return emptyValues();
  }

  protected override isBlank(values: ConnectionsValues): boolean {
    return isBlank(values);
  }

  /** The number as it was typed, and an empty line again under the organizations. */
  protected override toFix(_form: string, values: ConnectionsValues): ConnectionsValues {
    return { ...values, lines: withTrailingLine(values.lines) };
  }

  protected override prepare(
    settings: ConnectionsSettings,
    values: ConnectionsValues,
  ): Prepared<ConnectionsResponseId> {
    const questions = this.questions;
    const problems = checkEntry(questions, settings, values);
    const built = buildInput(questions, settings, values);
    if (Object.keys(problems).length > 0 || built === null) {
      return { fix: problems, focus: firstProblem(problems, questions, values) };
    }
    return {
      send: async () => {
        const entered = await this.#ports.enterConnectionsForm(built.input);
        const form = formNumberText(entered.form);
        const text = t("connections-entry-entered", { form, name: entered.person_name, count: entered.ties });
        return { id: entered.id, form, text };
      },
      place: (error) => placeError(error, questions, built.lineOfTie),
    };
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
