import * as canvassClient from "../api/client/canvass";
import { toAppError, type AppError } from "../api/errors";
import type { DoorContact, PersonId } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";

export type DoorContactsPorts = Pick<typeof canvassClient, "personDoorContacts">;

/** What happened when the chapter knocked on one person's door, for their record. */
export class DoorContacts {
  personId = $state<PersonId | null>(null);
  contacts = $state.raw<DoorContact[]>([]);
  error = $state<AppError | null>(null);

  readonly #ports: DoorContactsPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: DoorContactsPorts = { personDoorContacts: canvassClient.personDoorContacts }) {
    this.#ports = ports;
  }

  async load(personId: PersonId): Promise<void> {
    if (personId !== this.personId) {
      this.contacts = [];
      this.error = null;
    }
    this.personId = personId;
    const ticket = this.#latest.next();
    try {
      const contacts = await this.#ports.personDoorContacts(personId);
      if (!this.#latest.isCurrent(ticket)) return;
      this.contacts = contacts;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }
}
