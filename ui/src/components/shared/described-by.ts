/**
 * An `aria-describedby` value: the ids given, the empty ones (a hint not shown, a field with no
 * error) left out, joined by spaces; undefined when none is left, so the attribute is dropped.
 */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}
