import * as orgsClient from "../api/client/orgs";
import { toAppError, type AppError } from "../api/errors";
import type { PersonId, Tie } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";

export type PersonTiesPorts = Pick<typeof orgsClient, "tiesOfPerson">;

/** One person's ties: the organizations they are a bridge into, strongest first. */
export class PersonTies {
  personId = $state<PersonId | null>(null);
  ties = $state.raw<Tie[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);

  readonly #ports: PersonTiesPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: PersonTiesPorts = { tiesOfPerson: orgsClient.tiesOfPerson }) {
    this.#ports = ports;
  }

  async load(personId: PersonId): Promise<void> {
    if (personId !== this.personId) {
      this.ties = [];
      this.loaded = false;
      this.error = null;
    }
    this.personId = personId;
    const ticket = this.#latest.next();
    try {
      const ties = await this.#ports.tiesOfPerson(personId);
      if (!this.#latest.isCurrent(ticket)) return;
      this.ties = ties;
      this.loaded = true;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }
}
