import * as grantsClient from "../api/client/grants";
import { toAppError, type AppError } from "../api/errors";
import type { ApplicationInput, Missing } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";
import { sentence } from "./words";

/** Keystrokes closer together than this are one burst, checked once at its end. */
export const RULE_CHECK_PAUSE_MS = 150;

export type CheckApplication = Pick<typeof grantsClient, "checkApplication">;

/**
 * The round's rules said beside the amount and the last day while the organizer types, as the
 * backend words them (so the screen and a refused save say the same): the first keystroke after
 * a pause is checked at once, the rest of a burst once at its end, and an answer overtaken by
 * a newer question is dropped.
 */
export class RuleCheck {
  /** The rules the input as last answered breaks, by the form's key. */
  problems = $state.raw<Missing[]>([]);
  /** The check itself failed; the save still says the rules. */
  error = $state<AppError | null>(null);

  readonly #port: CheckApplication;
  readonly #pauseMs: number;
  readonly #latest = new LatestOnly();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: (() => Promise<void>) | null = null;

  constructor(
    port: CheckApplication = { checkApplication: grantsClient.checkApplication },
    pauseMs = RULE_CHECK_PAUSE_MS,
  ) {
    this.#port = port;
    this.#pauseMs = pauseMs;
  }

  /**
   * Call after every keystroke in the amount or a date. `input` is null when nothing can be
   * checked yet (a date not picked), which clears what was said; the rules about the keys in
   * `skip` are left unsaid (an amount not typed yet is no rule broken).
   */
  ask(input: ApplicationInput | null, skip: readonly string[] = []): void {
    if (input === null) {
      this.stop();
      this.problems = [];
      this.error = null;
      return;
    }
    const check = () => this.now(input, skip);
    if (this.#timer === null) {
      void check();
    } else {
      this.#pending = check;
      clearTimeout(this.#timer);
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      const pending = this.#pending;
      this.#pending = null;
      if (pending) void pending();
    }, this.#pauseMs);
  }

  /** Checks at once. */
  async now(input: ApplicationInput, skip: readonly string[] = []): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const problems = await this.#port.checkApplication(input);
      if (!this.#latest.isCurrent(ticket)) return;
      this.problems = problems.filter((p) => !skip.includes(p.key));
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** The rule broken at `key`, as a sentence, or null. */
  messageFor(key: string): string | null {
    const problem = this.problems.find((p) => p.key === key);
    return problem ? sentence(problem.what) : null;
  }

  /** Drops the checks on their way (the form closed). */
  stop(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
    this.#latest.invalidate();
  }
}
