import type { Attachment } from "svelte/attachments";
import { isInvolvedKey } from "../../lib/canvass/entry-keys";

/**
 * The keys of a line typed from a door's row (a form): Alt+J (or Alt+P) anywhere in it ticks
 * "wants to get involved", and Enter in any of its boxes, the tick box too, sends the form.
 */
export function lineKeys(toggleInvolved: () => void): Attachment<HTMLFormElement> {
  return (form) => {
    function onKeydown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (isInvolvedKey(event)) {
        event.preventDefault();
        toggleInvolved();
        return;
      }
      const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (plain && event.key === "Enter" && event.target instanceof HTMLInputElement) {
        event.preventDefault();
        form.requestSubmit();
      }
    }
    form.addEventListener("keydown", onKeydown);
    return () => form.removeEventListener("keydown", onKeydown);
  };
}
