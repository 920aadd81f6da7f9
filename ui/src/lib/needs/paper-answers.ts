// The survey questions of a paper form, typed in from the paper: what a question's inputs hold
// before they become an answer, the keys that answer at once, and the answers sent. Shared by
// the needs assessment's forms and the connections forms, which ask the same kinds of question.

import type { Answer, AnswerValue, Question } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** What a question's inputs hold before it becomes an answer; null or empty when skipped. */
export type AnswerDraft = number | string | boolean | string[] | null;

/** How many choices the top-three question takes. */
export const TOP_THREE_LIMIT = 3;

/**
 * A form being typed in, as one of its questions on screen sees it: the answer so far, what to
 * fix (by `questionTarget`), and the ways to change it.
 */
export interface AnswerSheet {
  readonly problems: Readonly<Record<string, string>>;
  answer(key: string): AnswerDraft;
  /** The choices ticked on a multiple-choice or top-three question. */
  picked(key: string): string[];
  setAnswer(key: string, value: AnswerDraft): void;
  /** Ticks or unticks a choice; answers false when refused (a fourth of the top three). */
  toggle(question: Question, choice: string, on: boolean): boolean;
}

/** Where on screen a question's problem shows. */
export function questionTarget(key: string): string {
  return `question:${key}`;
}

/** Said when a fourth choice is ticked on the top-three question. */
export function topThreeRefusal(): string {
  return t("needs-entry-top-three-full");
}

export function answerIsEmpty(draft: AnswerDraft | undefined): boolean {
  return (
    draft === null ||
    draft === undefined ||
    (typeof draft === "string" && draft.trim() === "") ||
    (Array.isArray(draft) && draft.length === 0)
  );
}

/** The choices a draft holds, for a question that ticks several. */
export function pickedOf(draft: AnswerDraft | undefined): string[] {
  return Array.isArray(draft) ? draft : [];
}

/** The answer to send for a question, or null when it was left empty (skipped). */
export function answerOf(question: Question, draft: AnswerDraft | undefined): AnswerValue | null {
  if (answerIsEmpty(draft)) return null;
  switch (question.kind) {
    case "scale":
      return typeof draft === "number" ? { kind: "scale", value: draft } : null;
    case "single":
      return typeof draft === "string" ? { kind: "choice", value: draft } : null;
    case "multiple":
    case "top_three": {
      if (!Array.isArray(draft)) return null;
      // In the order the form prints them, whatever order they were ticked in.
      const order = (question.choices ?? []).map((c) => c.key);
      const picked = order.filter((key) => draft.includes(key));
      return picked.length > 0 ? { kind: "choices", value: picked } : null;
    }
    case "yes_no":
      return typeof draft === "boolean" ? { kind: "yes_no", value: draft } : null;
    case "number":
      return typeof draft === "number" && Number.isFinite(draft)
        ? { kind: "number", value: draft }
        : null;
    case "text":
      return typeof draft === "string" ? { kind: "text", value: draft.trim() } : null;
  }
}

/** The answered questions only, in the order given: a form can be partial. */
export function answersOf(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerDraft>>,
): Answer[] {
  const out: Answer[] = [];
  for (const question of questions) {
    const value = answerOf(question, answers[question.key]);
    if (value) out.push({ question: question.key, value });
  }
  return out;
}

/** What to fix in the answers before a form is sent (a count that is not a whole number). */
export function answerProblems(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerDraft>>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const question of questions) {
    const draft = answers[question.key];
    if (question.kind !== "number" || answerIsEmpty(draft)) continue;
    if (typeof draft !== "number" || !Number.isInteger(draft) || draft < 0) {
      problems[questionTarget(question.key)] = t("needs-entry-whole-number");
    }
  }
  return problems;
}

/**
 * The choices ticked after one more tick or untick. The top-three question refuses a fourth:
 * `refused` is true and nothing changes.
 */
export function toggled(
  question: Question,
  picked: readonly string[],
  key: string,
  on: boolean,
): { picked: string[]; refused: boolean } {
  if (!on) return { picked: picked.filter((k) => k !== key), refused: false };
  if (picked.includes(key)) return { picked: [...picked], refused: false };
  if (question.kind === "top_three" && picked.length >= TOP_THREE_LIMIT) {
    return { picked: [...picked], refused: true };
  }
  return { picked: [...picked, key], refused: false };
}

/** What a key pressed on a question's radios does: pick an answer, clear it, or nothing. */
export type AnswerKey = { set: number | boolean } | { clear: true } | null;

/** The key is pressed alone, without Ctrl, Alt or the command key. */
export function plainKey(event: Pick<KeyboardEvent, "ctrlKey" | "metaKey" | "altKey">): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Y (or S, for "sí": Spanish forms are entered by the same keys) or N; null for any other. */
export function yesNoKey(key: string): boolean | null {
  const lower = key.toLowerCase();
  if (lower === "y" || lower === "s") return true;
  if (lower === "n") return false;
  return null;
}

/**
 * Keys that answer from the paper at once: 1–5 on a scale, Y or N on yes/no, and Delete or
 * Backspace to leave any of them empty again (radios cannot be unticked otherwise).
 */
export function answerKey(
  kind: Question["kind"],
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">,
): AnswerKey {
  if (!plainKey(event)) return null;
  if (event.key === "Delete" || event.key === "Backspace") return { clear: true };
  if (kind === "scale" && /^[1-5]$/.test(event.key)) return { set: Number(event.key) };
  if (kind === "yes_no") {
    const yes = yesNoKey(event.key);
    if (yes !== null) return { set: yes };
  }
  return null;
}
