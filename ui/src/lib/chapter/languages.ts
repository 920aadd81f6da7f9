import type { ChapterSettings, Lang, LanguageChoice } from "../api/types";

/** Print languages in the order they are offered. Names are in their own language. */
export const PRINT_LANGUAGES: ReadonlyArray<{ value: Lang; label: string }> = [
  { value: "en", label: "English" },
  { value: "es", label: "Español" },
];

export const LANGUAGE_CHOICES: ReadonlyArray<{ value: LanguageChoice; label: string }> = [
  { value: "en", label: "English" },
  { value: "es", label: "Español" },
  { value: "en+es", label: "Both on one sheet" },
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
