import * as trainingClient from "../api/client/training";
import { toAppError, type AppError } from "../api/errors";
import type { Block } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";

/** How long typing pauses before the preview is asked for: one reading per pause, not per key. */
export const PREVIEW_DELAY_MS = 200;

export type MarkupPreviewPorts = Pick<typeof trainingClient, "previewMarkup"> & {
  /** Calls `done` after `ms`; the function returned stops it. */
  after(ms: number, done: () => void): () => void;
};

const realPorts: MarkupPreviewPorts = {
  previewMarkup: trainingClient.previewMarkup,
  after: (ms, done) => {
    const timer = setTimeout(done, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * The markup read as the printed page reads it (the backend's one parser), for a part shown on
 * screen. While typing, the reading waits for a pause (`typed`); a part opened to be read is
 * read at once (`now`). Answers can come back out of order: only the newest request's is kept.
 */
export class MarkupPreview {
  blocks = $state.raw<Block[]>([]);
  error = $state<AppError | null>(null);
  /** The text the blocks were read from; null before the first answer. */
  shownText = $state<string | null>(null);

  readonly #ports: MarkupPreviewPorts;
  readonly #delay: number;
  readonly #latest = new LatestOnly();
  #stopWaiting: (() => void) | null = null;
  /** The text asked for last, so asking again for the same text asks nothing. */
  #asked: string | null = null;

  constructor(ports: MarkupPreviewPorts = realPorts, delay = PREVIEW_DELAY_MS) {
    this.#ports = ports;
    this.#delay = delay;
  }

  /** Text being typed: read once the typing pauses. */
  typed(text: string): void {
    if (text === this.#asked) return;
    this.#asked = text;
    this.#stopWaiting?.();
    // A newer text makes any answer still on its way stale, even before it is asked for.
    const ticket = this.#latest.next();
    this.#stopWaiting = this.#ports.after(this.#delay, () => {
      this.#stopWaiting = null;
      void this.#read(text, ticket);
    });
  }

  /** Text to show as it is (a part opened, another language): read at once. */
  now(text: string): Promise<void> {
    if (text === this.#asked && this.#stopWaiting === null && this.error === null) {
      return Promise.resolve();
    }
    this.#asked = text;
    this.#stopWaiting?.();
    this.#stopWaiting = null;
    return this.#read(text, this.#latest.next());
  }

  /** Nothing more is shown from what was asked (the editor closed). */
  stop(): void {
    this.#stopWaiting?.();
    this.#stopWaiting = null;
    this.#latest.invalidate();
    this.#asked = null;
  }

  async #read(text: string, ticket: number): Promise<void> {
    try {
      const blocks = await this.#ports.previewMarkup(text);
      if (!this.#latest.isCurrent(ticket)) return;
      this.blocks = blocks;
      this.shownText = text;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }
}
