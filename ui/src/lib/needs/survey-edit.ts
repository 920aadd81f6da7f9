// Editing a survey without changing it in place: each edit answers a new survey, so the saved
// one stays as it was until the backend takes the new one whole.

import type { Question, QuestionKind, Survey } from "../api/types";
import { t } from "../i18n/locale.svelte";
import {
  cleanQuestion,
  cleanTexts,
  keyFrom,
  kindChoices,
  newQuestion,
  questionPathName,
  questionWithChoice,
  questionWithoutChoice,
  questionWithText,
  whyChoiceKept,
  withLang,
  type NewQuestion,
  type NewText,
} from "../survey/question-edit";
import { isMissing, type Texts } from "./survey-texts";

export {
  hasChoices,
  keyFrom,
  kindLabel,
  withLang,
  type NewQuestion,
  type NewText,
} from "../survey/question-edit";

/** Where a text lives in the survey. */
export type TextPath =
  | { at: "title" | "intro" | "consent" }
  | { at: "domain"; domain: string }
  | { at: "question"; question: string }
  | { at: "choice"; question: string; choice: string };

/** One text of the survey, in survey order. */
export type SurveyText = {
  path: TextPath;
  /** As the backend names it in `untranslated`: "title", "housing: title", "housing_hard". */
  name: string;
  texts: Texts;
  /** The domain it belongs to, or null for the opening texts and the household section. */
  domain: string | null;
};

const ADDABLE: readonly QuestionKind[] = ["scale", "single", "multiple", "yes_no", "text"];

/** The kinds of question an organizer can add to a need. */
export function addableKinds(): Array<{ value: QuestionKind; label: string }> {
  return kindChoices(ADDABLE);
}

export function pathName(path: TextPath): string {
  switch (path.at) {
    case "title":
    case "intro":
    case "consent":
      return path.at;
    case "domain":
      return `${path.domain}: title`;
    case "question":
    case "choice":
      return questionPathName(path);
  }
}

/** Every text of the survey in the order a form prints them. */
export function surveyTexts(survey: Survey): SurveyText[] {
  const out: SurveyText[] = [];
  for (const at of ["title", "intro", "consent"] as const) {
    out.push({ path: { at }, name: at, texts: survey[at], domain: null });
  }
  const question = (q: Question, domain: string | null) => {
    const path: TextPath = { at: "question", question: q.key };
    out.push({ path, name: pathName(path), texts: q.text, domain });
    for (const c of q.choices ?? []) {
      const choicePath: TextPath = { at: "choice", question: q.key, choice: c.key };
      out.push({ path: choicePath, name: pathName(choicePath), texts: c.text, domain });
    }
  };
  for (const d of survey.domains) {
    const path: TextPath = { at: "domain", domain: d.key };
    out.push({ path, name: pathName(path), texts: d.title, domain: d.key });
    for (const q of d.questions) question(q, d.key);
  }
  for (const q of survey.about) question(q, null);
  return out;
}

/** The texts still missing in `lang`, named as the backend names them. */
export function untranslated(survey: Survey, lang: string): string[] {
  return surveyTexts(survey)
    .filter((t) => isMissing(t.texts, lang))
    .map((t) => t.name);
}

/** Every question, the household section's included, in survey order. */
export function allQuestions(survey: Survey): Question[] {
  return [...survey.domains.flatMap((d) => d.questions), ...survey.about];
}

export function findQuestion(survey: Survey, key: string): Question | null {
  return allQuestions(survey).find((q) => q.key === key) ?? null;
}

/** The texts at `path`, or null when the survey has nothing there. */
export function textAt(survey: Survey, path: TextPath): Texts | null {
  switch (path.at) {
    case "title":
    case "intro":
    case "consent":
      return survey[path.at];
    case "domain":
      return survey.domains.find((d) => d.key === path.domain)?.title ?? null;
    case "question":
      return findQuestion(survey, path.question)?.text ?? null;
    case "choice":
      return (
        findQuestion(survey, path.question)?.choices?.find((c) => c.key === path.choice)?.text ??
        null
      );
  }
}

function mapQuestions(survey: Survey, change: (q: Question) => Question | null): Survey {
  const apply = (questions: Question[]) =>
    questions.map(change).filter((q): q is Question => q !== null);
  return {
    ...survey,
    domains: survey.domains.map((d) => ({ ...d, questions: apply(d.questions) })),
    about: apply(survey.about),
  };
}

