import * as orgsClient from "../../api/client/orgs";
import * as peopleClient from "../../api/client/people";
import { toAppError, type AppError } from "../../api/errors";
import { displayName, shownName } from "../../people/display-name";
import { linkKey, type RecordLink } from "./record-link";

export type RecordNamePorts = Pick<typeof peopleClient, "getPerson"> & Pick<typeof orgsClient, "getOrg">;

const realPorts: RecordNamePorts = { getPerson: peopleClient.getPerson, getOrg: orgsClient.getOrg };

/**
 * The names of the records the map's nodes stand for, as People and the directory call them
 * (a node's own label may say "the pastor"): fetched once each while the map is open, or
 * known already from the picker that linked it.
 */
export class RecordNames {
  #names = $state.raw<ReadonlyMap<string, string>>(new Map());
  #errors = $state.raw<ReadonlyMap<string, AppError>>(new Map());
  readonly #asked = new Set<string>();
  readonly #ports: RecordNamePorts;

  constructor(ports: RecordNamePorts = realPorts) {
    this.#ports = ports;
  }

  /** The record's name; null until it has come. */
  name(link: RecordLink): string | null {
    return this.#names.get(linkKey(link)) ?? null;
  }

  /** Why the name could not be fetched (the record is gone, the database is busy). */
  error(link: RecordLink): AppError | null {
    return this.#errors.get(linkKey(link)) ?? null;
  }

  remember(link: RecordLink, name: string): void {
    const key = linkKey(link);
    this.#asked.add(key);
    this.#names = new Map(this.#names).set(key, name);
    this.#drop(key);
  }

  /** Fetches the record's name, unless it is known or on its way; a failure is tried again. */
  async load(link: RecordLink): Promise<void> {
    const key = linkKey(link);
    if (this.#asked.has(key)) return;
    this.#asked.add(key);
    try {
      const name =
        link.kind === "person"
          ? shownName(displayName((await this.#ports.getPerson(link.id)).person))
          : (await this.#ports.getOrg(link.id)).organization.fields.name;
      this.#names = new Map(this.#names).set(key, name);
      this.#drop(key);
    } catch (reason) {
      this.#asked.delete(key);
      this.#errors = new Map(this.#errors).set(key, toAppError(reason));
    }
  }

  #drop(key: string): void {
    if (!this.#errors.has(key)) return;
    const errors = new Map(this.#errors);
    errors.delete(key);
    this.#errors = errors;
  }
}
