// What happened at a door, as the walk sheets mark it and as the screens say it.
import type { DoorResult, WalkDoor } from "../api/types";
import { locale, t } from "../i18n/locale.svelte";

/** Every result in the order the sheets print their boxes (and the summary counts them). */
export const DOOR_RESULTS: readonly DoorResult[] = [
  "not_home",
  "talked",
  "refused",
  "moved",
  "come_back",
  "inaccessible",
];

/**
 * The short codes the walk sheets print, in each language they print in (the print crate's
 * catalogues, `walk-not-home` and the rest). Both are shown, whatever the screens' language:
 * a packet printed in English and Spanish is typed in by whoever is at the laptop.
 */
export const PAPER_CODES: Readonly<Record<DoorResult, { en: string; es: string }>> = {
  not_home: { en: "NH", es: "NC" },
  talked: { en: "T", es: "H" },
  refused: { en: "R", es: "NQ" },
  moved: { en: "M", es: "SM" },
  come_back: { en: "CB", es: "V" },
  inaccessible: { en: "X", es: "X" },
};

/**
 * The keys that enter each result: the English code's first letter, and the Spanish code's
 * letter that no other code starts with ("q" for NQ, since NC already takes "n").
 */
export const RESULT_KEYS: Readonly<Record<DoorResult, readonly string[]>> = {
  not_home: ["n"],
  talked: ["t", "h"],
  refused: ["r", "q"],
  moved: ["m", "s"],
  come_back: ["c", "v"],
  inaccessible: ["x"],
};

/** The result a key enters (either case), or null. */
export function resultForKey(key: string): DoorResult | null {
  const lower = key.toLowerCase();
  return DOOR_RESULTS.find((result) => RESULT_KEYS[result].includes(lower)) ?? null;
}

/**
 * Results the sheet has a line of words for ("write what they said", "write when"): entering
 * one opens a line for the notes before the cursor moves on.
 */
export function takesNotes(result: DoorResult): boolean {
  return result === "talked" || result === "come_back";
}

/** "Not home", "Talked", … in the screens' language. */
export function resultLabel(result: DoorResult): string {
  switch (result) {
    case "not_home":
      return t("canvass-result-not-home");
    case "talked":
      return t("canvass-result-talked");
    case "refused":
      return t("canvass-result-refused");
    case "moved":
      return t("canvass-result-moved");
    case "come_back":
      return t("canvass-result-come-back");
    case "inaccessible":
      return t("canvass-result-inaccessible");
  }
}

/** The code the sheets print in the screens' language: "NH" in English, "NC" in Spanish. */
export function paperCode(result: DoorResult): string {
  return locale.code === "es" ? PAPER_CODES[result].es : PAPER_CODES[result].en;
}

/** "NH, NC"; one code when both languages print the same. */
export function bothCodes(result: DoorResult): string {
  const { en, es } = PAPER_CODES[result];
  return en === es ? en : `${en}, ${es}`;
}

/**
 * Nobody knocks here: everyone known at the door asked not to be contacted. A door with no one
 * known is knocked like any other.
 */
export function isDoNotKnock(door: WalkDoor): boolean {
  return door.residents.length > 0 && door.residents.every((resident) => resident.do_not_contact);
}
