import * as orgsClient from "../api/client/orgs";
import { toAppError, type AppError } from "../api/errors";
import type { RankedOrg } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";

export type ConnectionsPorts = Pick<typeof orgsClient, "connectionsRanking">;

/** The connections assessment: every organization ranked by the chapter's ties to it. */
export class Connections {
  ranked = $state.raw<RankedOrg[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);

  /** Those someone in the chapter is tied to, best first. */
  readonly tied: RankedOrg[] = $derived(this.ranked.filter((org) => org.members > 0));
  /** How many organizations nobody is tied to yet. */
  readonly untied: number = $derived(this.ranked.length - this.tied.length);

  readonly #ports: ConnectionsPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: ConnectionsPorts = { connectionsRanking: orgsClient.connectionsRanking }) {
    this.#ports = ports;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const ranked = await this.#ports.connectionsRanking();
      if (!this.#latest.isCurrent(ticket)) return;
      this.ranked = ranked;
      this.loaded = true;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  reset(): void {
    this.#latest.invalidate();
    this.ranked = [];
    this.loaded = false;
    this.error = null;
  }
}
