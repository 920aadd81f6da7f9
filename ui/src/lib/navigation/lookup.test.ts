import { describe, expect, it } from "vitest";
import { Lookup } from "./lookup.svelte";

/** A lookup over a fixed list of names, whose answers come when the test says. */
class Names extends Lookup<{ id: string }> {
  asked: string[] = [];
  failNext = false;

  protected async find(text: string): Promise<{ id: string }[]> {
    this.asked.push(text);
    if (this.failNext) throw new Error("the chapter file is locked");
    return ["Rosa", "Rosalind", "Ruth"].filter((name) => name.toLowerCase().startsWith(text.toLowerCase())).map((id) => ({ id }));
  }
}

describe("Lookup", () => {
  it("answers the text trimmed, and moves along the matches stopping at either end", async () => {
    const lookup = new Names();
    await lookup.search("  ros ");
    expect(lookup.asked).toEqual(["ros"]);
    expect(lookup.answers("ros")).toBe(true);
    expect(lookup.matches.map((m) => m.id)).toEqual(["Rosa", "Rosalind"]);
    lookup.move(-1, lookup.matches.length);
    expect(lookup.active).toBe(0);
    lookup.move(5, lookup.matches.length);
    expect(lookup.active).toBe(1);
  });

  it("asks nothing for an empty box, and answers it with no matches", async () => {
    const lookup = new Names();
    await lookup.search("ru");
    await lookup.search("   ");
    expect(lookup.asked).toEqual(["ru"]);
    expect(lookup.matches).toEqual([]);
    expect(lookup.answers("")).toBe(true);
  });

  it("keeps a failed search's error, and does not say the old matches answer the new text", async () => {
    const lookup = new Names();
    await lookup.search("ru");
    lookup.failNext = true;
    await lookup.search("ro");
    expect(lookup.error).not.toBeNull();
    expect(lookup.answers("ro")).toBe(false);
    lookup.failNext = false;
    await lookup.search("ro");
    expect(lookup.error).toBeNull();
    expect(lookup.answers("ro")).toBe(true);
  });

  it("forgets everything on clear, even an answer still on its way", async () => {
    const lookup = new Names();
    const late = lookup.search("ro");
    lookup.clear();
    await late;
    expect(lookup.matches).toEqual([]);
    expect(lookup.answers("ro")).toBe(false);
  });
});
