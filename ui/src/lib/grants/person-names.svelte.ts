import * as peopleClient from "../api/client/people";
import { toAppError, type AppError } from "../api/errors";
import type { PersonId } from "../api/types";
import { displayName, shownName } from "../people/display-name";

export type GetPerson = Pick<typeof peopleClient, "getPerson">;

/**
 * The names of the people an initiative names as responsible: the initiative keeps only an id,
 * so a name is fetched once, or known already from the picker that chose them.
 */
export class PersonNames {
  #names = $state.raw<ReadonlyMap<PersonId, string>>(new Map());
  /** Why the last name asked for could not be fetched (the person was merged away, say). */
  error = $state<AppError | null>(null);
  readonly #asked = new Set<PersonId>();
  readonly #port: GetPerson;

  constructor(port: GetPerson = { getPerson: peopleClient.getPerson }) {
    this.#port = port;
  }

  /** The person's name; null until it has come. */
  name(id: PersonId): string | null {
    return this.#names.get(id) ?? null;
  }

  remember(id: PersonId, name: string): void {
    this.#asked.add(id);
    this.#names = new Map(this.#names).set(id, name);
  }

  /** Fetches the name unless it is known or on its way; a failure is tried again next time. */
  async load(id: PersonId): Promise<void> {
    if (this.#asked.has(id)) return;
    this.#asked.add(id);
    try {
      const name = shownName(displayName((await this.#port.getPerson(id)).person));
      this.#names = new Map(this.#names).set(id, name);
      this.error = null;
    } catch (reason) {
      this.#asked.delete(id);
      this.error = toAppError(reason);
    }
  }
}
