// Money as grants keep it: whole cents, typed and shown as dollars. Cents are counted from the
// digits typed, never by multiplying a float by 100 ("0.29" × 100 is 28.999…), so what the
// organizer typed is what is sent.

/** The most cents a typed amount can hold and still be counted exactly in a JS number. */
const MOST_DIGITS = 13;

/**
 * The cents in an amount typed in dollars: "800", "800.5", "$1,000.00", ".25"; null for
 * anything else, a negative amount, or more than two places after the point (as the
 * backend's own reading of dollars).
 */
export function centsOf(typed: string): number | null {
  const text = typed.trim().replace(/^\$/, "").replaceAll(",", "");
  const found = /^(\d*)(?:\.(\d{0,2}))?$/.exec(text);
  if (!found) return null;
  const [, whole, part = ""] = found;
  if (whole === "" && part === "") return null;
  if (whole.length > MOST_DIGITS) return null;
  return Number(whole || "0") * 100 + Number(part.padEnd(2, "0"));
}

/** "$1,000.00": as the backend writes dollars in its messages, so the two read alike. */
export function formatDollars(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const all = Math.abs(Math.trunc(cents));
  const whole = String(Math.trunc(all / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}$${whole}.${String(all % 100).padStart(2, "0")}`;
}

/** Cents as the organizer would type them into a box: "800", or "800.50" with cents. */
export function typedDollars(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const part = Math.abs(cents % 100);
  return part === 0 ? String(whole) : `${whole}.${String(part).padStart(2, "0")}`;
}
