// The connections assessment on paper: what printing its numbered forms asks (how many, in
// which of the survey's languages or two of them, on which paper), what is sent for them and
// for the starting-points report, why a language cannot print, and the line that says how far
// the assessment has come.
import { fieldMessage, type AppError } from "../api/errors";
import type {
  ConnectionsAssessment,
  ConnectionsFormsRequest,
  LanguageChoice,
  PaperSize,
  StartingPointsRequest,
} from "../api/types";
import { t } from "../i18n/locale.svelte";
import { formNumber, untranslatedText } from "../needs/assessment-facts";
import { countError, languageCodes, type PaperChoice } from "../needs/forms-print-choices";
import { connectionsUntranslated } from "./connections-survey";

/** How many forms the box offers at first: enough for a meeting. */
export const DEFAULT_CONNECTIONS_FORMS = 20;

export type ConnectionsFormsChoice = {
  /** null while the box is empty. */
  count: number | null;
  /** A language of the survey, or two joined by "+": "en", "en+es". */
  language: string;
  paper: PaperChoice;
};

/** What is sent to print the forms, or what to fix in the "how many" box. */
export function connectionsFormsRequest(
  choice: ConnectionsFormsChoice,
): { request: ConnectionsFormsRequest } | { countError: string } {
  const error = countError(choice.count);
  if (error !== null) return { countError: error };
  return {
    request: {
      count: choice.count ?? 0,
      languages: languageCodes(choice.language),
      paper: choice.paper === "default" ? null : choice.paper,
    },
  };
}

/** The starting points in the language and on the paper chosen. */
export function startingPointsRequest(choice: {
  lang: LanguageChoice;
  paper: PaperSize;
}): StartingPointsRequest {
  return { lang: choice.lang, paper: choice.paper };
}

/**
 * Why forms cannot print in the chosen language(s) yet: "Spanish: 2 texts not translated yet",
 * joined by "; " for two; null when every text is there. The backend would refuse them.
 */
export function untranslatedChoice(
  survey: ConnectionsAssessment["survey"],
  language: string,
): string | null {
  const missing = languageCodes(language)
    .map((lang) => ({ lang, missing: connectionsUntranslated(survey, lang) }))
    .filter((u) => u.missing.length > 0);
  if (missing.length === 0) return null;
  return t("needs-print-untranslated", { languages: missing.map(untranslatedText).join("; ") });
}

/**
 * What a refused print says beside the language: the backend refuses a language the survey
 * does not run in, or one not yet translated, as a print error (or, naming it, as the
 * "languages" input). Null for a failure that is not about the language (a full disk, say).
 */
export function languageRefusal(error: AppError): string | null {
  const aboutLanguage =
    error.kind === "print" || (error.kind === "invalid_input" && error.field === "languages");
  return aboutLanguage ? fieldMessage(error) : null;
}

/** "12 forms printed · 5 entered · 4 members answered", or that none are printed yet. */
export function assessmentSummary(
  assessment: Pick<ConnectionsAssessment, "forms_printed" | "responses" | "members_answered">,
): string {
  const { forms_printed: printed, responses, members_answered: answered } = assessment;
  if (printed === 0 && responses === 0) return t("connections-summary-none");
  return [
    t("connections-summary-printed", { count: printed }),
    t("connections-summary-entered", { count: responses }),
    t("connections-summary-answered", { count: answered }),
  ].join(" · ");
}

/** The number the next form printed will carry, or null before the first forms (no code yet). */
export function nextFormNumber(
  assessment: Pick<ConnectionsAssessment, "code" | "forms_printed"> | null,
): string | null {
  if (assessment === null || assessment.code === "") return null;
  return formNumber(assessment.code, assessment.forms_printed + 1);
}
