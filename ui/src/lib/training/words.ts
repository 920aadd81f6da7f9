// The words of the Training area put together from parts: a part's name, a module's text in
// the language asked for, and what the list says of a module.
import type { Lang, Module, ModuleSummary, ModuleText, Part } from "../api/types";
import { languageName } from "../i18n/languages";
import { locale, t } from "../i18n/locale.svelte";

/** The three parts of a module, in the order they are shown and printed. */
export const PARTS: readonly Part[] = ["agenda", "handout", "worksheet"];

/** The languages a module can be written in, English first (as the backend keeps them). */
export const MODULE_LANGS: readonly Lang[] = ["en", "es"];

/** Whether a tab, or a field the backend refused, is one of the three parts. */
export function isPart(value: string | null): value is Part {
  return (PARTS as readonly (string | null)[]).includes(value);
}

export function partLabel(part: Part): string {
  switch (part) {
    case "agenda":
      return t("training-part-agenda");
    case "handout":
      return t("training-part-handout");
    case "worksheet":
      return t("training-part-worksheet");
  }
}

/** The screens' language as a module language: English when the screens are in another. */
export function screenLang(code: string = locale.code): Lang {
  return code === "es" ? "es" : "en";
}

/** "English · Español": each named in its own language, as the language choosers do. */
export function languagesText(langs: readonly Lang[]): string {
  return langs.map((lang) => languageName(lang)).join(" · ");
}

/** The languages a module is written in, English first. */
export function languagesOf(module: Module): Lang[] {
  return module.texts.map((text) => text.lang);
}

/** The module's words in `lang`, or null when it is not written in it. */
export function textIn(module: Module, lang: Lang): ModuleText | null {
  return module.texts.find((text) => text.lang === lang)?.text ?? null;
}

/** The language to show a module in: `wanted` when it has it, else the first it has. */
export function shownLang(module: Module, wanted: Lang): Lang {
  const langs = languagesOf(module);
  return langs.includes(wanted) ? wanted : (langs[0] ?? wanted);
}

/** The module's title in the language it is shown in. */
export function titleOf(module: Module, wanted: Lang): string {
  return textIn(module, shownLang(module, wanted))?.title ?? "";
}

/** "3 sessions · 12 people trained", or that none was held yet. */
export function reachText(summary: Pick<ModuleSummary, "sessions" | "learned">): string {
  if (summary.sessions === 0) return t("training-row-no-sessions");
  return t("training-row-reach", { sessions: summary.sessions, people: summary.learned });
}

/** "Built in" or "The chapter's own". */
export function originText(builtIn: boolean): string {
  return builtIn ? t("training-built-in") : t("training-own");
}
