/**
 * The languages the screens can be in: the one list to change when a language is added. Each
 * has a catalogue, `src/locales/<code>.ftl`, and is named in its own language so whoever reads
 * it can find theirs.
 */
export type Language = {
  /** The catalogue's file name and the page's `lang`: "es" for `es.ftl`. */
  readonly code: string;
  /** Its own name, shown in the language choosers: "Español". */
  readonly name: string;
  /**
   * The locale numbers, dates and plural rules follow (`Intl`), when not just the code: the
   * chapters are in the United States, so US Spanish ("9:15 p.m.", "3 mar 2026").
   */
  readonly intl?: string;
  /**
   * Still being translated: the catalogue test lets it lack messages (they show in English)
   * and Settings lists what is left. Every other catalogue must have every message.
   */
  readonly partial?: true;
};

/** Messages are written in English first; a message missing elsewhere shows in English. */
export const ENGLISH = "en";

export const LANGUAGES: readonly Language[] = [
  { code: "en", name: "English", intl: "en-US" },
  { code: "es", name: "Español", intl: "es-US" },
];

export function isLanguage(code: string | null | undefined): code is string {
  return LANGUAGES.some((language) => language.code === code);
}

/** "Español" for "es"; an unknown code is shown as it is. */
export function languageName(code: string): string {
  return LANGUAGES.find((language) => language.code === code)?.name ?? code;
}

/** The locale `Intl` and the plural rules use for a language: "es-US" for "es". */
export function intlLocale(code: string): string {
  const language = LANGUAGES.find((l) => l.code === code);
  return language?.intl ?? language?.code ?? ENGLISH;
}

/**
 * The first of the system's preferred languages ("es-MX", "en-US", in order) that the screens
 * can be in, or null when none is.
 */
export function systemLanguage(preferred: readonly string[]): string | null {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(code)) return code;
  }
  return null;
}
