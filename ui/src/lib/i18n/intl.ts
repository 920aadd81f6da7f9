// Numbers and lists written the way the current language writes them ("a, b, and c" in English,
// "a, b y c" in Spanish). Each function takes the Intl locale to use, the current language's
// unless told; reading it from `locale` keeps the screens in step with a change of language.
import { locale } from "./locale.svelte";

const numbers = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();

/**
 * A number grouped and pointed the locale's way: "1,024", "3.4" in US English and US Spanish
 * alike, "1024", "3,4" in Spain's Spanish. Decimals beyond `decimals` are rounded off.
 */
export function formatNumber(n: number, decimals = 0, lang: string = locale.intl): string {
  const key = `${lang} ${decimals}`;
  let format = numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: decimals });
    numbers.set(key, format);
  }
  return format.format(n);
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
