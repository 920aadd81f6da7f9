import type { RespondentFollowUp, Survey } from "../api/types";

/** A survey text in the UI's language (English), else its first language, else its key. */
export function surveyText(texts: { [lang: string]: string }, survey: Survey, key: string): string {
  const english = texts.en?.trim();
  if (english) return english;
  for (const lang of survey.languages) {
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
