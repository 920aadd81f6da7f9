// Numbers and lists written the way the current language writes them ("a, b, and c" in English,
// "a, b y c" in Spanish). Each function takes the Intl locale to use, the current language's
// unless told; reading it from `locale` keeps the screens in step with a change of language.
import { locale } from "./locale.svelte";

const numbers = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

/**
 * A date-and-time format for the locale (the current language's unless told), made once per
 * locale and options: every screen that shows dates asks here instead of keeping its own.
 * Options are compared by their JSON, so write them in the same order each time.
 */
export function dateFormat(
  options: Intl.DateTimeFormatOptions,
  lang: string = locale.intl,
): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    dates.set(key, format);
  }
  return format;
}

/** Newer ICU puts a narrow no-break space before AM/PM; a plain one reads and tests the same. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ");
}

/**
 * A number grouped and pointed the locale's way: "1,024", "3.4" in US English and US Spanish
 * alike, "1024", "3,4" in Spain's Spanish. Decimals beyond `decimals` are rounded off.
 */
export function formatNumber(n: number, decimals = 0, lang: string = locale.intl): string {
  return numberFormat(decimals, false, lang).format(n);
}

/** The number with exactly `decimals` places, zeros kept: a mean of "3.0", not "3". */
export function formatFixed(n: number, decimals: number, lang: string = locale.intl): string {
  return numberFormat(decimals, true, lang).format(n);
}

function numberFormat(decimals: number, fixed: boolean, lang: string): Intl.NumberFormat {
  const key = `${lang} ${decimals} ${fixed}`;
  let format = numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
    });
    numbers.set(key, format);
  }
  return format;
}

/**
 * Words joined as a sentence would: "Ana, Luis, and Rosa" / "Ana, Luis y Rosa"; with "or",
 * "Ana or Luis" / "Ana o Luis". Instead of joining words by hand.
 */
export function formatList(
  items: readonly string[],
  joiner: "and" | "or" = "and",
  lang: string = locale.intl,
): string {
  const key = `${lang} ${joiner}`;
  let format = lists.get(key);
  if (!format) {
    const type = joiner === "and" ? "conjunction" : "disjunction";
    format = new Intl.ListFormat(lang, { style: "long", type });
    lists.set(key, format);
  }
  return format.format(items);
}
