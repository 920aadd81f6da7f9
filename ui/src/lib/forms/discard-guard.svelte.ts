/**
 * An area whose forms ask before unsaved typing is dropped ("Leave without saving?"): an action
 * that would drop it waits in `pendingDiscard` until the organizer answers.
 */
export class DiscardGuard {
  /** What the organizer asked for, held while they decide whether to drop unsaved changes. */
  pendingDiscard = $state<(() => void) | null>(null);

  confirmDiscard(): void {
    const action = this.pendingDiscard;
    this.pendingDiscard = null;
    action?.();
  }

  keepEditing(): void {
    this.pendingDiscard = null;
  }

  /** Runs `action` now, or holds it for the question when it would drop unsaved typing. */
  protected guard(unsaved: boolean, action: () => void): void {
    if (unsaved) this.pendingDiscard = action;
    else action();
  }
}
