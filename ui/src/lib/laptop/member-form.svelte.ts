import type * as laptopClient from "../api/client/laptop";
import { toAppError, type AppError } from "../api/errors";
import type { OrgSuggestion, Question, TieRole } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";
import { questionTarget, toggled, topThreeRefusal, type AnswerDraft, type AnswerSheet } from "../needs/paper-answers";
import {
  buildLaptopForm,
  checkMember,
  emptyMember,
  emptyRow,
  placeRefusal,
  rowTarget,
  sameName,
  targetsInOrder,
  type MemberTarget,
  type MemberValues,
  type TieRow,
} from "./member-form";

export type MemberFormPorts = Pick<typeof laptopClient, "laptopSuggestOrgs" | "laptopSubmit">;

/** The suggestions under one line's name: for that line only, and only while it is typed in. */
export type Suggestions = {
  /** The line's key; -1 when no line shows any. */
  row: number;
  /** What they were asked for. */
  typed: string;
  items: OrgSuggestion[];
  /** The one the arrow keys are on; -1 for none. */
  active: number;
};

const NO_SUGGESTIONS: Suggestions = { row: -1, typed: "", items: [], active: -1 };

/**
 * One member's form on the laptop passed round: lives from the moment they said who they are
 * until they press Done or "That's not me", and is thrown away whole then, so nothing of it
 * (a line, an answer, a suggestion asked for) is there for the next member.
 */
export class MemberForm implements AnswerSheet {
  /** The name they are greeted by. */
  readonly name: string;
  readonly questions: readonly Question[];
  values = $state<MemberValues>(emptyMember());
  problems = $state.raw<Record<MemberTarget, string>>({});
  /** A refusal no field shows. */
  formError = $state<AppError | null>(null);
  saving = $state(false);
  suggestions = $state.raw<Suggestions>(NO_SUGGESTIONS);
  suggestError = $state<AppError | null>(null);
  /** Where the keyboard focus should go as soon as the screen can put it there. */
  focusRequest = $state<MemberTarget | null>(null);

  readonly #ports: MemberFormPorts;
  readonly #latest = new LatestOnly();
  #nextKey = 1;

  constructor(name: string, questions: readonly Question[], ports: MemberFormPorts) {
    this.name = name;
    this.questions = questions;
    this.#ports = ports;
  }

  /** What the member had typed before the window was reloaded ([`KeptForm`]). */
  restore(values: MemberValues): void {
    this.values = values;
    this.#nextKey = Math.max(0, ...values.rows.map((row) => row.key)) + 1;
  }

  row(key: number): TieRow | undefined {
    return this.values.rows.find((row) => row.key === key);
  }

  /** Another line, with the cursor in its name. */
  addRow(): number {
    const key = this.#nextKey++;
    this.values.rows.push(emptyRow(key));
    this.focusRequest = rowTarget(key, "organization");
    return key;
  }

