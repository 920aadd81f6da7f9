import * as orgsClient from "../api/client/orgs";
import { toAppError, type AppError } from "../api/errors";
import type { OrgSummary } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";
import { orgOptions, type OrgOption } from "./connections-entry";

/** How many organizations the name box offers at once: enough to spot the one meant. */
export const ORG_PICK_LIMIT = 6;

export type OrgPickPorts = Pick<typeof orgsClient, "searchOrgs">;

/**
 * The organizations a name typed on a line may be, as the keys go: asked for at every
 * keystroke (only the newest answer counts), with which option ↓ and ↑ are on. Enter pressed
 * before the answer waits for it (`settled`), so a fast typist picks from what they typed.
 */
export class OrgPick {
  /** The organizations matching `matchedFor`, best first. */
  matches = $state.raw<OrgSummary[]>([]);
  /** The text (trimmed) the matches answer; null before the first answer. */
  matchedFor = $state<string | null>(null);
  /** The option ↓ and ↑ are on. */
  active = $state(0);
  error = $state<AppError | null>(null);

  readonly #ports: OrgPickPorts;
  readonly #latest = new LatestOnly();
  #inFlight: Promise<void> = Promise.resolve();

  constructor(ports: OrgPickPorts = { searchOrgs: orgsClient.searchOrgs }) {
    this.#ports = ports;
  }

  /** Call after every edit of the name. */
  search(text: string): void {
    this.#inFlight = this.#search(text.trim());
  }

  async #search(text: string): Promise<void> {
    const ticket = this.#latest.next();
    if (text === "") {
      this.matches = [];
      this.matchedFor = "";
      this.active = 0;
      this.error = null;
      return;
    }
    try {
      const page = await this.#ports.searchOrgs({
        text,
        kind: null,
        relationship: null,
        area: null,
        limit: ORG_PICK_LIMIT,
      });
      if (!this.#latest.isCurrent(ticket)) return;
      this.matches = page.organizations;
      this.matchedFor = text;
      this.active = 0;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** Waits for the answer to the newest text asked about. */
  settled(): Promise<void> {
    return this.#inFlight;
  }

  /** The matches answer `text` as it stands (not an earlier text, nor a failed search). */
  answers(text: string): boolean {
    return this.matchedFor === text.trim();
  }

  /**
   * What is offered for `text`: the matches, and adding it as new. Until the answer for the
   * newest keystroke comes, the last matches stay in view rather than flicker away.
   */
  options(text: string): OrgOption[] {
    return orgOptions(text, this.matches);
  }

  /** Moves along `count` options, stopping at either end. */
  move(delta: number, count: number): void {
    if (count === 0) return;
    this.active = Math.max(0, Math.min(count - 1, this.active + delta));
  }

  clear(): void {
    this.#latest.invalidate();
    this.#inFlight = Promise.resolve();
    this.matches = [];
    this.matchedFor = null;
    this.active = 0;
    this.error = null;
  }
}
