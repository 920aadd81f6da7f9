import { toAppError, type AppError } from "../api/errors";

/** A form that can be sent: `Draft` with the `submit` of its kind. */
export type Submittable<I> = {
  saving: boolean;
  serverError: AppError | null;
  /** The input to send, or null while the form shows what to fix. */
  submit(): I | null;
};

/**
 * Sends a form once: nothing while it is already saving or shows what to fix; `saving` is set
 * until `send` (the request and whatever follows a save) ends; a refusal stays on the form.
 * Answers whether it saved.
 */
export async function saveDraft<I>(
  draft: Submittable<I>,
  send: (input: I) => Promise<void>,
): Promise<boolean> {
  if (draft.saving) return false;
  const input = draft.submit();
  if (!input) return false;
  draft.saving = true;
  try {
    await send(input);
    return true;
  } catch (reason) {
    draft.serverError = toAppError(reason);
    return false;
  } finally {
    draft.saving = false;
  }
}
