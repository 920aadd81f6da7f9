import * as peopleClient from "../api/client/people";
import type { Participant, PersonSummary } from "../api/types";
import { Lookup } from "../navigation/lookup.svelte";
import { shownName } from "../people/display-name";

/** How many people the picker offers at once: enough to spot the one meant. */
export const PICK_LIMIT = 8;

export type PersonPickPorts = Pick<typeof peopleClient, "searchPeople">;

/** The people of the chapter a few letters of a name may be. */
export class PersonPick extends Lookup<PersonSummary> {
  readonly #ports: PersonPickPorts;

  constructor(ports: PersonPickPorts = { searchPeople: peopleClient.searchPeople }) {
    super();
    this.#ports = ports;
  }

  protected async find(text: string): Promise<PersonSummary[]> {
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
    return page.people;
  }
}

export function participant(person: PersonSummary): Participant {
  return { id: person.id, name: shownName(person.display_name) };
}
