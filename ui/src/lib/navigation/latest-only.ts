/**
 * Numbers requests so that only the newest one's answer is used. Search answers can arrive out
 * of order; an older, slower answer must never replace what a newer keystroke asked for.
 */
export class LatestOnly {
  #latest = 0;

  /** Starts a request; keep the ticket and ask `isCurrent` when its answer arrives. */
  next(): number {
    this.#latest += 1;
    return this.#latest;
  }

  isCurrent(ticket: number): boolean {
    return ticket === this.#latest;
  }

  /** Makes every request in flight stale, e.g. when the screen is reset. */
  invalidate(): void {
    this.#latest += 1;
  }
}
