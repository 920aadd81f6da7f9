import type { RespondentFollowUp, Survey } from "../api/types";
import { locale } from "../i18n/locale.svelte";

/**
 * A survey text in the screens' language, else in English, else in the survey's first language
 * that has it, else its key.
 */
export function surveyText(texts: { [lang: string]: string }, survey: Survey, key: string): string {
  for (const lang of [locale.code, "en", ...survey.languages]) {
    const text = texts[lang]?.trim();
    if (text) return text;
  }
  return key;
}

/** The needs a respondent named, as the survey titles them: "Housing, Food". */
export function namedNeeds(item: Pick<RespondentFollowUp, "needs">, survey: Survey): string[] {
  return item.needs.map((key) => {
    const domain = survey.domains.find((d) => d.key === key);
    return domain ? surveyText(domain.title, survey, key) : key;
  });
}
