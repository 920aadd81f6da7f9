// The connections assessment on paper: what printing its numbered forms asks (how many, in
// which language or both, on which paper), what is sent for them and for the starting-points
// report, and the line that says how far the assessment has come.
import type {
  ConnectionsAssessment,
  ConnectionsFormsRequest,
  LanguageChoice,
  StartingPointsRequest,
} from "../api/types";
import { t } from "../i18n/locale.svelte";
import { formNumber } from "../needs/assessment-facts";
import { countError, type PaperChoice } from "../needs/forms-print-choices";

/** How many forms the box offers at first: enough for a meeting. */
export const DEFAULT_CONNECTIONS_FORMS = 20;

export type ConnectionsFormsChoice = {
  /** null while the box is empty. */
  count: number | null;
  language: LanguageChoice;
  paper: PaperChoice;
};

/** The codes a language choice prints in: "en+es" → ["en", "es"]. */
export function choiceLanguages(choice: LanguageChoice): string[] {
  return choice.split("+").filter((code) => code !== "");
}

/** What is sent to print the forms, or what to fix in the "how many" box. */
export function connectionsFormsRequest(
  choice: ConnectionsFormsChoice,
): { request: ConnectionsFormsRequest } | { countError: string } {
  const error = countError(choice.count);
  if (error !== null) return { countError: error };
  return {
    request: {
      count: choice.count ?? 0,
      languages: choiceLanguages(choice.language),
      paper: choice.paper === "default" ? null : choice.paper,
    },
  };
}

/** The starting points print in the chapter's own languages and on its paper. */
export function startingPointsRequest(): StartingPointsRequest {
  return { lang: null, paper: null };
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
