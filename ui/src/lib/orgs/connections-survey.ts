// Editing the connections survey without changing it in place: its opening texts (title,
// introduction, the prompt above the lines for organizations), how many of those lines a form
// has, and the chapter's own questions after them. Each edit answers a new survey; the saved
// one stays as it was until the backend takes the new one whole.

import type { ConnectionsSurvey, QuestionKind } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { isMissing, type Texts } from "../needs/survey-texts";
import {
  cleanQuestion,
  cleanTexts,
  newQuestion,
  questionPathName,
  questionTexts,
  questionWithChoice,
  questionWithoutChoice,
  questionWithText,
  whyChoiceKept,
  withLang,
  type NewQuestion,
  type NewText,
  type QuestionPath,
} from "../survey/question-edit";

/** The texts before the lines for organizations, in the order a form prints them. */
export const OPENING_TEXTS = ["title", "intro", "ties_prompt"] as const;

export type OpeningText = (typeof OPENING_TEXTS)[number];

/** Where a text lives in the connections survey. */
export type ConnectionsTextPath = { at: OpeningText } | QuestionPath;

/**
 * The kinds of question the chapter can add: the backend refuses a 1 to 5 scale and a top
 * three, which only the needs survey asks.
 */
export const CONNECTIONS_KINDS: readonly QuestionKind[] = ["single", "multiple", "yes_no", "text"];

/** The place on the editor a refusal names, as the backend names it: "title", "reach_out: yes". */
export function connectionsPathName(path: ConnectionsTextPath): string {
  return path.at === "question" || path.at === "choice" ? questionPathName(path) : path.at;
}

/** The survey with the text at `path` in `lang` set to `value`. */
export function connectionsWithText(
  survey: ConnectionsSurvey,
  path: ConnectionsTextPath,
  lang: string,
  value: string,
): ConnectionsSurvey {
  if (path.at === "question" || path.at === "choice") {
    return { ...survey, questions: survey.questions.map((q) => questionWithText(q, path, lang, value)) };
  }
  return { ...survey, [path.at]: withLang(survey[path.at], lang, value) };
}

/** The texts at `path`, or null when the survey has nothing there. */
export function connectionsTextAt(survey: ConnectionsSurvey, path: ConnectionsTextPath): Texts | null {
  if (path.at === "question" || path.at === "choice") return questionTexts(survey.questions, path);
  return survey[path.at];
}

/** The survey with a question added at its end, and the key it was given. */
export function connectionsWithQuestion(
  survey: ConnectionsSurvey,
  question: NewQuestion,
): { survey: ConnectionsSurvey; key: string } {
  const added = newQuestion(question, survey.questions.map((q) => q.key));
  return { survey: { ...survey, questions: [...survey.questions, added] }, key: added.key };
}

/** The survey with a choice added at the end of a question, and the key it was given. */
export function connectionsWithChoice(
  survey: ConnectionsSurvey,
  questionKey: string,
  text: NewText,
): { survey: ConnectionsSurvey; key: string } | null {
  const question = survey.questions.find((q) => q.key === questionKey);
  if (!question) return null;
  const { question: added, key } = questionWithChoice(question, text);
  return {
    survey: { ...survey, questions: survey.questions.map((q) => (q.key === questionKey ? added : q)) },
    key,
  };
}

/** The survey without a question or a choice. */
export function connectionsWithout(survey: ConnectionsSurvey, path: QuestionPath): ConnectionsSurvey {
  if (path.at === "question") {
    return { ...survey, questions: survey.questions.filter((q) => q.key !== path.question) };
  }
  return {
    ...survey,
    questions: survey.questions.map((q) =>
      q.key === path.question ? questionWithoutChoice(q, path.choice) : q,
    ),
  };
}

/** Why a question or choice must stay, or null: any question may go, but not a last choice. */
export function connectionsWhyKept(survey: ConnectionsSurvey, path: QuestionPath): string | null {
  if (path.at === "question") return null;
  return whyChoiceKept(survey.questions.find((q) => q.key === path.question));
}

/** The survey as it is sent: every text trimmed, empty ones left out. */
export function cleanConnectionsSurvey(survey: ConnectionsSurvey): ConnectionsSurvey {
  return {
    languages: survey.languages,
    title: cleanTexts(survey.title),
    intro: cleanTexts(survey.intro),
    ties_prompt: cleanTexts(survey.ties_prompt),
    rows: survey.rows,
    questions: survey.questions.map(cleanQuestion),
  };
}

/** Whether two surveys say the same thing (texts compared as they would be saved). */
export function sameConnectionsSurvey(a: ConnectionsSurvey, b: ConnectionsSurvey): boolean {
  return JSON.stringify(cleanConnectionsSurvey(a)) === JSON.stringify(cleanConnectionsSurvey(b));
}

/**
 * The texts still missing in `lang`, named as the backend names them ("title", "ties_prompt",
 * "reach_out", "communities: union"): forms cannot print in a language with any.
 */
export function connectionsUntranslated(survey: ConnectionsSurvey, lang: string): string[] {
  const out: string[] = OPENING_TEXTS.filter((at) => isMissing(survey[at], lang));
  for (const q of survey.questions) {
    if (isMissing(q.text, lang)) out.push(q.key);
    for (const c of q.choices ?? []) {
      if (isMissing(c.text, lang)) out.push(`${q.key}: ${c.key}`);
    }
  }
  return out;
}

/** What to fix in the box for the lines for organizations, or null. The backend says how many at most. */
export function rowsError(rows: number | null): string | null {
  if (rows === null || !Number.isFinite(rows)) return t("connections-survey-rows-missing");
  if (!Number.isInteger(rows) || rows < 1) return t("connections-survey-rows-whole");
  return null;
}

/**
 * Where on the editor a refusal belongs, from the input the backend names ("title",
 * "rows", a question's key, "key: choice"), or null when it names none of them: it is then
 * shown by Save.
 */
export function refusedPlace(survey: ConnectionsSurvey, field: string | null): string | null {
  if (field === null) return null;
  if (field === "rows" || (OPENING_TEXTS as readonly string[]).includes(field)) return field;
  for (const q of survey.questions) {
    if (field === q.key) return field;
    if (q.choices?.some((c) => field === `${q.key}: ${c.key}`)) return field;
  }
  return null;
}

/** "3 questions of the chapter's own · 6 lines for organizations on each form" */
export function surveyShape(survey: ConnectionsSurvey): string {
  return t("connections-survey-shape", { questions: survey.questions.length, rows: survey.rows });
}
