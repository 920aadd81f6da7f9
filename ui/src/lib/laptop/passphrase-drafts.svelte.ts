import { Draft } from "../forms/draft.svelte";
import {
  CHANGE_FIELDS,
  checkChange,
  checkLock,
  checkUnlock,
  LOCK_FIELDS,
  type ChangeValues,
  type LockValues,
} from "./passphrase-form";

/** Passing the laptop round: who passes it, and the passphrase (chosen, the first time). */
export class LockDraft extends Draft<LockValues> {
  /** The chapter has no passphrase yet: this lock chooses it, typed twice. */
  readonly choosing: boolean;

  constructor(lockedBy: string, choosing: boolean) {
    super({ lockedBy, passphrase: "", again: "" }, (values) => checkLock(values, choosing), LOCK_FIELDS);
    this.choosing = choosing;
  }

  submit(): { passphrase: string; lockedBy: string } | null {
    if (!this.attempt()) return null;
    return { passphrase: this.values.passphrase, lockedBy: this.values.lockedBy.trim() };
  }
}

/** The organizer opening the app again. */
export class UnlockDraft extends Draft<{ passphrase: string }> {
  constructor() {
    super({ passphrase: "" }, checkUnlock, ["passphrase"]);
  }

  submit(): string | null {
    return this.attempt() ? this.values.passphrase : null;
  }
}

/** A new passphrase for the chapter, told with the one it has. */
export class ChangeDraft extends Draft<ChangeValues> {
  constructor() {
    super({ current: "", next: "", again: "" }, checkChange, CHANGE_FIELDS);
  }

  submit(): { current: string; next: string } | null {
    return this.attempt() ? { current: this.values.current, next: this.values.next } : null;
  }
}
