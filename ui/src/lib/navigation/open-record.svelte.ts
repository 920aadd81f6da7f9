import { toAppError, type AppError } from "../api/errors";
import { LatestOnly } from "./latest-only";

/**
 * The record shown on the right of a list (a meeting, an assessment): which one, its details
 * once fetched, and how the fetch went. Only the newest fetch's answer is kept.
 */
export class OpenRecord<D, Id extends string = string> {
  /** Which record is shown or being fetched. */
  id = $state<Id | null>(null);
  detail = $state.raw<D | null>(null);
  loading = $state(false);
  error = $state<AppError | null>(null);
  /** Set when the record should take the keyboard focus as soon as it is on screen. */
  focusRequested = $state(false);

  readonly #get: (id: Id) => Promise<D>;
  readonly #idOf: (detail: D) => Id;
  readonly #latest = new LatestOnly();

  constructor(get: (id: Id) => Promise<D>, idOf: (detail: D) => Id) {
    this.#get = get;
    this.#idOf = idOf;
  }

  /** Shows a record, or fetches the shown one again. Answers whether it is on screen. */
  async show(id: Id | null): Promise<boolean> {
    if (id !== this.id) {
      this.detail = null;
      this.error = null;
    }
    this.id = id;
    const ticket = this.#latest.next();
    if (id === null) {
      this.loading = false;
      return false;
    }
    this.loading = true;
    try {
      const detail = await this.#get(id);
      if (!this.#latest.isCurrent(ticket)) return false;
      this.detail = detail;
      this.error = null;
      return true;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
      return false;
    } finally {
      if (this.#latest.isCurrent(ticket)) this.loading = false;
    }
  }

  /** After a save answered with the fresh record. */
  replace(detail: D): void {
    this.#latest.invalidate();
    this.id = this.#idOf(detail);
    this.detail = detail;
    this.error = null;
    this.loading = false;
  }

  reset(): void {
    this.#latest.invalidate();
    this.id = null;
    this.detail = null;
    this.loading = false;
    this.error = null;
    this.focusRequested = false;
  }
}
