/**
 * Undo and redo: what was done, newest last, and what was undone, ready to be done again. A
 * step that fails on its way back (the backend refused) stays where it was, so it can be tried
 * again; a new step forgets what was undone.
 */
export class History<C> {
  #done = $state.raw<C[]>([]);
  #undone = $state.raw<C[]>([]);
  readonly #limit: number;

  /** @param limit the oldest steps beyond this many are forgotten. */
  constructor(limit = 100) {
    this.#limit = limit;
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  /** The step Undo would take back, if any. */
  get nextUndo(): C | null {
    return this.#done.at(-1) ?? null;
  }

  get nextRedo(): C | null {
    return this.#undone.at(-1) ?? null;
  }

  record(step: C): void {
    this.#done = [...this.#done, step].slice(-this.#limit);
    this.#undone = [];
  }

  /**
   * Takes the newest step back with `run`; null when there is none. When `run` throws, the step
   * stays to be undone and the error goes on to the caller.
   */
  undo(run: (step: C) => Promise<void>): Promise<C | null> {
    return this.#shift(
      run,
      () => this.#done,
      (steps) => (this.#done = steps),
      (step) => (this.#undone = [...this.#undone, step]),
    );
  }

  /** Does the newest undone step again with `run`; null when there is none. */
  redo(run: (step: C) => Promise<void>): Promise<C | null> {
    return this.#shift(
      run,
      () => this.#undone,
      (steps) => (this.#undone = steps),
      (step) => (this.#done = [...this.#done, step]),
    );
  }

  /** Takes the newest step off one stack, runs it, and puts it on the other (back, if it fails). */
  async #shift(
    run: (step: C) => Promise<void>,
    from: () => C[],
    setFrom: (steps: C[]) => void,
    onto: (step: C) => void,
  ): Promise<C | null> {
    const step = from().at(-1);
    if (step === undefined) return null;
    setFrom(from().slice(0, -1));
    try {
      await run(step);
    } catch (reason) {
      setFrom([...from(), step]);
      throw reason;
    }
    onto(step);
    return step;
  }

  clear(): void {
    this.#done = [];
    this.#undone = [];
  }
}
