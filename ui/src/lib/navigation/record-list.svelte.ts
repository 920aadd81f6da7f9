import { toAppError, type AppError } from "../api/errors";
import { LatestOnly } from "./latest-only";
import { neighbourIn } from "./neighbour";

/**
 * A list of records beside the one open on the right (meetings, assessments), newest first,
 * and which one is selected. Only the newest fetch's answer is kept.
 */
export class RecordListState<T extends { id: string }> {
  items = $state.raw<T[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  selectedId = $state<T["id"] | null>(null);

  readonly selectedIndex: number = $derived(
    this.selectedId === null ? -1 : this.items.findIndex((item) => item.id === this.selectedId),
  );
  readonly selected: T | null = $derived(this.items[this.selectedIndex] ?? null);
  /** The chapter has none yet. */
  readonly isEmpty: boolean = $derived(this.loaded && this.items.length === 0);

  readonly #list: () => Promise<T[]>;
  readonly #latest = new LatestOnly();

  constructor(list: () => Promise<T[]>) {
    this.#list = list;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const items = await this.#list();
      if (!this.#latest.isCurrent(ticket)) return;
      this.items = items;
      this.error = null;
      this.loaded = true;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** The record `delta` rows away from the selection (first or last when none is). */
  neighbour(delta: number): T | null {
    return neighbourIn(this.items, this.selectedIndex, delta);
  }

  reset(): void {
    this.#latest.invalidate();
    this.items = [];
    this.loaded = false;
    this.error = null;
    this.selectedId = null;
  }
}
