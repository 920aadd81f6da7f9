// The organizer's passphrase: choosing it the first time the laptop goes round (typed twice),
// typing it to lock and to open the app again, and changing it in Settings. The backend checks
// it for real; these checks only say early what it would refuse.
import type { FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";

/** The fewest characters a new passphrase may have (the backend's rule). */
export const SHORTEST_PASSPHRASE = 8;

/** Passing the laptop round: who passes it, and the passphrase (twice, the first time). */
export type LockValues = {
  lockedBy: string;
  passphrase: string;
  /** The passphrase typed again; only asked while the chapter has none yet. */
  again: string;
};

/** Changing the passphrase: the one the chapter has, and the new one twice. */
export type ChangeValues = {
  current: string;
  next: string;
  again: string;
};

/** The places on the forms a refusal shows beside, by the backend's names for them. */
export const LOCK_FIELDS = ["locked_by", "passphrase", "again"] as const;
export const CHANGE_FIELDS = ["passphrase", "new_passphrase", "again"] as const;

function isShort(text: string): boolean {
  return [...text.trim()].length < SHORTEST_PASSPHRASE;
}

function checkNew(text: string, again: string): { passphrase?: string; again?: string } {
  if (isShort(text)) return { passphrase: t("laptop-passphrase-too-short", { shortest: SHORTEST_PASSPHRASE }) };
  if (text !== again) return { again: t("laptop-passphrase-mismatch") };
  return {};
}

/** What to fix before locking; the first time, the passphrase is being chosen. */
export function checkLock(values: LockValues, choosing: boolean): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.lockedBy.trim() === "") errors.locked_by = t("laptop-locked-by-needed");
  if (choosing) {
    const { passphrase, again } = checkNew(values.passphrase, values.again);
    if (passphrase) errors.passphrase = passphrase;
    if (again) errors.again = again;
  } else if (values.passphrase === "") {
    errors.passphrase = t("laptop-passphrase-needed");
  }
  return errors;
}

/** What to fix before opening the app again. */
export function checkUnlock(values: { passphrase: string }): FieldErrors {
  return values.passphrase === "" ? { passphrase: t("laptop-passphrase-needed") } : {};
}

/** What to fix before changing the passphrase ("passphrase" is the current one, as the backend names it). */
export function checkChange(values: ChangeValues): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.current === "") errors.passphrase = t("laptop-passphrase-needed");
  const { passphrase, again } = checkNew(values.next, values.again);
  if (passphrase) errors.new_passphrase = passphrase;
  if (again) errors.again = again;
  return errors;
}
