import * as peopleClient from "../api/client/people";
import { toAppError, type AppError } from "../api/errors";
import type { FollowUp, OneOnOneId } from "../api/types";
import { heldByOnly, organizersOf, sortFollowUps } from "./follow-ups";

export type FollowUpPorts = Pick<typeof peopleClient, "followUps" | "completeFollowUp">;

const realPorts: FollowUpPorts = {
  followUps: peopleClient.followUps,
  completeFollowUp: peopleClient.completeFollowUp,
};

/**
 * Open follow-ups for every organizer: those due (today or overdue) and those coming up. The
 * list is short, so it is fetched whole and narrowed to one organizer here, which keeps every
 * name in the "held by" choice.
 */
export class FollowUps {
  all = $state.raw<FollowUp[]>([]);
  /** null: everyone's. */
  heldBy = $state<string | null>(null);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  /** The follow-up being marked done, and what went wrong with the last one. */
  completing = $state<OneOnOneId | null>(null);
  completeError = $state<{ id: OneOnOneId; error: AppError } | null>(null);

  readonly organizers: string[] = $derived(organizersOf(this.all));
  readonly shown: FollowUp[] = $derived(heldByOnly(this.all, this.heldBy));
  /** The day has come: what the "Follow-ups due" count and heading are about. */
  readonly due: FollowUp[] = $derived(this.shown.filter((f) => f.due));
  /** Set for a later day: listed apart, and not counted as due. */
  readonly upcoming: FollowUp[] = $derived(this.shown.filter((f) => !f.due));
  /** Due for anyone, whoever the list is narrowed to: the count beside the view's name. */
  readonly dueCount: number = $derived(this.all.filter((f) => f.due).length);
  readonly overdueCount: number = $derived(this.shown.filter((f) => f.overdue).length);

  readonly #ports: FollowUpPorts;

  constructor(ports: FollowUpPorts = realPorts) {
    this.#ports = ports;
  }

  async load(): Promise<void> {
    try {
      this.all = sortFollowUps(await this.#ports.followUps(null));
      this.error = null;
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.loaded = true;
    }
  }

  /** Marks a follow-up done and takes it off the list. */
  async complete(oneOnOneId: OneOnOneId): Promise<boolean> {
    if (this.completing !== null) return false;
    this.completing = oneOnOneId;
    this.completeError = null;
    try {
      await this.#ports.completeFollowUp(oneOnOneId);
      this.all = this.all.filter((item) => item.one_on_one_id !== oneOnOneId);
      return true;
    } catch (reason) {
      this.completeError = { id: oneOnOneId, error: toAppError(reason) };
      return false;
    } finally {
      this.completing = null;
    }
  }

  reset(): void {
    this.all = [];
    this.heldBy = null;
    this.loaded = false;
    this.error = null;
    this.completing = null;
    this.completeError = null;
  }
}
