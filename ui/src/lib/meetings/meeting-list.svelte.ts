import * as client from "../api/client";
import { toAppError, type AppError } from "../api/errors";
import type { Meeting } from "../api/types";
import { LatestOnly } from "../people/latest-only";

export type ListMeetings = () => Promise<Meeting[]>;

/** Every meeting, newest first, and which one is selected. */
export class MeetingList {
  meetings = $state.raw<Meeting[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  selectedId = $state<string | null>(null);

  readonly selectedIndex: number = $derived(
    this.selectedId === null ? -1 : this.meetings.findIndex((m) => m.id === this.selectedId),
  );
  readonly selected: Meeting | null = $derived(this.meetings[this.selectedIndex] ?? null);
  /** The chapter has no meetings yet. */
  readonly isEmpty: boolean = $derived(this.loaded && this.meetings.length === 0);

  readonly #list: ListMeetings;
  readonly #latest = new LatestOnly();

  constructor(list: ListMeetings = client.listMeetings) {
    this.#list = list;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const meetings = await this.#list();
      if (!this.#latest.isCurrent(ticket)) return;
      this.meetings = meetings;
      this.error = null;
      this.loaded = true;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** The meeting `delta` rows away from the selection (first or last when none is). */
  neighbour(delta: number): Meeting | null {
    if (this.meetings.length === 0) return null;
    const from = this.selectedIndex;
    const to = from === -1 ? (delta > 0 ? 0 : this.meetings.length - 1) : from + delta;
    return this.meetings[Math.max(0, Math.min(this.meetings.length - 1, to))] ?? null;
  }

  reset(): void {
    this.#latest.invalidate();
    this.meetings = [];
    this.loaded = false;
    this.error = null;
    this.selectedId = null;
  }
}
