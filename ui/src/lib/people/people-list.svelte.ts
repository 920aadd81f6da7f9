import * as peopleClient from "../api/client/people";
import { toAppError, type AppError } from "../api/errors";
import type { PeopleQuery, PersonId, PersonSummary } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";
import { neighbourIn } from "../navigation/neighbour";
import { TypingPause } from "../navigation/typing-pause";
import {
  asksForEveryone,
  buildPeopleQuery,
  noFilters,
  type PeopleFilters,
} from "./people-query";

export type SearchPeople = typeof peopleClient.searchPeople;

/**
 * The people list: what was typed and filtered, the page of results, and who is selected. It
 * lives as long as the app, so the list is as the organizer left it when they come back.
 */
export class PeopleList {
  text = $state("");
  filters = $state<PeopleFilters>(noFilters());
  people = $state.raw<PersonSummary[]>([]);
  /** How many match in all; may be more than the rows held. */
  total = $state(0);
  /** The query the rows on screen answer; null until the first answer arrives. */
  answered = $state.raw<PeopleQuery | null>(null);
  error = $state<AppError | null>(null);
  selectedId = $state<PersonId | null>(null);

  readonly selectedIndex: number = $derived(
    this.selectedId === null ? -1 : this.people.findIndex((p) => p.id === this.selectedId),
  );
  readonly selected: PersonSummary | null = $derived(this.people[this.selectedIndex] ?? null);
  /**
   * Whether the selected row is in the page: the list draws only the rows in view, and a
   * pointer to a row that is not there (`aria-activedescendant`) misleads a screen reader.
   */
  selectedDrawn = $state(false);
  /** More match than were sent: the organizer should narrow the search. */
  readonly truncated: boolean = $derived(this.people.length < this.total);
  readonly searchedFor: PeopleQuery = $derived(buildPeopleQuery(this.text, this.filters));
  /** The chapter has nobody in it yet, as opposed to nobody matching a search. */
  readonly baseIsEmpty: boolean = $derived(
    this.answered !== null && this.total === 0 && asksForEveryone(this.answered),
  );

  readonly #search: SearchPeople;
  readonly #latest = new LatestOnly();
  readonly #typing = new TypingPause(() => void this.searchNow());

  constructor(search: SearchPeople = peopleClient.searchPeople) {
    this.#search = search;
  }

  /**
   * Call after every edit of the text or a filter. The first keystroke after a pause searches
   * at once; the rest of a fast burst waits for the pause, so typing a name costs two searches
   * rather than one per letter.
   */
  changed(): void {
    this.#typing.changed();
  }

  /** Searches with the current text and filters; an answer overtaken by a newer one is dropped. */
  async searchNow(): Promise<void> {
    this.#typing.ran();
    const ticket = this.#latest.next();
    const query = this.searchedFor;
    try {
      const page = await this.#search(query);
      if (!this.#latest.isCurrent(ticket)) return;
      this.people = page.people;
      this.total = page.total;
      this.answered = query;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  clearFilters(): void {
    this.filters = noFilters();
    this.changed();
  }

  /** The person `delta` rows away from the selection (first or last row when none is shown). */
  neighbour(delta: number): PersonSummary | null {
    return neighbourIn(this.people, this.selectedIndex, delta);
  }

  /** Back to a fresh list, for another chapter. Answers still in flight are ignored. */
  reset(): void {
    this.#typing.cancel();
    this.#latest.invalidate();
    this.text = "";
    this.filters = noFilters();
    this.people = [];
    this.total = 0;
    this.answered = null;
    this.error = null;
    this.selectedId = null;
  }
}
