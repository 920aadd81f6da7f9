/** What a key in the sign-in name box asks for. */
export type MatchAction =
  /** Highlight another match. */
  | { kind: "move"; index: number }
  /** Mark the highlighted match present (or open the new-person row when nothing matches). */
  | { kind: "mark" }
  /** Open the new-person row with what was typed. */
  | { kind: "new" }
  /** Empty the box. */
  | { kind: "clear" }
  /** Take back the last mark. */
  | { kind: "undo" };

export type MatchKey = Pick<KeyboardEvent, "key" | "shiftKey" | "altKey" | "ctrlKey" | "metaKey">;

/**
 * The name box's keys: ↑/↓ move the highlight through the matches (stopping at the ends),
 * Enter marks, Shift+Enter starts a new person, Escape empties the box, Ctrl+Z undoes the last
 * mark. Null: the key is the text box's own.
 */
export function matchKeyAction(
  event: MatchKey,
  state: { count: number; highlighted: number; text: string },
): MatchAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "z") {
    return { kind: "undo" };
  }
  if (command || event.altKey) return null;
  switch (event.key) {
    case "Enter":
      if (state.text.trim() === "") return null;
      return event.shiftKey ? { kind: "new" } : { kind: "mark" };
    case "ArrowDown":
    case "ArrowUp": {
      if (state.count === 0) return null;
      const step = event.key === "ArrowDown" ? 1 : -1;
      const from = state.highlighted < 0 ? (step > 0 ? -1 : state.count) : state.highlighted;
      return { kind: "move", index: Math.max(0, Math.min(state.count - 1, from + step)) };
    }
    case "Escape":
      return state.text === "" ? null : { kind: "clear" };
    default:
      return null;
  }
}
