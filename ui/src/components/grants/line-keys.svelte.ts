// What the budget's and the timeline's line editors do with the keyboard, written once: the
// cursor follows the editor to where the next keystroke belongs (a line added, taken out or
// refused), and Enter alone in a line goes on to the next one.
import { tick } from "svelte";
import type { LineEditor } from "../../lib/grants/line-editor.svelte";
import { focusPlace } from "../shared/focus-place";

/** Call while the component starts: puts the cursor where `editor` asks, inside `form()`. */
export function followLineFocus<F extends object, I>(
  editor: () => LineEditor<F, I>,
  form: () => HTMLFormElement | undefined,
): void {
  $effect(() => {
    const lines = editor();
    const target = lines.focusTarget;
    const within = form();
    if (target === null || !within) return;
    void tick().then(() => {
      focusPlace(within, target)?.scrollIntoView({ block: "nearest" });
      lines.focusTarget = null;
    });
  });
}

/** Enter alone (no modifier, not while composing) in line `key`: on to the next line. */
export function enterMovesOn<F extends object, I>(editor: LineEditor<F, I>, event: KeyboardEvent, key: number): void {
  const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  if (event.key !== "Enter" || event.isComposing || !plain) return;
  event.preventDefault();
  editor.next(key);
}
