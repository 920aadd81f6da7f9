/**
 * Puts the cursor in the place marked `data-focus="<target>"` inside `root`: the control itself,
 * or the one inside it (a group of radios gives the one ticked, else its first). Answers the
 * control, or null when the place is not on screen.
 */
export function focusPlace(root: HTMLElement, target: string): HTMLElement | null {
  const place = root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(target)}"]`);
  if (!place) return null;
  const control = place.matches("input, select, textarea, button")
    ? place
    : (place.querySelector<HTMLElement>("input:checked") ??
      place.querySelector<HTMLElement>("input, select, textarea"));
  control?.focus({ preventScroll: true });
  return control;
}
