import { describe, expect, it, vi } from "vitest";
import type { ChapterDoor, FoundDoors } from "../api/types";
import { assessmentId, canvassId, doorId } from "../test-ids";
import { CutDraft } from "./canvass-drafts.svelte";
import { DoorPicker } from "./door-picker.svelte";
import { OpenCanvass } from "./open-canvass.svelte";
import { canvass, fakeCanvassBackend, walkDoor } from "./test-canvass";

function door(id: string, address: string): ChapterDoor {
  return { id: doorId(id), address, zip: "60608", residents: [] };
}

describe("the doors to go back to", () => {
  it("lists come-back doors and people who want in, and takes a door off once someone went back", async () => {
    const comeBack = walkDoor("d-2", "t-1", 2, { result: "come_back", notes: "Saturday after 10" });
    const wantsIn = { ...walkDoor("d-3", "t-1", 3, { result: "talked" }) };
    wantsIn.door = { ...wantsIn.door, wants_involved: true };
    const backend = fakeCanvassBackend([
      { canvass: canvass("c-1"), doors: [walkDoor("d-1", "t-1", 1, { result: "not_home" }), comeBack, wantsIn] },
    ]);
    const open = new OpenCanvass(backend.ports);
    await open.show(canvassId("c-1"));
    expect(open.detail?.go_back.map((g) => [g.order, g.come_back, g.wants_involved])).toEqual([
      [2, true, false],
      [3, false, true],
    ]);
    expect(await open.wentBack(doorId("d-2"))).toBe(true);
    expect(backend.calls).toContain("went back d-2");
    expect(open.detail?.go_back.map((g) => g.order)).toEqual([3]);
    // A second time is refused, and said on the record.
    expect(await open.wentBack(doorId("d-2"))).toBe(false);
    expect(open.actionError?.message).toContain("not on the list");
    expect(open.busy).toBeNull();
  });

  it("changes the survey the canvass takes to its doors", async () => {
    const backend = fakeCanvassBackend([{ canvass: canvass("c-1"), doors: [] }]);
    const open = new OpenCanvass(backend.ports);
    await open.show(canvassId("c-1"));
    expect(await open.carrySurvey(assessmentId("a-1"))).toBe(true);
    expect(open.detail?.canvass.fields.assessment).toBe("a-1");
    expect(backend.calls).toContain("survey a-1");
  });
});

describe("picking doors one by one", () => {
  it("keeps what is picked while another street is found, and sends the picked doors", async () => {
    const answers: Record<string, FoundDoors> = {
      larch: { doors: [door("d-1", "183 Larch Ct"), door("d-2", "185 Larch Ct")], total: 2 },
      elm: { doors: [door("d-9", "12 Elm St")], total: 1 },
    };
    const findDoors = vi.fn(async (typed: string) => answers[typed] ?? { doors: [], total: 0 });
    const picker = new DoorPicker({ findDoors });
    const cut = new CutDraft(picker);
    await picker.search("larch");
    picker.flip(picker.found!.doors[1]);
    await picker.search("elm");
    picker.pickAllShown();
    expect(picker.found?.total).toBe(1);
    expect(cut.submit()?.doors).toEqual(["d-2", "d-9"]);
    picker.flip(door("d-9", "12 Elm St"));
    expect(cut.submit()?.doors).toEqual(["d-2"]);
    picker.clear();
    expect(cut.submit()?.doors).toEqual([]);
    expect(findDoors).toHaveBeenCalledWith("larch", 200);
  });

  it("shows only the latest search's answer", async () => {
    let release: (found: FoundDoors) => void = () => {};
    const slow = new Promise<FoundDoors>((resolve) => (release = resolve));
    const findDoors = vi
      .fn()
      .mockImplementationOnce(() => slow)
      .mockImplementationOnce(async () => ({ doors: [door("d-9", "12 Elm St")], total: 1 }));
    const picker = new DoorPicker({ findDoors });
    const first = picker.search("larch");
    await picker.search("elm");
    release({ doors: [door("d-1", "183 Larch Ct")], total: 1 });
    await first;
    expect(picker.found?.doors.map((d) => d.address)).toEqual(["12 Elm St"]);
  });
});
