// Editing a survey without changing it in place: each edit answers a new survey, so the saved
// one stays as it was until the backend takes the new one whole.

import type { Choice, Question, QuestionKind, Survey } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { isMissing, SOURCE_LANGUAGE, type Texts } from "./survey-texts";

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

const ADDABLE: readonly QuestionKind[] = ["scale", "single", "multiple", "yes_no", "text"];

/** The kinds of question an organizer can add to a need. */
export function addableKinds(): Array<{ value: QuestionKind; label: string }> {
  return ADDABLE.map((value) => ({ value, label: kindLabel(value) }));
}

/** Whether a kind of question offers choices to tick. */
export function hasChoices(kind: QuestionKind): boolean {
  return kind === "single" || kind === "multiple" || kind === "top_three";
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
      return path.question;
    case "choice":
      return `${path.question}: ${path.choice}`;
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

/** Texts with one language set (or taken out when empty), keys sorted as the backend keeps them. */
export function withLang(texts: Texts, lang: string, value: string): Texts {
  const next: Texts = {};
  for (const code of [...new Set([...Object.keys(texts), lang])].sort()) {
    const text = code === lang ? value : texts[code];
    if (text !== undefined && text !== "") next[code] = text;
  }
  return next;
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
      return mapQuestions(survey, (q) =>
        q.key === path.question ? { ...q, text: withLang(q.text, lang, value) } : q,
      );
    case "choice":
      return mapQuestions(survey, (q) =>
        q.key === path.question && q.choices
          ? {
              ...q,
              choices: q.choices.map((c) =>
                c.key === path.choice ? { ...c, text: withLang(c.text, lang, value) } : c,
              ),
            }
          : q,
      );
  }
}

/** The survey running in one more language, its texts empty until translated. */
export function withLanguage(survey: Survey, code: string): Survey {
  if (survey.languages.includes(code)) return survey;
  return { ...survey, languages: [...survey.languages, code] };
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

/** Keys a new question may not take: every need's and every question's. */
export function takenKeys(survey: Survey): string[] {
  return [...survey.domains.map((d) => d.key), ...allQuestions(survey).map((q) => q.key)];
}

/** What the organizer typed for a new question or choice. */
export type NewText = {
  english: string;
  /** The same in the language being edited, if not English. */
  local?: { lang: string; text: string };
};

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

export type NewQuestion = { kind: QuestionKind; text: NewText; choices: readonly NewText[] };

/** The survey with a question added at the end of a need, and the key it was given. */
export function withQuestion(
  survey: Survey,
  domainKey: string,
  question: NewQuestion,
): { survey: Survey; key: string } {
  const key = keyFrom(question.text.english, takenKeys(survey), "question");
  const added: Question = { key, kind: question.kind, text: textsOf(question.text) };
  if (hasChoices(question.kind)) added.choices = choicesOf(question.choices);
  return {
    key,
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
  const key = keyFrom(text.english, (question?.choices ?? []).map((c) => c.key), "choice");
  const next = mapQuestions(survey, (q) =>
    q.key === questionKey ? { ...q, choices: [...(q.choices ?? []), { key, text: textsOf(text) }] } : q,
  );
  return { survey: next, key };
}

export function withoutQuestion(survey: Survey, key: string): Survey {
  return mapQuestions(survey, (q) => (q.key === key ? null : q));
}

export function withoutChoice(survey: Survey, questionKey: string, choiceKey: string): Survey {
  return mapQuestions(survey, (q) =>
    q.key === questionKey && q.choices
      ? { ...q, choices: q.choices.filter((c) => c.key !== choiceKey) }
      : q,
  );
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
    if ((question?.choices?.length ?? 0) <= 1) return t("needs-survey-kept-last-choice");
    return null;
  }
  return t("needs-survey-kept-other");
}

/** Whether the survey has something at `path`. */
export function hasPath(survey: Survey, path: TextPath): boolean {
  return textAt(survey, path) !== null;
}

/** The survey as it is sent: every text trimmed, empty ones left out. */
export function cleanSurvey(survey: Survey): Survey {
  const clean = (texts: Texts): Texts => {
    const out: Texts = {};
    for (const code of Object.keys(texts).sort()) {
      const text = texts[code].trim();
      if (text !== "") out[code] = text;
    }
    return out;
  };
  const question = (q: Question): Question => {
    const next: Question = { key: q.key, kind: q.kind, text: clean(q.text) };
    if (q.choices && q.choices.length > 0) {
      next.choices = q.choices.map((c) => ({ key: c.key, text: clean(c.text) }));
    }
    return next;
  };
  return {
    languages: survey.languages,
    title: clean(survey.title),
    intro: clean(survey.intro),
    consent: clean(survey.consent),
    domains: survey.domains.map((d) => ({
      key: d.key,
      title: clean(d.title),
      questions: d.questions.map(question),
    })),
    about: survey.about.map(question),
  };
}

/** Whether two surveys say the same thing (texts compared as they would be saved). */
export function sameSurvey(a: Survey, b: Survey): boolean {
  return JSON.stringify(cleanSurvey(a)) === JSON.stringify(cleanSurvey(b));
}
