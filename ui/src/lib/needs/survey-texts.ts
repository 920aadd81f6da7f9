// A survey's texts in one of its languages, and what its language codes are called.
import { locale } from "../i18n/locale.svelte";

/** A text in each of the survey's languages, by code ("en", "es", "vi"). */
export type Texts = { [lang: string]: string };

/** The language a text is shown in when the wanted one has none. */
export const SOURCE_LANGUAGE = "en";

function filled(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== "";
}

/** The text in `lang`, else in English, else in whatever language has it; "" when none has. */
export function textIn(texts: Texts, lang: string): string {
  if (filled(texts[lang])) return texts[lang];
  if (filled(texts[SOURCE_LANGUAGE])) return texts[SOURCE_LANGUAGE];
  return Object.values(texts).find(filled) ?? "";
}

/** Whether the text is missing in `lang` (absent or only spaces), as the backend counts it. */
export function isMissing(texts: Texts, lang: string): boolean {
  return !filled(texts[lang]);
}

/** Two or three letters, like "vi" or "ht": what the backend accepts as a language code. */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2,3}$/.test(code);
}

/** What the organizer typed for a code: trimmed and lower case. */
export function cleanLanguageCode(typed: string): string {
  return typed.trim().toLowerCase();
}

const NAMES_KEY = "groundwork.languageNames";

type Store = Pick<Storage, "getItem" | "setItem">;

function storage(): Store | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function rememberedNames(store: Store | null): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(NAMES_KEY) ?? "{}");
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Keeps the name an organizer gave a language code on this laptop, for a code the system does
 * not know by name. The survey itself stores only codes.
 */
export function rememberLanguageName(code: string, name: string, store: Store | null = storage()): void {
  const trimmed = name.trim();
  if (trimmed === "") return;
  try {
    store?.setItem(NAMES_KEY, JSON.stringify({ ...rememberedNames(store), [code]: trimmed }));
  } catch {
    // Refused or full: the code itself is shown instead.
  }
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The system's names for languages, in the screens' language ("vietnamita" in Spanish). */
function namesIn(lang: string): Intl.DisplayNames | null {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: "language", fallback: "none" });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  return names;
}

function systemName(code: string, lang: string = locale.intl): string | null {
  try {
    return namesIn(lang)?.of(code) ?? null;
  } catch {
    return null;
  }
}

/** Whether the system knows the code by name ("vi" yes, "xq" no). */
export function isKnownLanguage(code: string): boolean {
  return systemName(code, "en") !== null;
}

/**
 * "Vietnamese" for "vi" ("vietnamita" in Spanish, in lower case as Spanish writes it inside a
 * sentence): the name given on this laptop, else the system's, else the code.
 */
export function languageName(code: string, store: Store | null = storage()): string {
  const given = rememberedNames(store)[code];
  if (typeof given === "string" && given.trim() !== "") return given;
  return systemName(code) ?? code;
}

/** Text with its first letter made upper case, as a label or a line starts. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase(locale.intl) + text.slice(1);
}

/** A language's name standing alone, as a label or an option: "Vietnamese", "Vietnamita". */
export function languageLabel(code: string, store: Store | null = storage()): string {
  return capitalized(languageName(code, store));
}
