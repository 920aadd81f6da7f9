import type * as needsClient from "../api/client/needs";
import { toAppError, type AppError } from "../api/errors";
import type { FormPages, FormPagesRequest } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { formPagesText } from "./form-pages";

export type CountFormPages = typeof needsClient.needsFormPages;

/** Typing pauses this long before the pages are counted again. */
export const COUNT_DELAY_MS = 400;

/**
 * How many pages one printed form of the survey takes, counted again a moment after the
 * survey stops changing (not on every key). Counts may finish out of order; only the answer
 * to the latest request is shown, and the last one stays on screen while the next is counted.
 */
export class FormPagesCount {
  counted = $state.raw<FormPages | null>(null);
  /** Why the pages cannot be counted, as printing would refuse (a language untranslated). */
  error = $state.raw<AppError | null>(null);
  /** A newer count is waiting or running. */
  pending = $state(false);

  readonly #count: CountFormPages;
  readonly #delayMs: number;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(count: CountFormPages, delayMs: number = COUNT_DELAY_MS) {
    this.#count = count;
    this.#delayMs = delayMs;
  }

  /** What the editor shows, or null before the first answer. */
  get text(): string | null {
    if (this.error !== null) return t("needs-form-pages-failed", { error: this.error.message });
    return this.counted === null ? null : formPagesText(this.counted);
  }

  /** Counts `request` once no newer one has come for a moment. */
  request(request: FormPagesRequest): void {
    const id = ++this.#latest;
    this.pending = true;
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#run(id, request);
    }, this.#delayMs);
  }

  /** Another chapter, or the editor closed: nothing waiting, nothing shown. */
  reset(): void {
    this.#latest++;
    this.#clearTimer();
    this.counted = null;
    this.error = null;
    this.pending = false;
  }

  async #run(id: number, request: FormPagesRequest): Promise<void> {
    try {
      const counted = await this.#count(request);
      if (id !== this.#latest) return;
      this.counted = counted;
      this.error = null;
    } catch (reason) {
      if (id !== this.#latest) return;
      this.error = toAppError(reason);
    } finally {
      if (id === this.#latest) this.pending = false;
    }
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
