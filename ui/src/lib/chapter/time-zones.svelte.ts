import * as chapterClient from "../api/client/chapter";
import { toAppError, type AppError } from "../api/errors";

// The backend's list never changes while the app runs; ask once.
let cached: Promise<string[]> | null = null;

/** The time zones the backend accepts, for the settings forms. */
export class TimeZones {
  zones = $state<string[]>([]);
  error = $state<AppError | null>(null);
  loaded = $state(false);

  async load(): Promise<void> {
    try {
      cached ??= chapterClient.timeZones();
      this.zones = await cached;
    } catch (reason) {
      cached = null;
      this.error = toAppError(reason);
    } finally {
      this.loaded = true;
    }
  }
}
