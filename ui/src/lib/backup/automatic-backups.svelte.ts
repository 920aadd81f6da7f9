import { toAppError, type AppError } from "../api/errors";
import type { BackupEntry } from "../api/types";

/** The rolling daily backups the app makes by itself, newest first. */
export class AutomaticBackups {
  entries = $state<BackupEntry[]>([]);
  error = $state<AppError | null>(null);
  loaded = $state(false);
  readonly #list: () => Promise<BackupEntry[]>;

  constructor(list: () => Promise<BackupEntry[]>) {
    this.#list = list;
  }

  async load(): Promise<void> {
    try {
      const entries = await this.#list();
      this.entries = [...entries].sort((a, b) => b.created_at.localeCompare(a.created_at));
      this.error = null;
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.loaded = true;
    }
  }
}
