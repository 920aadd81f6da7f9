import type { ErrorKind, IpcError } from "./types";

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

/** Shown when the backend gave us nothing a person could act on. */
export const INTERNAL_MESSAGE =
  "Something went wrong inside Groundwork. Try again; if it keeps happening, restart the app.";

// Details only ever appear behind "More", but a runaway payload must not flood the screen.
const MAX_DETAILS = 2000;

/** The one error type the UI deals with; every rejected backend call becomes one of these. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly details: string | null;
  /** The input field the backend says the error is about ("first name"), if any. */
  readonly field: string | null;

  constructor(kind: ErrorKind, message: string, details: string | null = null, field: string | null = null) {
    super(message);
    this.name = "AppError";
    this.kind = kind;
    this.details = details;
    this.field = field;
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
    const field = typeof reason.field === "string" && reason.field.trim() !== "" ? reason.field.trim() : null;
    return new AppError(kind, message, details, field);
  }

  if (reason instanceof Error) {
    return new AppError("internal", INTERNAL_MESSAGE, describe(reason.message || reason.name));
  }

  const details = typeof reason === "string" && reason.trim() === "" ? null : describe(reason);
  return new AppError("internal", INTERNAL_MESSAGE, details);
}

/**
 * The form field an "invalid_input" error is about, as the backend names it ("first name",
 * "follow-up date"), or null for any other error or when it does not say.
 */
export function invalidField(error: AppError | null): string | null {
  if (error?.kind !== "invalid_input") return null;
  if (error.field !== null) return error.field;
  if (error.details === null) return null;
  const match = /^field:\s*(.+)$/.exec(error.details.trim());
  return match ? match[1].trim() : null;
}

/**
 * The message to show under the field itself: the backend starts it with the field's name
 * ("first name: a person needs a name"), which the field's own label already says.
 */
export function fieldMessage(error: AppError): string {
  const field = invalidField(error);
  let text = error.message.trim();
  if (field !== null && text.toLowerCase().startsWith(`${field.toLowerCase()}:`)) {
    text = text.slice(field.length + 1).trim();
  }
  if (text === "") return error.message;
  const sentence = text[0].toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
