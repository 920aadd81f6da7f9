import * as orgsClient from "../api/client/orgs";
import { toAppError, type AppError } from "../api/errors";
import type { ToTend } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";

/** A partner or ally counts as quiet after this many weeks without a contact, unless told. */
export const DEFAULT_QUIET_WEEKS = 6;

/** The choices of "quiet for": a fortnight to a year. */
export const QUIET_WEEKS: readonly number[] = [2, 4, 6, 8, 12, 26, 52];

export type ToTendPorts = Pick<typeof orgsClient, "orgsToTend">;

/** Relationships to tend: partners and allies gone quiet, and next steps coming due. */
export class ToTendList {
  weeks = $state(DEFAULT_QUIET_WEEKS);
  data = $state.raw<ToTend | null>(null);
  error = $state<AppError | null>(null);

  /** Next steps due within the week or overdue, for the count on the tab. */
  readonly dueCount: number = $derived(this.data?.due.length ?? 0);
  readonly isEmpty: boolean = $derived(
    this.data !== null && this.data.quiet.length === 0 && this.data.due.length === 0,
  );

  readonly #ports: ToTendPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: ToTendPorts = { orgsToTend: orgsClient.orgsToTend }) {
    this.#ports = ports;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const data = await this.#ports.orgsToTend(this.weeks);
      if (!this.#latest.isCurrent(ticket)) return;
      this.data = data;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  setWeeks(weeks: number): Promise<void> {
    this.weeks = weeks;
    return this.load();
  }

  reset(): void {
    this.#latest.invalidate();
    this.weeks = DEFAULT_QUIET_WEEKS;
    this.data = null;
    this.error = null;
  }
}
