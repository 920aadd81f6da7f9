// Editing the questions of any survey a chapter hands out (the needs assessment's, the
// connections assessment's): a question's or a choice's text in one language, a question or
// choice added with a key made from its English words, a choice taken out, and what a survey's
// editor offers the question pieces both editors show. Nothing is changed in place: each edit
// answers a new question.

import type { AppError } from "../api/errors";
import type { Choice, Question, QuestionKind } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { SOURCE_LANGUAGE, type Texts } from "../needs/survey-texts";

/** Where a question's text, or one of its choices', lives. */
export type QuestionPath =
  | { at: "question"; question: string }
  | { at: "choice"; question: string; choice: string };

/** What the organizer typed for a new question or choice. */
export type NewText = {
  english: string;
  /** The same in the language being edited, if not English. */
  local?: { lang: string; text: string };
};

export type NewQuestion = { kind: QuestionKind; text: NewText; choices: readonly NewText[] };

/** A refusal shown beside what caused it: a text, a question, a box. */
export type PlacedError = { at: string; error: AppError };

/**
 * What a survey's editor offers the question pieces (a question with its choices, "Add a
 * choice"): its unsaved edits are its own; these only type into them.
 */
export interface QuestionEditor {
  /** A second language a new question or choice is typed in, beside English. */
  readonly lang: string;
  /** A refusal shown beside the question or choice it is about (`at`: its path's name). */
  readonly placedError: PlacedError | null;
  setText(path: QuestionPath, value: string, lang: string): void;
  /** Adds a choice at the end of a question; answers its key, or null when nothing was typed. */
  addChoice(questionKey: string, text: NewText): string | null;
  /** Asks to take out a question or a choice; `label` says which ("the question “…”"). */
  askRemove(path: QuestionPath, label: string): void;
  /** Why a question or choice must stay, or null when it may be taken out. */
  whyKept(path: QuestionPath): string | null;
}

/** What a kind of question asks for, said briefly. */
export function kindLabel(kind: QuestionKind): string {
  switch (kind) {
    case "scale":
      return t("needs-kind-scale");
    case "single":
      return t("needs-kind-single");
    case "multiple":
      return t("needs-kind-multiple");
    case "yes_no":
      return t("needs-kind-yes-no");
    case "text":
      return t("needs-kind-text");
    case "top_three":
      return t("needs-kind-top-three");
    case "number":
      return t("needs-kind-number");
    default:
      return kind;
  }
}

/** The kinds offered when adding a question, with what each is called. */
export function kindChoices(kinds: readonly QuestionKind[]): Array<{ value: QuestionKind; label: string }> {
  return kinds.map((value) => ({ value, label: kindLabel(value) }));
}

/** Whether a kind of question offers choices to tick. */
export function hasChoices(kind: QuestionKind): boolean {
  return kind === "single" || kind === "multiple" || kind === "top_three";
}

/** As the backend names it in refusals and in what is untranslated: "housing_tenure", "housing_tenure: rent". */
export function questionPathName(path: QuestionPath): string {
  return path.at === "question" ? path.question : `${path.question}: ${path.choice}`;
}

/** Texts with one language set (or taken out when empty), keys sorted as the backend keeps them. */
export function withLang(texts: Texts, lang: string, value: string): Texts {
  const next: Texts = {};
  for (const code of [...new Set([...Object.keys(texts), lang])].sort()) {
    const text = code === lang ? value : texts[code];
    if (text !== undefined && text !== "") next[code] = text;
  }
  return next;
}

/** Texts as they are sent: each trimmed, empty ones left out. */
export function cleanTexts(texts: Texts): Texts {
  const out: Texts = {};
  for (const code of Object.keys(texts).sort()) {
    const text = texts[code].trim();
    if (text !== "") out[code] = text;
  }
  return out;
}

/** A question as it is sent: texts trimmed, no empty list of choices. */
export function cleanQuestion(q: Question): Question {
  const next: Question = { key: q.key, kind: q.kind, text: cleanTexts(q.text) };
  if (q.choices && q.choices.length > 0) {
    next.choices = q.choices.map((c) => ({ key: c.key, text: cleanTexts(c.text) }));
  }
  return next;
}

/**
 * A key made from English words: lower_snake_case ASCII, a few words long, and not one of
 * `taken` ("Do you have mold?" → "do_you_have_mold", then "do_you_have_mold_2").
 */
export function keyFrom(text: string, taken: Iterable<string>, fallback: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let base = "";
  for (const word of words) {
    const next = base === "" ? word : `${base}_${word}`;
    if (next.length > 32) break;
    base = next;
  }
  if (base === "") base = words[0]?.slice(0, 32) ?? fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

function textsOf(text: NewText): Texts {
  let texts = withLang({}, SOURCE_LANGUAGE, text.english.trim());
  if (text.local && text.local.lang !== SOURCE_LANGUAGE) {
    texts = withLang(texts, text.local.lang, text.local.text.trim());
  }
  return texts;
}

function choicesOf(lines: readonly NewText[]): Choice[] {
  const choices: Choice[] = [];
  for (const line of lines) {
    if (line.english.trim() === "") continue;
    const key = keyFrom(line.english, choices.map((c) => c.key), "choice");
    choices.push({ key, text: textsOf(line) });
  }
  return choices;
}

/** A new question, keyed from its English words so as not to take any of `taken`. */
export function newQuestion(question: NewQuestion, taken: Iterable<string>): Question {
  const key = keyFrom(question.text.english, taken, "question");
  const added: Question = { key, kind: question.kind, text: textsOf(question.text) };
  if (hasChoices(question.kind)) added.choices = choicesOf(question.choices);
  return added;
}

/** The question with its text, or one of its choices', set in `lang`; others as they are. */
export function questionWithText(q: Question, path: QuestionPath, lang: string, value: string): Question {
  if (q.key !== path.question) return q;
  if (path.at === "question") return { ...q, text: withLang(q.text, lang, value) };
  if (!q.choices) return q;
  return {
    ...q,
    choices: q.choices.map((c) => (c.key === path.choice ? { ...c, text: withLang(c.text, lang, value) } : c)),
  };
}

/** The question with a choice added at its end, and the key the choice was given. */
export function questionWithChoice(q: Question, text: NewText): { question: Question; key: string } {
  const key = keyFrom(text.english, (q.choices ?? []).map((c) => c.key), "choice");
  return { question: { ...q, choices: [...(q.choices ?? []), { key, text: textsOf(text) }] }, key };
}

/** The question without one of its choices. */
export function questionWithoutChoice(q: Question, choiceKey: string): Question {
  return q.choices ? { ...q, choices: q.choices.filter((c) => c.key !== choiceKey) } : q;
}

/** The texts at `path` among `questions`, or null when none is there. */
export function questionTexts(questions: readonly Question[], path: QuestionPath): Texts | null {
  const q = questions.find((one) => one.key === path.question);
  if (!q) return null;
  if (path.at === "question") return q.text;
  return q.choices?.find((c) => c.key === path.choice)?.text ?? null;
}

/** Why a choice may not be taken out: the last of a question's stays. */
export function whyChoiceKept(q: Question | undefined | null): string | null {
  return (q?.choices?.length ?? 0) <= 1 ? t("needs-survey-kept-last-choice") : null;
}
