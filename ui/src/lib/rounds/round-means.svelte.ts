import * as nationalClient from "../api/client/national";
import type { ApplicationId } from "../api/types";

export type MeanPorts = Pick<typeof nationalClient, "reviewSheet">;

/** How many sheets are asked for at once: a round of hundreds must not flood the backend. */
const AT_ONCE = 4;

/**
 * The committee's mean score of each application in the round, for the table: the round
 * itself does not carry it, so it is fetched (the committee's own view) for each application
 * after the round comes, and learnt again from any sheet the page fetches later. A mean is
 * unknown until then, and null while nobody has scored.
 */
export class RoundMeans {
  #means = $state.raw<ReadonlyMap<ApplicationId, number | null>>(new Map());
  readonly #ports: MeanPorts;
  /** Goes up on reset, so fetches for the round before are dropped. */
  #generation = 0;

  constructor(ports: MeanPorts = nationalClient) {
    this.#ports = ports;
  }

  /** The mean, null while nobody has scored, undefined while not yet known. */
  of(id: ApplicationId): number | null | undefined {
    return this.#means.get(id);
  }

  set(id: ApplicationId, mean: number | null): void {
    this.#means = new Map(this.#means).set(id, mean);
  }

  /** Fetches the means not known yet (all of them `again`, after the rubric's weights changed). */
  async load(ids: readonly ApplicationId[], again = false): Promise<void> {
    const generation = this.#generation;
    const queue = ids.filter((id) => again || !this.#means.has(id));
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        try {
          const sheet = await this.#ports.reviewSheet(id, null);
          if (generation === this.#generation) this.set(id, sheet.mean);
        } catch {
          // A mean is only a help in the table; the application's own page says what failed.
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, queue.length) }, worker));
  }

  reset(): void {
    this.#generation += 1;
    this.#means = new Map();
  }
}
