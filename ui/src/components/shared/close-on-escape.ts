import type { Attachment } from "svelte/attachments";

/**
 * Escape pressed anywhere inside the element calls `close`: for an open form, where Escape
 * cancels whatever has the focus. A key something inside already handled is left alone.
 */
export function closeOnEscape(close: () => void): Attachment<HTMLElement> {
  return (element) => {
    function onKeydown(event: KeyboardEvent) {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      close();
    }
    element.addEventListener("keydown", onKeydown);
    return () => element.removeEventListener("keydown", onKeydown);
  };
}
