import { say, t } from "../i18n/locale.svelte";
import type { ErrorKind, IpcError, Message, Refusal } from "./types";

const KINDS: ReadonlySet<string> = new Set<ErrorKind>([
  "invalid_input",
  "not_found",
  "conflict",
  "database",
  "io",
  "not_a_groundwork_database",
  "newer_database",
  "cancelled",
  "print",
  "internal",
]);

/** Shown when the backend gave us nothing a person could act on (in English, for the log). */
export const INTERNAL_MESSAGE =
  "Something went wrong inside Groundwork. Try again; if it keeps happening, restart the app.";

/** The words of an error that has them by id (the backend's), else only as English. */
type Said = { said: Message | null; refused: Refusal | null };

// Details only ever appear behind "More", but a runaway payload must not flood the screen.
const MAX_DETAILS = 2000;

/** The one error type the UI deals with; every rejected backend call becomes one of these. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly details: string | null;
  /**
   * The key of the input the backend says the error is about, as the form sent it
   * ("first_name", "address.zip", "phones.1"), if any.
   */
  readonly field: string | null;
  /** Why that input was refused, without the field's name (its label already says it). */
  readonly reason: string | null;
  readonly #said: Said;

  constructor(
    kind: ErrorKind,
    message: string,
    details: string | null = null,
    field: string | null = null,
    reason: string | null = null,
    said: Said = { said: null, refused: null },
  ) {
    super(message);
    this.name = "AppError";
    this.kind = kind;
    this.details = details;
    this.field = field;
    this.reason = reason;
    this.#said = said;
  }

  /**
   * The message in the screens' language, read afresh so that a change of language shows
   * (`message` stays the English, as the log and the tests read it).
   */
  get text(): string {
    const { said, refused } = this.#said;
    if (refused) return t("error-field-reason", { field: say(refused.field), reason: say(refused.reason) });
    if (said) return say(said);
    return this.kind === "internal" && this.message === INTERNAL_MESSAGE
      ? t("error-internal")
      : this.message;
  }

  /** The refused input (a field, a line of a file) and why, as the backend said them, or null. */
  get refusal(): Refusal | null {
    return this.#said.refused;
  }

  /** Why the input was refused, in the screens' language, or null. */
  get reasonText(): string | null {
    const { refused } = this.#said;
    return refused ? say(refused.reason) : this.reason;
  }

  get isCancelled(): boolean {
    return this.kind === "cancelled";
  }
}

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.kind === "string" && typeof candidate.message === "string";
}

function isMessage(value: unknown): value is Message {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.text === "string" && (m.id === null || typeof m.id === "string");
}

function clip(text: string): string {
  return text.length > MAX_DETAILS ? `${text.slice(0, MAX_DETAILS)}…` : text;
}

function describe(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  try {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return text ? clip(text) : null;
  } catch {
    return clip(String(value));
  }
}

/**
 * Turns whatever a rejected `invoke` produced into an AppError.
 *
 * The backend promises `{kind, message, details}`; anything else (a bare string from Tauri
 * itself, e.g. "command not found", or a thrown Error from the JS side) is a bug rather than
 * something the user caused, so it becomes kind "internal" with the raw text kept in details.
 */
export function toAppError(reason: unknown): AppError {
  if (reason instanceof AppError) return reason;

  if (isIpcError(reason)) {
    const kind: ErrorKind = KINDS.has(reason.kind) ? (reason.kind as ErrorKind) : "internal";
    const message = reason.message.trim() || INTERNAL_MESSAGE;
    const details = typeof reason.details === "string" && reason.details.trim() !== ""
      ? clip(reason.details)
      : null;
    const text = (value: unknown) =>
      typeof value === "string" && value.trim() !== "" ? value.trim() : null;
    const said = {
      said: isMessage(reason.said) ? reason.said : null,
      refused:
        reason.refused && isMessage(reason.refused.field) && isMessage(reason.refused.reason)
          ? reason.refused
          : null,
    };
    return new AppError(kind, message, details, text(reason.field), text(reason.reason), said);
  }

  if (reason instanceof Error) {
    return new AppError("internal", INTERNAL_MESSAGE, describe(reason.message || reason.name));
  }

  const details = typeof reason === "string" && reason.trim() === "" ? null : describe(reason);
  return new AppError("internal", INTERNAL_MESSAGE, details);
}

/**
 * The key of the input an "invalid_input" error is about ("first_name", "address.zip"), or null
 * for any other error or when it is about no one field.
 */
export function invalidField(error: AppError | null): string | null {
  if (error?.kind !== "invalid_input") return null;
  return error.field;
}

/**
 * The message to show under the field itself: the backend's reason, without the field's name
 * that the field's own label already says, as a sentence.
 */
export function fieldMessage(error: AppError): string {
  const text = (error.reasonText ?? error.text).trim();
  if (text === "") return error.text;
  const sentence = text[0].toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
