import { describe, expect, it, vi } from "vitest";
import type { Block } from "../api/types";
import { MarkupPreview, PREVIEW_DELAY_MS } from "./markup-preview.svelte";
import { fakePreview, handTimers, paragraph, settle } from "./test-training";

/** A reading the test answers by hand, in whatever order it likes. */
function heldReadings() {
  const held = new Map<string, (blocks: Block[]) => void>();
  const previewMarkup = vi.fn(
    (text: string) => new Promise<Block[]>((resolve) => held.set(text, resolve)),
  );
  return {
    previewMarkup,
    answer(text: string) {
      held.get(text)?.([paragraph(text)]);
    },
  };
}

describe("the live preview", () => {
  it("waits for a pause in the typing, then reads only what was typed last", async () => {
    const { preview, ports, timers } = fakePreview();
    preview.typed("#");
    preview.typed("# H");
    preview.typed("# Hello");
    expect(ports.previewMarkup).not.toHaveBeenCalled();
    expect(timers.after).toHaveBeenLastCalledWith(PREVIEW_DELAY_MS, expect.any(Function));
    expect(timers.waiting).toBe(1);
    timers.run();
    await settle();
    expect(ports.previewMarkup).toHaveBeenCalledTimes(1);
    expect(ports.previewMarkup).toHaveBeenCalledWith("# Hello");
    expect(preview.blocks).toEqual([paragraph("# Hello")]);
    expect(preview.shownText).toBe("# Hello");
  });

  it("keeps the newest reading when an older one answers after it", async () => {
    const timers = handTimers();
    const readings = heldReadings();
    const preview = new MarkupPreview({ previewMarkup: readings.previewMarkup, after: timers.after });
    preview.typed("old");
    timers.run();
    preview.typed("new");
    timers.run();
    readings.answer("new");
    await settle();
    readings.answer("old");
    await settle();
    expect(preview.blocks).toEqual([paragraph("new")]);
  });

  it("drops an answer still on its way once newer typing is waiting for its pause", async () => {
    const timers = handTimers();
    const readings = heldReadings();
    const preview = new MarkupPreview({ previewMarkup: readings.previewMarkup, after: timers.after });
    preview.typed("first");
    timers.run();
    preview.typed("second");
    readings.answer("first");
    await settle();
    expect(preview.blocks).toEqual([]);
  });

  it("reads a part opened to be read at once, and asks nothing for the same text twice", async () => {
    const { preview, ports, timers } = fakePreview();
    await preview.now("The handout");
    await preview.now("The handout");
    preview.typed("The handout");
    expect(timers.waiting).toBe(0);
    expect(ports.previewMarkup).toHaveBeenCalledTimes(1);
    expect(preview.blocks).toEqual([paragraph("The handout")]);
  });

  it("shows nothing more once stopped, and says when the markup could not be read", async () => {
    const { preview, ports, timers } = fakePreview();
    preview.typed("Typed");
    preview.stop();
    expect(timers.waiting).toBe(0);
    vi.mocked(ports.previewMarkup).mockRejectedValueOnce({ kind: "internal", message: "oops", details: null });
    await preview.now("Broken");
    expect(preview.error).not.toBeNull();
    expect(preview.blocks).toEqual([]);
  });
});
