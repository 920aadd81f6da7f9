import * as orgsClient from "../api/client/orgs";
import type { OrgSummary } from "../api/types";
import { Lookup } from "../navigation/lookup.svelte";
import { orgOptions, type OrgOption } from "./connections-entry";

/** How many organizations the name box offers at once: enough to spot the one meant. */
export const ORG_PICK_LIMIT = 6;

export type OrgPickPorts = Pick<typeof orgsClient, "searchOrgs">;

/** The organizations a name typed may be, from the directory. */
export class OrgPick extends Lookup<OrgSummary> {
  readonly #ports: OrgPickPorts;

  constructor(ports: OrgPickPorts = { searchOrgs: orgsClient.searchOrgs }) {
    super();
    this.#ports = ports;
  }

  protected async find(text: string): Promise<OrgSummary[]> {
    const page = await this.#ports.searchOrgs({
      text,
      kind: null,
      relationship: null,
      area: null,
      limit: ORG_PICK_LIMIT,
    });
    return page.organizations;
  }

  /**
   * What a connections form's name box offers for `text`: the matches, and adding it as new.
   * Until the answer for the newest keystroke comes, the last matches stay in view rather than
   * flicker away.
   */
  options(text: string): OrgOption[] {
    return orgOptions(text, this.matches);
  }
}
