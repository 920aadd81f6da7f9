// The keyboard of a screen where a pile of filled paper forms is typed in (the needs
// assessment's, the connections forms): Enter moves on to the next field, Ctrl+Enter saves from
// anywhere, Ctrl+Z takes the last form back, and the cursor is put where the next keystroke
// belongs. A field's place is named by its `data-focus`.

import type { Attachment } from "svelte/attachments";

/** A box with text in it, which wants Ctrl+Z for its own undo. */
export function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return target.value !== "";
  if (!(target instanceof HTMLInputElement)) return false;
  return !["radio", "checkbox"].includes(target.type) && target.value !== "";
}

/** The fields Enter moves along, in the order they are on screen, and the save button. */
const FIELDS = "input:not([disabled]), select, textarea, button.save";

/** The next field after `from` inside `root`, a group of radios counting as one. */
export function focusNext(root: HTMLElement, from: HTMLElement): void {
  const fields = [...root.querySelectorAll<HTMLElement>(FIELDS)];
  const start = fields.indexOf(from);
  const fromRadio = from instanceof HTMLInputElement && from.type === "radio" ? from.name : null;
  for (const field of fields.slice(start + 1)) {
    if (fromRadio !== null && field instanceof HTMLInputElement && field.name === fromRadio) {
      continue;
    }
    if (field instanceof HTMLInputElement && field.type === "radio") {
      const group = root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(field.name)}"]`);
      ([...group].find((radio) => radio.checked) ?? field).focus();
      return;
    }
    field.focus();
    return;
  }
}

/**
 * Puts the cursor on the place named `target` (its `data-focus`): the control itself, or in a
 * group the radio ticked, else its first field. `block` says how to scroll it into view.
 * Answers whether there was such a place.
 */
export function focusPlace(
  root: HTMLElement,
  target: string,
  block: ScrollLogicalPosition = "nearest",
): boolean {
  const place = root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(target)}"]`);
  if (!place) return false;
  const control = place.matches("input, select, textarea, button")
    ? place
    : (place.querySelector<HTMLElement>("input:checked") ??
      place.querySelector<HTMLElement>("input, select, textarea"));
  control?.focus({ preventScroll: true });
  control?.scrollIntoView({ block });
  return true;
}

export type PaperEntryActions = {
  /** Ctrl+Enter. */
  save: () => void;
  /** Ctrl+Z, unless a box with text in it wants its own undo. */
  takeBackLast: () => void;
};

/**
 * The keys of the whole form, on its outermost element: Ctrl+Enter saves from anywhere; Ctrl+Z
 * takes the last form back; Enter in a box moves on to the next field instead of sending a
 * half-typed form. A key a field has already handled (`preventDefault`) is left alone, and so
 * is anything inside a dialog.
 */
export function paperEntryKeys(actions: PaperEntryActions): Attachment<HTMLElement> {
  return (root) => {
    function onKeydown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof Element && target.closest("dialog")) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey && !event.shiftKey && event.key === "Enter") {
        event.preventDefault();
        actions.save();
        return;
      }
      if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "z") {
        if (isTyping(target)) return;
        event.preventDefault();
        actions.takeBackLast();
        return;
      }
      if (
        event.key === "Enter" &&
        !command &&
        !event.altKey &&
        !event.shiftKey &&
        target instanceof HTMLInputElement
      ) {
        event.preventDefault();
        focusNext(root, target);
      }
    }
    root.addEventListener("keydown", onKeydown);
    return () => root.removeEventListener("keydown", onKeydown);
  };
}
