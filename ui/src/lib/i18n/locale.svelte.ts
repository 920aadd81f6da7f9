import type { Message } from "../api/types";
import { catalogues, type Catalogues, type MessageArgs } from "./catalogues";
import { ENGLISH, intlLocale, isLanguage, systemLanguage } from "./languages";

/** Where the choice is kept: per laptop, not per chapter (a chapter's laptops differ). */
export const LANGUAGE_KEY = "groundwork.language";

type Store = Pick<Storage, "getItem" | "setItem">;

/** What the current language needs from around it; tests hand in their own. */
export type LocalePorts = {
  storage: Store | null;
  /** The system's preferred languages, best first (`navigator.languages`). */
  systemLanguages: readonly string[];
  /** Told the language at start and at every change (the page's `lang` attribute). */
  applied?: (code: string) => void;
};

/**
 * The language to start in: the one chosen on this laptop before, else the system's when the
 * screens can be in it, else English.
 */
export function startingLanguage(stored: string | null, system: readonly string[]): string {
  if (isLanguage(stored)) return stored;
  return systemLanguage(system) ?? ENGLISH;
}

/**
 * The language the screens are in. `t` reads it, so everything on screen that was written
 * with `t` follows a change at once, without a restart.
 */
export class Locale {
  code = $state(ENGLISH);
  readonly #ports: LocalePorts;
  readonly #catalogues: Catalogues;

  constructor(ports: LocalePorts, from: Catalogues = catalogues) {
    this.#ports = ports;
    this.#catalogues = from;
    this.code = startingLanguage(read(ports.storage), ports.systemLanguages);
    ports.applied?.(this.code);
  }

  /** The locale for `Intl`: "es-US" while in Spanish. */
  get intl(): string {
    return intlLocale(this.code);
  }

  /** Switches the screens and remembers the choice on this laptop. */
  choose(code: string): void {
    if (!isLanguage(code)) return;
    this.code = code;
    try {
      this.#ports.storage?.setItem(LANGUAGE_KEY, code);
    } catch {
      // Storage full or refused: the choice holds until the app is closed.
    }
    this.#ports.applied?.(code);
  }

  /**
   * Switches the screens for a while without remembering it: a member at the laptop passed
   * round reads in their own language, and the laptop keeps its organizer's.
   */
  borrow(code: string): void {
    if (!isLanguage(code)) return;
    this.code = code;
    this.#ports.applied?.(code);
  }

  /** Back to the language chosen on this laptop, after a borrowed one. */
  restore(): void {
    this.code = startingLanguage(read(this.#ports.storage), this.#ports.systemLanguages);
    this.#ports.applied?.(this.code);
  }

  /** The message in the current language (English where it has none yet). */
  t(id: string, args?: MessageArgs): string {
    return this.#catalogues.format(this.code, id, args);
  }

  /**
   * What the backend said, in the current language: by its id where the language has it,
   * else the English the backend wrote (and words not ours, such as a file's name, as they are).
   */
  say(message: Message): string {
    const { id, args, text } = message;
    if (id === null || this.code === ENGLISH || !this.#catalogues.has(this.code, id)) return text;
    return this.#catalogues.format(this.code, id, this.#filled(args));
  }

  /** A message's values, those that are messages themselves (a field, a line) said first. */
  #filled(args: Message["args"]): MessageArgs {
    const filled: MessageArgs = {};
    for (const [name, value] of Object.entries(args)) {
      filled[name] = typeof value === "object" && value !== null ? this.say(value) : value;
    }
    return filled;
  }

  /** The messages the current language still shows in English. */
  get untranslated(): string[] {
    return this.#catalogues.untranslated(this.code);
  }
}

function read(storage: Store | null): string | null {
  try {
    return storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function browserPorts(): LocalePorts {
  let storage: Store | null = null;
  try {
    storage = typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some WebViews refuse storage outright; the language is then chosen afresh each start.
  }
  const nav = typeof navigator === "undefined" ? undefined : navigator;
  return {
    storage,
    systemLanguages: nav?.languages ?? (nav?.language ? [nav.language] : []),
    applied: (code) => {
      if (typeof document !== "undefined") document.documentElement.lang = code;
    },
  };
}

/** The one current language of this window. */
export const locale = new Locale(browserPorts());

/** The message in the current language: `t("find-someone")`, `t("ladder-step", { number: 2 })`. */
export function t(id: string, args?: MessageArgs): string {
  return locale.t(id, args);
}

/** Words shown as they are in every language (a file's name, a library's error), as a message. */
export function plain(text: string): Message {
  return { id: null, args: {}, text };
}

/** What the backend said, in the current language (see `Locale.say`). */
export function say(message: Message): string {
  return locale.say(message);
}

// Stands in for the part shown differently; a private-use character no message contains.
const SLOT = "\u{E000}";

/**
 * A message around a part the screen shows in its own element (a path as code, a file name in
 * bold): the text before and after `{ $slot }`. The sentence stays whole in the catalogue, so
 * each language puts the part where its grammar wants it.
 */
export function tParts(
  id: string,
  slot: string,
  args: MessageArgs = {},
): { before: string; after: string } {
  const text = locale.t(id, { ...args, [slot]: SLOT });
  const at = text.indexOf(SLOT);
  if (at < 0) return { before: text, after: "" };
  return { before: text.slice(0, at), after: text.slice(at + SLOT.length) };
}
