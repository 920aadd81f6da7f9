// Which words on a screen may be there when the screens are in Spanish: the Spanish
// catalogue's own words, the chapter's data (names, places, survey text, as typed), and what
// `Intl` writes for Spanish (month and day names, language names). Anything else is a word
// left in English by accident.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const WORD = /[\p{L}][\p{L}'’]*/gu;

const fold = (word) => word.toLocaleLowerCase("es").normalize("NFC");

/** Every word the catalogue can put on screen in `code` (placeables and variant keys aside). */
export function catalogueWords(root, code) {
  const words = new Set();
  const text = readFileSync(join(root, "ui/src/locales", `${code}.ftl`), "utf8");
  for (let line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    line = line
      .replace(/^[\w-]+\s*=/, "") // the id
      .replace(/\$[\w-]+/g, "") // variables
      .replace(/\*?\[[^\]]*\]/g, "") // variant keys
      .replace(/-[\w-]+/g, ""); // terms
    for (const w of line.matchAll(WORD)) words.add(fold(w[0]));
  }
  return words;
}

/** What Intl writes in Spanish: months, weekdays, day periods, language names. */
/**
 * The words of the training modules that come with the program, in one language: text the
 * program carries (like its catalogue), shown when a built-in module is read.
 */
export function builtInModuleWords(root, code) {
  const words = new Set();
  const folder = join(root, "crates/core/src/training/builtin");
  for (const name of readdirSync(folder).filter((n) => n.endsWith(`.${code}.md`))) {
    for (const w of readFileSync(join(folder, name), "utf8").matchAll(WORD)) words.add(fold(w[0]));
  }
  return words;
}

export function intlWords(locale = "es-US") {
  const words = new Set();
  const add = (text) => {
    for (const w of text.matchAll(WORD)) words.add(fold(w[0]));
  };
  // Seven days in a row for the weekdays: one day a month skipped Friday and Sunday, and the
  // sample chapter's dates move with today's date.
  for (let day = 0; day < 7; day++) {
    const date = new Date(Date.UTC(2026, 0, 4 + day, 18));
    for (const weekday of ["long", "short", "narrow"]) add(new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" }).format(date));
  }
  for (let month = 0; month < 12; month++) {
    const day = new Date(Date.UTC(2026, month, 1 + month, 18));
    for (const month of ["long", "short"]) add(new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" }).format(day));
    add(new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(day));
    add(new Intl.DateTimeFormat(locale, { hour: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 1, 1, 9))));
  }
  const names = new Intl.DisplayNames([locale], { type: "language" });
  for (const code of ["en", "es", "vi", "ht", "zh", "ar", "fr", "pt", "ko", "ru", "tl", "so", "pl", "hi", "bn"]) {
    add(names.of(code) ?? "");
  }
  // Time zones are chosen by their names (America / Chicago), which are not translated.
  for (const zone of Intl.supportedValuesOf("timeZone")) add(zone.replace(/[/_]/g, " "));
  for (const type of ["conjunction", "disjunction"]) add(new Intl.ListFormat(locale, { type }).format(["x", "y", "z"]));
  return words;
}

/** Adds every piece of text in `value` to `texts`: strings, JSON text read into its leaves, arrays and objects. */
function addTexts(value, texts) {
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (/^[[{]/.test(trimmed)) {
      try {
        return addTexts(JSON.parse(trimmed), texts);
      } catch {
        // Not JSON after all: plain text.
      }
    }
    if (trimmed.length > 0) texts.add(trimmed);
  } else if (Array.isArray(value)) value.forEach((v) => addTexts(v, texts));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => addTexts(v, texts));
}

/**
 * The texts of a built-in survey (a JSON file the backend starts a chapter's survey from):
 * the chapter's data before anything was kept, as the connections survey is until the chapter
 * first prints or edits it.
 */
export function surveyTexts(path) {
  const texts = new Set();
  addTexts(readFileSync(path, "utf8"), texts);
  return texts;
}

/** Every piece of text the chapter's database holds (JSON columns read into their leaves). */
export function dataTexts(dbPath) {
  if (!existsSync(dbPath)) return new Set();
  const listed = execFileSync("sqlite3", ["-json", "-readonly", dbPath, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"], {
    encoding: "utf8",
  });
  const all = listed.trim() ? JSON.parse(listed) : [];
  // Search indexes (virtual tables and the tables they keep) hold nothing the records do not.
  const virtual = all.filter((t) => /^CREATE VIRTUAL/i.test(t.sql ?? "")).map((t) => t.name);
  const tables = all
    .map((t) => t.name)
    .filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
  const texts = new Set();
  for (const table of tables) {
    const out = execFileSync("sqlite3", ["-json", "-readonly", dbPath, `SELECT * FROM "${table}"`], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    for (const row of out.trim() ? JSON.parse(out) : []) Object.values(row).forEach((value) => addTexts(value, texts));
  }
  return texts;
}

/**
 * The text of the window as a person sees it: visible text nodes, and the labels that are read
 * or shown without being text (placeholders, titles, aria labels, options of a closed list).
 */
export const VISIBLE_TEXT = `
  const out = [];
  const shown = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === "none" || style.visibility === "hidden") return false;
    }
    return el.getClientRects().length > 0;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || ["SCRIPT", "STYLE", "NOSCRIPT"].includes(parent.tagName)) continue;
    // Marked as not for translating (time zone names, the chapter's own tags), and the keys' labels
    // (Shift, Enter, Ctrl), which are printed on the keys.
    if (parent.closest("[translate=no], kbd")) continue;
    // Marked as in another language: the paper form being copied, in the form's own language.
    if (parent.closest("[lang]") !== document.documentElement && parent.closest("[lang]")?.lang !== document.documentElement.lang) continue;
    if (parent.closest(".sr-only, .visually-hidden")) { out.push(node.textContent); continue; }
    if (parent.tagName === "OPTION" || shown(parent)) out.push(node.textContent);
  }
  for (const el of document.querySelectorAll("[placeholder], [title], [aria-label], [alt]")) {
    for (const name of ["placeholder", "title", "aria-label", "alt"]) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
  }
  return out.map((t) => t.replace(/\\s+/g, " ").trim()).filter((t) => t.length > 0);
`;

/**
 * The words of `texts` that are neither the chapter's data nor words of `allowed`: data
 * strings are taken out whole first (longest first), so English typed in as data is fine
 * but an English sentence around it is not.
 */
export function strayWords(texts, data, allowed) {
  const stray = new Map();
  // A stored code ("cell", "good_standing") is not data to show as it is: the screen names it.
  const pieces = [...data]
    .filter((d) => d.length >= 2 && !/^[a-z_]+$/.test(d))
    .sort((a, b) => b.length - a.length);
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const text of texts) {
    // Paths, addresses of mail and web, and file names are data of the machine: taken out
    // first, whole, before a piece of data inside one ("06" in a dated file name) splits it.
    let rest = text.replace(/\S*[/@\\]\S*/g, " ").replace(/\S+\.(pdf|csv|json|xlsx|sqlite)\b/gi, " ");
    for (const piece of pieces) {
      // Whole words only: "work" (a stored value) must not take a bite out of "Groundwork".
      if (rest.includes(piece)) {
        rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(piece)}(?![\\p{L}\\p{N}])`, "gu"), " ");
      }
    }
    for (const w of rest.matchAll(WORD)) {
      const word = fold(w[0]);
      if (word.length < 2 || allowed.has(word)) continue;
      if (!stray.has(word)) stray.set(word, text.slice(0, 80));
    }
  }
  return [...stray].map(([word, where]) => `${word}  (in "${where}")`);
}
