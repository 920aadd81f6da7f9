import { toAppError, type AppError } from "../api/errors";
import { LatestOnly } from "./latest-only";

/**
 * Finding a record by a few letters typed, to pick it: asked at every keystroke (only the
 * newest answer counts), with which match ↓ and ↑ are on. Enter pressed before the answer can
 * wait for it (`settled`), so a fast typist picks from what they typed. What is asked is the
 * subclass's `find`; the people and organization pickers share everything else.
 */
export abstract class Lookup<T> {
  /** The records matching `matchedFor`, best first. */
  matches = $state.raw<T[]>([]);
  /** The text (trimmed) the matches answer; null before the first answer. */
  matchedFor = $state<string | null>(null);
  /** The match ↓ and ↑ are on. */
  active = $state(0);
  error = $state<AppError | null>(null);

  readonly #latest = new LatestOnly();
  #inFlight: Promise<void> = Promise.resolve();

  /** The records matching `text` (trimmed, never empty). */
  protected abstract find(text: string): Promise<T[]>;

  /** Call after every edit of the text. */
  search(text: string): Promise<void> {
    this.#inFlight = this.#search(text.trim());
    return this.#inFlight;
  }

  async #search(text: string): Promise<void> {
    const ticket = this.#latest.next();
    if (text === "") {
      this.matches = [];
      this.matchedFor = "";
      this.active = 0;
      this.error = null;
      return;
    }
    try {
      const found = await this.find(text);
      if (!this.#latest.isCurrent(ticket)) return;
      this.matches = found;
      this.matchedFor = text;
      this.active = 0;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** Waits for the answer to the newest text asked about. */
  settled(): Promise<void> {
    return this.#inFlight;
  }

  /** The matches answer `text` as it stands (not an earlier text, nor a failed search). */
  answers(text: string): boolean {
    return this.matchedFor === text.trim();
  }

  /** Moves along `count` options, stopping at either end. */
  move(delta: number, count: number): void {
    if (count === 0) return;
    this.active = Math.max(0, Math.min(count - 1, this.active + delta));
  }

  clear(): void {
    this.#latest.invalidate();
    this.#inFlight = Promise.resolve();
    this.matches = [];
    this.matchedFor = null;
    this.active = 0;
    this.error = null;
  }
}
