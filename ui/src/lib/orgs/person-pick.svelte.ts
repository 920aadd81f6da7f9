import * as peopleClient from "../api/client/people";
import { toAppError, type AppError } from "../api/errors";
import type { Participant, PersonSummary } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";
import { shownName } from "../people/display-name";

/** How many people the picker offers at once: enough to spot the one meant. */
export const PICK_LIMIT = 8;

export type PersonPickPorts = Pick<typeof peopleClient, "searchPeople">;

/**
 * Finding someone from the chapter by a few letters of their name, to pick them: the text, the
 * people it matches, and which of them the arrow keys are on.
 */
export class PersonPick {
  text = $state("");
  matches = $state.raw<PersonSummary[]>([]);
  /** The match the arrow keys are on; -1 for none. */
  active = $state(-1);
  error = $state<AppError | null>(null);
  /** An answer came for the text as it stands. */
  answered = $state(false);

  readonly #ports: PersonPickPorts;
  readonly #latest = new LatestOnly();
  /** The newest search, so Enter pressed before its answer can wait for it. */
  #inFlight: Promise<void> = Promise.resolve();

  constructor(ports: PersonPickPorts = { searchPeople: peopleClient.searchPeople }) {
    this.#ports = ports;
  }

  /** Call after every edit of the text. */
  changed(): Promise<void> {
    this.#inFlight = this.#search();
    return this.#inFlight;
  }

  /** Waits for the answer to the text as it stands. */
  settled(): Promise<void> {
    return this.#inFlight;
  }

  async #search(): Promise<void> {
    const text = this.text.trim();
    const ticket = this.#latest.next();
    this.answered = false;
    if (text === "") {
      this.matches = [];
      this.active = -1;
      return;
    }
    try {
      const page = await this.#ports.searchPeople({
        text,
        membership_status: null,
        ladder_level: null,
        tag: null,
        language: null,
        needs_childcare: null,
        zip: null,
        limit: PICK_LIMIT,
      });
      if (!this.#latest.isCurrent(ticket)) return;
      this.matches = page.people;
      this.active = page.people.length > 0 ? 0 : -1;
      this.answered = true;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** Moves along the matches, stopping at either end. */
  move(delta: number): void {
    if (this.matches.length === 0) return;
    this.active = Math.max(0, Math.min(this.matches.length - 1, this.active + delta));
  }

  /** The match the keys are on, as a participant. */
  get current(): Participant | null {
    const person = this.matches[this.active];
    return person ? participant(person) : null;
  }

  clear(): void {
    this.#latest.invalidate();
    this.#inFlight = Promise.resolve();
    this.text = "";
    this.matches = [];
    this.active = -1;
    this.answered = false;
    this.error = null;
  }
}

export function participant(person: PersonSummary): Participant {
  return { id: person.id, name: shownName(person.display_name) };
}
