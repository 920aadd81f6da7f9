import * as grantsClient from "../api/client/grants";
import { toAppError, type AppError } from "../api/errors";
import type { Application, ApplicationId, SentFile } from "../api/types";

export type ExportApplication = (id: ApplicationId) => Promise<SentFile | null>;
export type ReopenApplication = (id: ApplicationId) => Promise<Application>;

/**
 * Making the file a chapter sends national: the backend asks where to save it, signs it with
 * the chapter's key and marks the application as sent. Closing the dialog changes nothing; a
 * refusal (an application not yet complete) is shown where the button is.
 */
export class SendToNational {
  sending = $state(false);
  sent = $state.raw<SentFile | null>(null);
  error = $state<AppError | null>(null);

  readonly #id: ApplicationId;
  readonly #export: ExportApplication;
  readonly #reopen: ReopenApplication;
  /** The application changed (sent, or a draft again): the page and the list follow it. */
  readonly #onSent: (application: Application) => Promise<void> | void;

  constructor(
    id: ApplicationId,
    onSent: (application: Application) => Promise<void> | void,
    exportFile: ExportApplication = grantsClient.exportGrantApplication,
    reopen: ReopenApplication = grantsClient.reopenApplication,
  ) {
    this.#id = id;
    this.#onSent = onSent;
    this.#export = exportFile;
    this.#reopen = reopen;
  }

  /**
   * Opens the sent application again to correct it (before national decides); the file made
   * next replaces the one national holds.
   */
  async reopen(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    this.error = null;
    try {
      const application = await this.#reopen(this.#id);
      this.sent = null;
      await this.#onSent(application);
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.sending = false;
    }
  }

  async send(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    this.error = null;
    try {
      const file = await this.#export(this.#id);
      if (file === null) return;
      this.sent = file;
      await this.#onSent(file.application);
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.sending = false;
    }
  }
}
