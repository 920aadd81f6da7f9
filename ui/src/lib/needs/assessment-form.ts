import type { AreaKind, AssessmentInput, Method } from "../api/types";
import { isPlainDate } from "../format/date";
import { t } from "../i18n/locale.svelte";
import { isLanguageCode } from "./survey-texts";

/** The new-assessment form as its inputs hold it: text as typed, "" for nothing. */
export type AssessmentValues = {
  name: string;
  areaKind: AreaKind;
  /** As typed: "Eastside, Riverbend, Mill Hill". */
  areas: string;
  /** A date input's value, "YYYY-MM-DD", or "". */
  startsOn: string;
  endsOn: string;
  methods: Method[];
  /** Ticked among the translated languages ("en", "es"). */
  languages: string[];
  /** Any other codes, as typed: "vi, ht". */
  otherLanguages: string;
};

export type AssessmentErrors = Partial<
  Record<"name" | "areas" | "starts_on" | "ends_on" | "languages" | "other_languages", string>
>;

/** The inputs the form shows the backend's refusals beside, by the keys it sends them under. */
export const ASSESSMENT_FIELDS: readonly (keyof AssessmentErrors)[] = [
  "name",
  "areas",
  "starts_on",
  "ends_on",
  "languages",
];

export function emptyAssessment(): AssessmentValues {
  return {
    name: "",
    areaKind: "neighbourhoods",
    areas: "",
    startsOn: "",
    endsOn: "",
    methods: [],
    languages: ["en", "es"],
    otherLanguages: "",
  };
}

/** Comma- or line-separated words, trimmed, blanks and repeats (any case) dropped. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const word = part.trim();
    if (word === "" || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    words.push(word);
  }
  return words;
}

/** Every language the survey is to run in: the ticked ones, then the others, each once. */
export function languageCodesOf(values: AssessmentValues): string[] {
  const codes = [...values.languages];
  for (const code of splitList(values.otherLanguages).map((c) => c.toLowerCase())) {
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

export function validateAssessment(values: AssessmentValues): AssessmentErrors {
  const errors: AssessmentErrors = {};
  if (values.name.trim() === "") {
    errors.name = t("needs-name-missing");
  }
  const start = values.startsOn.trim();
  const end = values.endsOn.trim();
  if (start !== "" && !isPlainDate(start)) {
    errors.starts_on = t("needs-starts-invalid");
  }
  if (end !== "" && !isPlainDate(end)) {
    errors.ends_on = t("needs-ends-invalid");
  } else if (start !== "" && end !== "" && isPlainDate(start) && end < start) {
    errors.ends_on = t("needs-ends-before-starts");
  }
  const wrong = splitList(values.otherLanguages).filter(
    (code) => !isLanguageCode(code.toLowerCase()),
  );
  if (wrong.length > 0) {
    errors.other_languages =
      t("needs-other-language-invalid", { code: wrong[0] });
  }
  if (languageCodesOf(values).length === 0) {
    errors.languages = t("needs-languages-missing");
  }
  return errors;
}

/** What is sent to create it: trimmed, blanks as null. */
export function assessmentInput(values: AssessmentValues): AssessmentInput {
  const date = (text: string) => (text.trim() === "" ? null : text.trim());
  return {
    name: values.name.trim(),
    area_kind: values.areaKind,
    areas: splitList(values.areas),
    starts_on: date(values.startsOn),
    ends_on: date(values.endsOn),
    methods: [...values.methods],
    languages: languageCodesOf(values),
  };
}