/** The survey with the text at `path` in `lang` set to `value`. */
export function withText(survey: Survey, path: TextPath, lang: string, value: string): Survey {
  switch (path.at) {
    case "title":
    case "intro":
    case "consent":
      return { ...survey, [path.at]: withLang(survey[path.at], lang, value) };
    case "domain":
      return {
        ...survey,
        domains: survey.domains.map((d) =>
          d.key === path.domain ? { ...d, title: withLang(d.title, lang, value) } : d,
        ),
      };
    case "question":
    case "choice":
      return mapQuestions(survey, (q) => questionWithText(q, path, lang, value));
  }
}

/** The survey running in one more language, its texts empty until translated. */
export function withLanguage(survey: Survey, code: string): Survey {
  if (survey.languages.includes(code)) return survey;
  return { ...survey, languages: [...survey.languages, code] };
}

/** Keys a new question may not take: every need's and every question's. */
export function takenKeys(survey: Survey): string[] {
  return [...survey.domains.map((d) => d.key), ...allQuestions(survey).map((q) => q.key)];
}

/** The survey with a question added at the end of a need, and the key it was given. */
export function withQuestion(
  survey: Survey,
  domainKey: string,
  question: NewQuestion,
): { survey: Survey; key: string } {
  const added = newQuestion(question, takenKeys(survey));
  return {
    key: added.key,
    survey: {
      ...survey,
      domains: survey.domains.map((d) =>
        d.key === domainKey ? { ...d, questions: [...d.questions, added] } : d,
      ),
    },
  };
}

/** The survey with a choice added at the end of a question, and the key it was given. */
export function withChoice(
  survey: Survey,
  questionKey: string,
  text: NewText,
): { survey: Survey; key: string } {
  const question = findQuestion(survey, questionKey);
  if (!question) return { survey, key: keyFrom(text.english, [], "choice") };
  const { question: added, key } = questionWithChoice(question, text);
  return { survey: mapQuestions(survey, (q) => (q.key === questionKey ? added : q)), key };
}

export function withoutQuestion(survey: Survey, key: string): Survey {
  return mapQuestions(survey, (q) => (q.key === key ? null : q));
}

export function withoutChoice(survey: Survey, questionKey: string, choiceKey: string): Survey {
  return mapQuestions(survey, (q) => (q.key === questionKey ? questionWithoutChoice(q, choiceKey) : q));
}

/** The survey without what is at `path` (a question or a choice); unchanged for anything else. */
export function withoutPath(survey: Survey, path: TextPath): Survey {
  if (path.at === "question") return withoutQuestion(survey, path.question);
  if (path.at === "choice") return withoutChoice(survey, path.question, path.choice);
  return survey;
}

/**
 * Why a question or choice may not be taken out, or null when it may. A need's 1–5 scale
 * measures how deeply it is felt and the top-three question names the needs; both stay.
 */
export function whyKept(survey: Survey, path: TextPath): string | null {
  if (path.at === "question") {
    if (path.question === "top_three") return t("needs-survey-kept-top-three");
    const domain = survey.domains.find((d) => d.questions.some((q) => q.key === path.question));
    if (domain && domain.questions.find((q) => q.kind === "scale")?.key === path.question) {
      return t("needs-survey-kept-scale");
    }
    return null;
  }
  if (path.at === "choice") {
    const question = findQuestion(survey, path.question);
    if (question?.kind === "top_three") return t("needs-survey-kept-top-three-choices");
    return whyChoiceKept(question);
  }
  return t("needs-survey-kept-other");
}

/** Whether the survey has something at `path`. */
export function hasPath(survey: Survey, path: TextPath): boolean {
  return textAt(survey, path) !== null;
}

/** The survey as it is sent: every text trimmed, empty ones left out. */
export function cleanSurvey(survey: Survey): Survey {
  return {
    languages: survey.languages,
    title: cleanTexts(survey.title),
    intro: cleanTexts(survey.intro),
    consent: cleanTexts(survey.consent),
    domains: survey.domains.map((d) => ({
      key: d.key,
      title: cleanTexts(d.title),
      questions: d.questions.map(cleanQuestion),
    })),
    about: survey.about.map(cleanQuestion),
  };
}

/** Whether two surveys say the same thing (texts compared as they would be saved). */
export function sameSurvey(a: Survey, b: Survey): boolean {
  return JSON.stringify(cleanSurvey(a)) === JSON.stringify(cleanSurvey(b));
}
