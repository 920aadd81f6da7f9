import type { DoorResult } from "../api/types";
import { resultForKey } from "./door-results";

/** What a key in the code box asks for while a walk sheet is typed in. */
export type EntryAction =
  /** The paper's code for the current door. */
  | { kind: "result"; result: DoorResult }
  /** Not home at every door of the current door's building. */
  | { kind: "building" }
  /** Not home at every door of the current door's block (its street, its hundred). */
  | { kind: "block" }
  /** Someone not on the sheet answered: their name. */
  | { kind: "new" }
  /** Who answered, by their number on the sheet. */
  | { kind: "resident"; number: number }
  | { kind: "move"; delta: 1 | -1 }
  /** Enter: at the end of a sheet, on to the next one. */
  | { kind: "enter" }
  /** Ctrl+Z: back to the door entered last. */
  | { kind: "back" }
  /** A letter or sign that is no code, said so instead of lost. */
  | { kind: "unknown"; key: string };

export type EntryKey = Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey">;

/** The key that opens the line for someone new, and the one for a whole building. */
export const NEW_PERSON_KEY = "+";
export const BUILDING_KEY = "b";
/** Shift+B: the whole block, as b is the whole building. */
export const BLOCK_KEY = "B";

/**
 * The code box's keys: a result's letter (either case, English or Spanish), b for the whole
 * building, + for someone new, 1–9 for who answered, ↑/↓ to move, Enter, Ctrl+Z. Null: a key
 * the box leaves to the window (Tab, Escape, Ctrl+K and the like).
 */
export function entryKeyAction(event: EntryKey): EntryAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey && event.key.toLowerCase() === "z") return { kind: "back" };
  if (command || event.altKey) return null;
  switch (event.key) {
    case "ArrowDown":
      return { kind: "move", delta: 1 };
    case "ArrowUp":
      return { kind: "move", delta: -1 };
    case "Enter":
      return { kind: "enter" };
    case NEW_PERSON_KEY:
      return { kind: "new" };
  }
  // Named keys (Tab, Escape, F5, Shift) are longer than one character.
  if ([...event.key].length !== 1) return null;
  const result = resultForKey(event.key);
  if (result) return { kind: "result", result };
  if (event.key === BLOCK_KEY) return { kind: "block" };
  if (event.key.toLowerCase() === BUILDING_KEY) return { kind: "building" };
  if (/^[1-9]$/.test(event.key)) return { kind: "resident", number: Number(event.key) };
  return { kind: "unknown", key: event.key };
}

/**
 * The letters of the sheets' "wants to get involved" box: J on the English sheet, P on the
 * Spanish one. With Alt, either ticks the box from anywhere on the line being typed.
 */
export const INVOLVED_KEYS: readonly string[] = ["j", "p"];

/** Alt+J or Alt+P (by the key's letter, or where it sits when Alt makes it another sign). */
export function isInvolvedKey(event: EntryKey & Pick<KeyboardEvent, "code">): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey) return false;
  const key = event.key.toLowerCase();
  return INVOLVED_KEYS.some((letter) => key === letter || event.code === `Key${letter.toUpperCase()}`);
}