  /** Takes a line away; the last one left is emptied instead. */
  removeRow(key: number): void {
    const rows = this.values.rows;
    const at = rows.findIndex((row) => row.key === key);
    if (at < 0) return;
    if (this.suggestions.row === key) this.closeSuggestions();
    for (const part of ["organization", "role", "strength", "would_introduce"] as const) this.edited(rowTarget(key, part));
    if (rows.length === 1) {
      const fresh = emptyRow(this.#nextKey++);
      this.values.rows = [fresh];
      this.focusRequest = rowTarget(fresh.key, "organization");
      return;
    }
    rows.splice(at, 1);
    const next = rows[Math.min(at, rows.length - 1)];
    this.focusRequest = rowTarget(next.key, "organization");
  }

  /** The name as typed; a name that is no longer the one picked becomes a new organization. */
  typeName(key: number, text: string): void {
    const row = this.row(key);
    if (!row) return;
    row.name = text;
    if (row.picked !== null && !sameName(row.picked.name, text)) row.picked = null;
    this.edited(rowTarget(key, "organization"));
    void this.suggest(key, text);
  }

  /** Asks the directory for names beginning like the one typed. */
  async suggest(key: number, text: string): Promise<void> {
    const ticket = this.#latest.next();
    const typed = text.trim();
    if (typed === "") {
      this.suggestions = NO_SUGGESTIONS;
      return;
    }
    try {
      const items = await this.#ports.laptopSuggestOrgs(typed);
      if (!this.#latest.isCurrent(ticket)) return;
      this.suggestions = { row: key, typed, items, active: items.length > 0 ? 0 : -1 };
      this.suggestError = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.suggestError = toAppError(reason);
    }
  }

  /** Moves along the suggestions, stopping at either end. */
  moveSuggestion(delta: number): void {
    const { items, active } = this.suggestions;
    if (items.length === 0) return;
    this.suggestions = { ...this.suggestions, active: Math.max(0, Math.min(items.length - 1, active + delta)) };
  }

  /** Takes a suggestion as the line's organization. */
  pick(key: number, suggestion: OrgSuggestion): void {
    const row = this.row(key);
    if (!row) return;
    row.name = suggestion.name;
    row.picked = suggestion;
    this.edited(rowTarget(key, "organization"));
    this.closeSuggestions();
  }

  /** Takes the suggestion the arrow keys are on; answers whether there was one. */
  pickActive(key: number): boolean {
    const { row, items, active } = this.suggestions;
    const suggestion = row === key ? items[active] : undefined;
    if (!suggestion) return false;
    this.pick(key, suggestion);
    return true;
  }

  closeSuggestions(): void {
    this.#latest.invalidate();
    this.suggestions = NO_SUGGESTIONS;
  }

  setRole(key: number, role: TieRole): void {
    const row = this.row(key);
    if (!row) return;
    row.role = role;
    this.edited(rowTarget(key, "role"));
  }

  setStrength(key: number, strength: number): void {
    const row = this.row(key);
    if (!row) return;
    row.strength = strength;
    this.edited(rowTarget(key, "strength"));
  }

  setIntroduce(key: number, yes: boolean): void {
    const row = this.row(key);
    if (!row) return;
    row.wouldIntroduce = yes;
    this.edited(rowTarget(key, "would_introduce"));
  }

  /** Call after a field changed: what was said about it no longer holds. */
  edited(target: MemberTarget): void {
    if (!(target in this.problems)) return;
    const { [target]: _gone, ...rest } = this.problems;
    this.problems = rest;
  }

  answer(key: string): AnswerDraft {
    return this.values.answers[key] ?? null;
  }

  picked(key: string): string[] {
    const draft = this.values.answers[key];
    return Array.isArray(draft) ? draft : [];
  }

  setAnswer(key: string, value: AnswerDraft): void {
    this.values.answers[key] = value;
    this.edited(questionTarget(key));
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

  /** "Done": sends the form in `language`. Answers true once it was entered. */
  async submit(language: string): Promise<boolean> {
    if (this.saving) return false;
    this.formError = null;
    const problems = checkMember(this.values, this.questions);
    if (Object.keys(problems).length > 0) {
      this.problems = problems;
      this.focusRequest = this.#firstOf(problems);
      return false;
    }
    this.problems = {};
    this.closeSuggestions();
    const { form, rowKeys } = buildLaptopForm($state.snapshot(this.values) as MemberValues, this.questions, language);
    this.saving = true;
    try {
      await this.#ports.laptopSubmit(form);
      return true;
    } catch (reason) {
      const placed = placeRefusal(toAppError(reason), rowKeys, this.questions);
      if (placed.target === null) {
        this.formError = placed.error;
        this.focusRequest = "done";
      } else {
        this.problems = { [placed.target]: placed.message };
        this.focusRequest = placed.target;
      }
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** The member has gone: answers still on their way are dropped. */
  close(): void {
    this.closeSuggestions();
  }

  #firstOf(problems: Record<MemberTarget, string>): MemberTarget {
    return targetsInOrder(this.values, this.questions).find((target) => target in problems) ?? Object.keys(problems)[0];
  }
}
