// What the survey editor says about paper: how many pages one printed form takes, in the
// languages and on the paper the forms would print in.
import type { FormPages, FormPagesRequest, Survey } from "../api/types";
import { PAPER_SIZES } from "../chapter/paper-sizes";
import { formatList } from "../i18n/intl";
import { t } from "../i18n/locale.svelte";
import { languageCodes, type PaperChoice } from "./forms-print-choices";
import { capitalized, languageName } from "./survey-texts";

/**
 * The count asked for the survey as it stands, in the language and paper chosen under Print
 * forms ("" and "default": the chapter's own, which the backend fills in).
 */
export function formPagesRequest(
  survey: Survey,
  languageKey: string,
  paper: PaperChoice,
): FormPagesRequest {
  return {
    survey,
    languages: languageCodes(languageKey),
    paper: paper === "default" ? null : paper,
  };
}

/** "Printed, one form takes 4 pages (English and Spanish, US Letter)" */
export function formPagesText(counted: FormPages): string {
  const languages = capitalized(formatList(counted.languages.map((code) => languageName(code))));
  const paper = PAPER_SIZES.find((p) => p.value === counted.paper)?.label ?? counted.paper;
  return t("needs-form-pages", { pages: counted.pages, languages, paper });
}
