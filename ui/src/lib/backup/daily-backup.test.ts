import { describe, expect, it } from "vitest";
import type { Message } from "../api/types";
import { plain, say } from "../i18n/locale.svelte";
import { DailyBackup } from "./daily-backup.svelte";

describe("DailyBackup", () => {
  it("shows a failure already kept, and one announced later", async () => {
    let heard: ((message: Message) => void) | null = null;
    const watch = new DailyBackup({
      dailyBackupProblem: async () => plain("Today's automatic backup could not be made: the disk is full."),
      listen: async (h) => {
        heard = h;
        return () => {};
      },
    });
    await watch.watch();
    expect(say(watch.shown!)).toMatch(/disk is full/);
    heard!(plain("Today's automatic backup could not be made: no room."));
    expect(say(watch.shown!)).toMatch(/no room/);
    watch.dismiss();
    expect(watch.shown).toBeNull();
  });

  it("listens before asking, so a failure between the two is not missed", async () => {
    const order: string[] = [];
    const watch = new DailyBackup({
      dailyBackupProblem: async () => {
        order.push("ask");
        return null;
      },
      listen: async () => {
        order.push("listen");
        return () => {};
      },
    });
    await watch.watch();
    expect(order).toEqual(["listen", "ask"]);
    expect(watch.shown).toBeNull();
  });
});
