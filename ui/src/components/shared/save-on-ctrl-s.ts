import type { Attachment } from "svelte/attachments";

/**
 * Ctrl+S (⌘S on a Mac) pressed anywhere inside the element calls `save`, for a form that stays
 * open after saving, where reaching for the Save button would lose the place.
 */
export function saveOnCtrlS(save: () => void): Attachment<HTMLElement> {
  return (element) => {
    function onKeydown(event: KeyboardEvent) {
      const command = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      if (!command || event.key.toLowerCase() !== "s" || event.defaultPrevented) return;
      event.preventDefault();
      save();
    }
    element.addEventListener("keydown", onKeydown);
    return () => element.removeEventListener("keydown", onKeydown);
  };
}
