import * as client from "../api/client";
import { toAppError, type AppError } from "../api/errors";
import type { MeetingDetail } from "../api/types";
import { LatestOnly } from "../people/latest-only";

export type GetMeeting = (id: string) => Promise<MeetingDetail>;

/** The meeting shown on the right: its facts and who came. */
export class OpenMeeting {
  /** Which meeting is shown or being fetched. */
  id = $state<string | null>(null);
  detail = $state.raw<MeetingDetail | null>(null);
  loading = $state(false);
  error = $state<AppError | null>(null);
  /** Set when the record should take the keyboard focus as soon as it is on screen. */
  focusRequested = $state(false);

  readonly #get: GetMeeting;
  readonly #latest = new LatestOnly();

  constructor(get: GetMeeting = client.getMeeting) {
    this.#get = get;
  }

  /** Shows a meeting, or fetches the shown one again. */
  async show(id: string | null): Promise<void> {
    if (id !== this.id) {
      this.detail = null;
      this.error = null;
    }
    this.id = id;
    const ticket = this.#latest.next();
    if (id === null) {
      this.loading = false;
      return;
    }
    this.loading = true;
    try {
      const detail = await this.#get(id);
      if (!this.#latest.isCurrent(ticket)) return;
      this.detail = detail;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    } finally {
      if (this.#latest.isCurrent(ticket)) this.loading = false;
    }
  }

  /** After a save or a sign-in answered with the fresh meeting. */
  replace(detail: MeetingDetail): void {
    this.#latest.invalidate();
    this.id = detail.meeting.id;
    this.detail = detail;
    this.error = null;
    this.loading = false;
  }

  reset(): void {
    this.#latest.invalidate();
    this.id = null;
    this.detail = null;
    this.loading = false;
    this.error = null;
    this.focusRequested = false;
  }
}
