import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TYPING_PAUSE_MS, TypingPause } from "./typing-pause";

describe("TypingPause", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs at the first keystroke, then once at the end of a fast burst", () => {
    const run = vi.fn();
    const typing = new TypingPause(run);
    typing.changed();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      typing.changed();
      vi.advanceTimersByTime(TYPING_PAUSE_MS / 2);
    }
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(run).toHaveBeenCalledTimes(2);
    // After the pause, the next keystroke runs at once again.
    typing.changed();
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("skips the burst's end when it ran meanwhile, and forgets a burst on cancel", () => {
    const run = vi.fn();
    const typing = new TypingPause(run);
    typing.changed();
    typing.changed();
    typing.ran();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(run).toHaveBeenCalledTimes(1);
    typing.changed();
    typing.changed();
    typing.cancel();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
