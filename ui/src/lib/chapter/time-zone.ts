export const FALLBACK_TIME_ZONE = "America/New_York";

/** The zone this laptop is set to, if the WebView will say. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The zone to preselect for a new chapter: the laptop's own, as long as the backend knows it
 * (it must be able to store and use it), otherwise a common US zone.
 */
export function defaultTimeZone(known: readonly string[], fromBrowser: string | undefined): string {
  if (fromBrowser && known.includes(fromBrowser)) return fromBrowser;
  return FALLBACK_TIME_ZONE;
}

/** The list a select offers: always includes the current value, even if the list failed. */
export function zoneOptions(known: readonly string[], current: string): string[] {
  if (current === "" || known.includes(current)) return [...known];
  return [current, ...known];
}
