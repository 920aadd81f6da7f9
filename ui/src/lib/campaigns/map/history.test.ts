import { describe, expect, it } from "vitest";
import { History } from "./history.svelte";

const ok = async () => {};
const refuse = async () => {
  throw new Error("refused");
};

describe("the undo history", () => {
  it("undoes the newest step first and redoes it after", async () => {
    const history = new History<string>();
    history.record("a");
    history.record("b");
    const undone: string[] = [];
    expect(await history.undo(async (s) => void undone.push(s))).toBe("b");
    expect(await history.undo(async (s) => void undone.push(s))).toBe("a");
    expect(await history.undo(ok)).toBeNull();
    expect(undone).toEqual(["b", "a"]);
    expect(history.canUndo).toBe(false);
    expect(history.nextRedo).toBe("a");
    expect(await history.redo(ok)).toBe("a");
    expect(history.nextUndo).toBe("a");
    expect(history.nextRedo).toBe("b");
  });

  it("forgets what was undone once something new is done", async () => {
    const history = new History<string>();
    history.record("a");
    await history.undo(ok);
    expect(history.canRedo).toBe(true);
    history.record("c");
    expect(history.canRedo).toBe(false);
    expect(history.nextUndo).toBe("c");
  });

  it("keeps a step whose undoing or redoing was refused, to try again", async () => {
    const history = new History<string>();
    history.record("a");
    await expect(history.undo(refuse)).rejects.toThrow("refused");
    expect(history.nextUndo).toBe("a");
    expect(history.canRedo).toBe(false);
    await history.undo(ok);
    await expect(history.redo(refuse)).rejects.toThrow("refused");
    expect(history.nextRedo).toBe("a");
    expect(history.canUndo).toBe(false);
  });

  it("keeps only the newest steps", async () => {
    const history = new History<number>(3);
    for (const step of [1, 2, 3, 4, 5]) history.record(step);
    const undone: number[] = [];
    while (await history.undo(async (s) => void undone.push(s)));
    expect(undone).toEqual([5, 4, 3]);
  });
});
