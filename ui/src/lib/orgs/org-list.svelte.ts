import * as orgsClient from "../api/client/orgs";
import { toAppError, type AppError } from "../api/errors";
import type { OrganizationId, OrgQuery, OrgSummary } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";
import { neighbourIn } from "../navigation/neighbour";
import { TypingPause } from "../navigation/typing-pause";
import { asksForAll, buildOrgQuery, noOrgFilters, type OrgFilters } from "./org-query";

export type OrgListPorts = Pick<typeof orgsClient, "searchOrgs" | "orgAreas">;

const realPorts: OrgListPorts = { searchOrgs: orgsClient.searchOrgs, orgAreas: orgsClient.orgAreas };

/**
 * The directory: what was typed and filtered, the organizations that match, and which one is
 * selected. It lives as long as the app, so it is as the organizer left it when they come back.
 */
export class OrgList {
  text = $state("");
  filters = $state<OrgFilters>(noOrgFilters());
  orgs = $state.raw<OrgSummary[]>([]);
  /** How many match in all; may be more than the rows held. */
  total = $state(0);
  /** The query the rows answer; null until the first answer arrives. */
  answered = $state.raw<OrgQuery | null>(null);
  error = $state<AppError | null>(null);
  selectedId = $state<OrganizationId | null>(null);
  /** The areas organizations are in, for the filter and the form's suggestions. */
  areas = $state.raw<string[]>([]);

  readonly selectedIndex: number = $derived(
    this.selectedId === null ? -1 : this.orgs.findIndex((o) => o.id === this.selectedId),
  );
  readonly selected: OrgSummary | null = $derived(this.orgs[this.selectedIndex] ?? null);
  readonly truncated: boolean = $derived(this.orgs.length < this.total);
  /** The directory has nothing in it yet, as opposed to nothing matching a search. */
  readonly isEmpty: boolean = $derived(
    this.answered !== null && this.total === 0 && asksForAll(this.answered),
  );

  readonly #ports: OrgListPorts;
  readonly #latest = new LatestOnly();
  readonly #typing = new TypingPause(() => void this.searchNow());

  constructor(ports: OrgListPorts = realPorts) {
    this.#ports = ports;
  }

  /**
   * Call after every edit of the text or a filter: the first keystroke after a pause searches
   * at once, the rest of a fast burst once at its end.
   */
  changed(): void {
    this.#typing.changed();
  }

  /** Searches with the current text and filters; an answer overtaken by a newer one is dropped. */
  async searchNow(): Promise<void> {
    this.#typing.ran();
    const ticket = this.#latest.next();
    const query = buildOrgQuery(this.text, this.filters);
    try {
      const page = await this.#ports.searchOrgs(query);
      if (!this.#latest.isCurrent(ticket)) return;
      this.orgs = page.organizations;
      this.total = page.total;
      this.answered = query;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  async loadAreas(): Promise<void> {
    try {
      this.areas = await this.#ports.orgAreas();
    } catch {
      // Only a convenience for the filter and the form: typing an area still works.
    }
  }

  clearFilters(): void {
    this.filters = noOrgFilters();
    this.changed();
  }

  /** Shows the whole directory again, so a record just saved is in it. */
  showAll(): void {
    this.text = "";
    this.filters = noOrgFilters();
  }

  /** The organization `delta` rows away from the selection (first or last when none is). */
  neighbour(delta: number): OrgSummary | null {
    return neighbourIn(this.orgs, this.selectedIndex, delta);
  }

  reset(): void {
    this.#typing.cancel();
    this.#latest.invalidate();
    this.text = "";
    this.filters = noOrgFilters();
    this.orgs = [];
    this.total = 0;
    this.answered = null;
    this.error = null;
    this.selectedId = null;
    this.areas = [];
  }
}
