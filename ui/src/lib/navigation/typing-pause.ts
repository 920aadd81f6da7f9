/** Keystrokes closer together than this are one burst, answered by one search at its end. */
export const TYPING_PAUSE_MS = 80;

/**
 * Search as you type without a search per letter: the first keystroke after a pause runs at
 * once, the rest of a fast burst once at its end. Typing a name costs two searches.
 */
export class TypingPause {
  readonly #run: () => void;
  readonly #pauseMs: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending = false;

  constructor(run: () => void, pauseMs = TYPING_PAUSE_MS) {
    this.#run = run;
    this.#pauseMs = pauseMs;
  }

  /** Call after every keystroke (or change of a filter). */
  changed(): void {
    if (this.#timer === null) {
      this.#pending = false;
      this.#run();
    } else {
      this.#pending = true;
      clearTimeout(this.#timer);
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.#pending) {
        this.#pending = false;
        this.#run();
      }
    }, this.#pauseMs);
  }

  /** The run was done another way (a search right now): the burst's end needs none. */
  ran(): void {
    this.#pending = false;
  }

  /** Forgets the burst in progress, for a fresh start. */
  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = false;
  }
}
