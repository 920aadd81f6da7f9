import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { ENGLISH, intlLocale } from "./languages";
// What the backend says (errors, reports, suggestions), in English: written once, beside the
// Rust that says it, and part of the English catalogue here. Other languages translate these
// ids in their own file, with the screens' messages.
import backendEnglish from "../../../../crates/core/locales/en.ftl?raw";

/** What a message is given to fill in: `{ $count }`, `{ $name }`. */
export type MessageArgs = Record<string, FluentVariable>;

// Every `src/locales/<code>.ftl`, read into the bundle at build time.
const FILES = import.meta.glob<string>("../../locales/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The catalogues' text by language code: `{ en: "…", es: "…" }`. */
export function catalogueFiles(files: Record<string, string> = FILES): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const code = /([^/\\]+)\.ftl$/.exec(path)?.[1];
    if (code) sources[code] = text;
  }
  return sources;
}

/** The ids of the messages the backend says, which every language's file translates. */
export function backendIds(): string[] {
  return [...backendEnglish.matchAll(MESSAGE_START)].map((match) => match[1]);
}

/** The screens' files, with the backend's English added to English's. */
function appCatalogues(): Record<string, string> {
  const sources = catalogueFiles();
  sources[ENGLISH] = `${sources[ENGLISH] ?? ""}\n${backendEnglish}`;
  return sources;
}

// A message starts a line with its id and "="; terms ("-brand = …") and comments do not count.
const MESSAGE_START = /^([a-zA-Z][\w-]*)[ \t]*=/gm;

/**
 * One Fluent bundle per language. A message is looked up in the language asked for, then in
 * English, so a gap in a translation shows English rather than nothing.
 */
export class Catalogues {
  readonly #bundles = new Map<string, FluentBundle>();
  readonly #ids = new Map<string, string[]>();
  /** Messages given twice or unreadable (a syntax slip); the catalogue test wants none. */
  readonly problems: string[] = [];

  constructor(sources: Record<string, string>) {
    for (const [code, text] of Object.entries(sources)) {
      // The screens are left to right only; bidi isolation marks would only get in the way
      // of the text (and of tests that look for it).
      const bundle = new FluentBundle(intlLocale(code), { useIsolating: false });
      for (const error of bundle.addResource(new FluentResource(text))) {
        this.problems.push(`${code}.ftl: ${error.message}`);
      }
      this.#bundles.set(code, bundle);
      const ids = [...text.matchAll(MESSAGE_START)].map((match) => match[1]);
      this.#ids.set(code, ids);
      for (const id of ids) {
        if (!bundle.hasMessage(id)) this.problems.push(`${code}.ftl: could not read ${id}`);
      }
    }
  }

  /** Every message id in a language's catalogue. */
  ids(code: string): string[] {
    return this.#ids.get(code) ?? [];
  }

  has(code: string, id: string): boolean {
    return this.#bundles.get(code)?.hasMessage(id) ?? false;
  }

  /** The English messages a language lacks: what still shows in English. */
  untranslated(code: string): string[] {
    return this.ids(ENGLISH).filter((id) => !this.has(code, id));
  }

  /**
   * The message in the language, or in English when the language lacks it; an id no catalogue
   * has comes back as it is, so it shows up on screen instead of vanishing.
   */
  format(code: string, id: string, args?: MessageArgs): string {
    for (const bundle of [this.#bundles.get(code), this.#bundles.get(ENGLISH)]) {
      const pattern = bundle?.getMessage(id)?.value;
      if (!bundle || !pattern) continue;
      const errors: Error[] = [];
      const text = bundle.formatPattern(pattern, args, errors);
      if (errors.length > 0 && import.meta.env.DEV) {
        console.warn(`message ${id} (${bundle.locales[0]}):`, errors.map((e) => e.message));
      }
      return text;
    }
    return id;
  }
}

/** The app's catalogues, from `src/locales/` and the backend's English. */
export const catalogues = new Catalogues(appCatalogues());
