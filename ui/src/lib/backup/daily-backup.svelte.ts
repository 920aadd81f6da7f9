import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import * as backupClient from "../api/client/backup";
import type { Message } from "../api/types";

/** The event the shell sends when today's automatic backup fails (payload: what to tell). */
export const DAILY_BACKUP_FAILED = "daily-backup-failed";

export type DailyBackupPorts = Pick<typeof backupClient, "dailyBackupProblem"> & {
  /** Calls `heard` with each failure announced from now on; resolves to "stop listening". */
  listen: (heard: (message: Message) => void) => Promise<UnlistenFn>;
};

const realPorts: DailyBackupPorts = {
  dailyBackupProblem: backupClient.dailyBackupProblem,
  listen: async (heard) => {
    try {
      return await listen<Message>(DAILY_BACKUP_FAILED, (event) => heard(event.payload));
    } catch {
      // Outside Tauri (the page in a plain browser) there is nothing to hear.
      return () => {};
    }
  },
};

/**
 * Whether today's automatic backup failed, so the window says so instead of a line on a
 * terminal nobody sees. It listens first and then asks, so a failure that happens while the
 * window starts is never missed. Dismissed, it stays dismissed for this run.
 */
export class DailyBackup {
  /** What went wrong, said in the screens' language where it is shown. */
  message = $state<Message | null>(null);
  dismissed = $state(false);
  readonly #ports: DailyBackupPorts;

  constructor(ports: DailyBackupPorts = realPorts) {
    this.#ports = ports;
  }

  get shown(): Message | null {
    return this.dismissed ? null : this.message;
  }

  /** Starts watching; resolves to a function that stops. */
  async watch(): Promise<() => void> {
    const stop = await this.#ports.listen((message) => {
      this.message = message;
    });
    try {
      const known = await this.#ports.dailyBackupProblem();
      if (known !== null) this.message = known;
    } catch {
      // Asking failed: the event still reaches us.
    }
    return stop;
  }

  dismiss(): void {
    this.dismissed = true;
  }
}
