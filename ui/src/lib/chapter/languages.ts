import type { ChapterSettings, Lang, LanguageChoice } from "../api/types";
import { languageName } from "../i18n/languages";
import { t } from "../i18n/locale.svelte";

/**
 * Print languages in the order they are offered. Names are in their own language, the same
 * as the screens' language choosers.
 */
export const PRINT_LANGUAGES: ReadonlyArray<{ readonly value: Lang; readonly label: string }> = [
  { value: "en", label: languageName("en") },
  { value: "es", label: languageName("es") },
];

export const LANGUAGE_CHOICES: ReadonlyArray<{
  readonly value: LanguageChoice;
  readonly label: string;
}> = [
  ...PRINT_LANGUAGES,
  {
    value: "en+es",
    // A getter: read in the screens' language of the moment.
    get label() {
      return t("print-both-languages");
    },
  },
];

/**
 * What a document prints in unless the organizer says otherwise: a chapter that prints in
 * both languages gets bilingual sheets, so nobody at the door is handed the wrong one.
 */
export function defaultLanguageChoice(settings: ChapterSettings | null): LanguageChoice {
  const languages = settings?.print_languages ?? [];
  if (languages.includes("en") && languages.includes("es")) return "en+es";
  return languages[0] ?? "en";
}
