import { describe, expect, it, vi } from "vitest";
import type { DoorsImported } from "../api/types";
import { said } from "../grants/test-grants";
import { assessment } from "../needs/test-needs";
import { assessmentId, canvassId, doorId, turfId } from "../test-ids";
import { CanvassList } from "./canvass-list.svelte";
import { Canvassing } from "./canvassing.svelte";
import { ChapterDoors, type ChapterDoorsPorts } from "./chapter-doors.svelte";
import { OpenCanvass } from "./open-canvass.svelte";
import { SurveyChoices } from "./survey-choices.svelte";
import { canvass, fakeCanvassBackend, walkDoor } from "./test-canvass";

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function doorsPorts(over: Partial<ChapterDoorsPorts> = {}): ChapterDoorsPorts {
  return {
    countDoors: vi.fn(async () => 0),
    importDoors: vi.fn(async () => null),
    doorsFromPeopleRecords: vi.fn(async () => ({ doors: 0, residents: 0 })),
    addDoor: vi.fn(async (typed) => ({ door: doorId("d-typed"), address: typed.address, new: true, residents_added: typed.residents.length })),
    ...over,
  };
}

function area(held: Parameters<typeof fakeCanvassBackend>[0] = [], doors = doorsPorts(), assessments = [assessment()]) {
  const backend = fakeCanvassBackend(held);
  const listAssessments = vi.fn(async () => assessments);
  const canvassing = new Canvassing({
    list: new CanvassList(backend.ports.listCanvasses),
    canvass: new OpenCanvass(backend.ports),
    doors: new ChapterDoors(doors),
    surveys: new SurveyChoices(listAssessments),
    create: { createCanvass: backend.ports.createCanvass },
    today: () => "2026-03-01",
    entry: backend.ports,
  });
  return { canvassing, listAssessments, ...backend };
}

describe("the Canvassing area", () => {
  it("lists the canvasses and opens the latest, with its doors counted", async () => {
    const doors = doorsPorts({ countDoors: vi.fn(async () => 1204) });
    const { canvassing } = area(
      [
        { canvass: canvass("c-2", { fields: { ...canvass().fields, name: "Spring" } }), doors: [walkDoor("d-1", "t-1", 1)] },
        { canvass: canvass("c-1"), doors: [] },
      ],
      doors,
    );
    await canvassing.enter(1);
    await settle();
    expect(canvassing.list.canvasses.map((c) => c.id)).toEqual(["c-2", "c-1"]);
    expect(canvassing.list.canvasses[0]).toMatchObject({ turfs: 1, doors: 1 });
    expect(canvassing.canvass.detail?.canvass.fields.name).toBe("Spring");
    expect(canvassing.doors.count).toBe(1204);
  });

  it("makes a new canvass on the day typed, and opens it ready to be cut", async () => {
    const { canvassing, calls } = area();
    await canvassing.enter(1);
    canvassing.addCanvass();
    const draft = canvassing.adding!;
    expect(draft.values.heldOn).toBe("2026-03-01");
    expect(await canvassing.saveAdding()).toBe(false);
    expect(draft.errorFor("name")).toBe("Give the canvass a name.");
    draft.values.name = "  Larch Court, Saturday ";
    draft.values.script = "Hi, I'm with the tenants' union.";
    expect(await canvassing.saveAdding()).toBe(true);
    expect(calls).toEqual(["create Larch Court, Saturday"]);
    expect(canvassing.adding).toBeNull();
    expect(canvassing.list.selectedId).toBe("c-new-1");
    expect(canvassing.canvass.detail?.canvass.fields.script).toBe("Hi, I'm with the tenants' union.");
    // Without turfs, cutting is the next step: its form is open, 40 doors a turf.
    expect(canvassing.canvass.cut?.values.doorsPerTurf).toBe("40");
  });

  it("offers the chapter's needs assessments to take to the doors, none chosen unless picked", async () => {
    const { canvassing, calls, listAssessments } = area([], doorsPorts(), [
      assessment(),
      assessment({ id: assessmentId("a-2"), name: "Riverbend 2025", is_sample: true }),
    ]);
    await canvassing.enter(1);
    canvassing.addCanvass();
    await settle();
    expect(listAssessments).toHaveBeenCalledTimes(1);
    expect(canvassing.surveys.none).toBe(false);
    expect(canvassing.surveys.choices).toEqual([
      { id: "a-1", label: "Eastside spring 2026" },
      { id: "a-2", label: "Riverbend 2025 (sample)" },
    ]);
    const draft = canvassing.adding!;
    expect(draft.values.assessment).toBeNull();
    draft.values.name = "Larch Court";
    draft.values.assessment = assessmentId("a-1");
    expect(await canvassing.saveAdding()).toBe(true);
    expect(calls).toEqual(["create Larch Court carrying a-1"]);
    const needs = canvassing.canvass.detail?.survey?.needs.map((n) => n.key);
    expect(needs).toEqual(["housing", "health", "work", "care", "food"]);
  });

  it("says there is no assessment yet instead of offering an empty choice", async () => {
    const { canvassing } = area([], doorsPorts(), []);
    await canvassing.enter(1);
    canvassing.addCanvass();
    expect(canvassing.surveys.none).toBe(false);
    await settle();
    expect(canvassing.surveys.none).toBe(true);
  });

  it("keeps the backend's refusal of a new canvass on its form", async () => {
    const { canvassing, ports } = area();
    ports.createCanvass = vi.fn(async () => {
      throw { kind: "database", message: "The database is busy.", details: null };
    });
    const refusing = new Canvassing({
      list: canvassing.list,
      canvass: canvassing.canvass,
      doors: canvassing.doors,
      surveys: canvassing.surveys,
      create: { createCanvass: ports.createCanvass },
      today: () => "2026-03-01",
    });
    refusing.addCanvass();
    refusing.adding!.values.name = "Spring";
    expect(await refusing.saveAdding()).toBe(false);
    expect(refusing.adding?.formError?.message).toBe("The database is busy.");
    expect(refusing.adding?.values.name).toBe("Spring");
  });

  it("checks the doors per turf before asking the backend", async () => {
    const { canvassing, calls } = area([{ canvass: canvass(), doors: [] }]);
    await canvassing.enter(1);
    await settle();
    const cut = canvassing.canvass.cut!;
    cut.values.doorsPerTurf = "3";
    expect(await canvassing.saveCut()).toBe(false);
    expect(cut.errorFor("doors_per_turf")).toBe("A turf has between 5 and 500 doors.");
    expect(calls).toEqual([]);
  });

  it("cuts the turfs, closes the form and lists the canvass's turfs", async () => {
    const { canvassing, calls } = area([{ canvass: canvass(), doors: [] }]);
    await canvassing.enter(1);
    await settle();
    const cut = canvassing.canvass.cut!;
    cut.values.doorsPerTurf = "10";
    cut.values.zip = " 60623 ";
    expect(await canvassing.saveCut()).toBe(true);
    expect(calls).toEqual(["cut 10 60623 -"]);
    expect(canvassing.canvass.cut).toBeNull();
    expect(canvassing.canvass.detail?.turfs.map((t) => t.doors)).toEqual([10, 2]);
    expect(canvassing.list.canvasses[0].turfs).toBe(2);
  });

  it("keeps what was typed when cutting again is refused once results are in", async () => {
    const { canvassing } = area([
      { canvass: canvass(), doors: [walkDoor("d-1", "t-1", 1, { result: "talked" })] },
    ]);
    await canvassing.enter(1);
    await settle();
    expect(canvassing.canvass.cut).toBeNull();
    canvassing.canvass.startCut();
    const cut = canvassing.canvass.cut!;
    cut.values.street = "Larch Ct";
    expect(await canvassing.saveCut()).toBe(false);
    expect(canvassing.canvass.cut).toBe(cut);
    expect(cut.values.street).toBe("Larch Ct");
    expect(cut.formError?.message).toContain("its turfs stay as they were printed");
    // The turfs are as they were.
    expect(canvassing.canvass.detail?.turfs).toHaveLength(1);
  });

  it("asks before another canvass drops a half-typed cut", async () => {
    const { canvassing } = area([
      { canvass: canvass("c-2"), doors: [] },
      { canvass: canvass("c-1"), doors: [] },
    ]);
    await canvassing.enter(1);
    await settle();
    canvassing.canvass.cut!.values.zip = "60623";
    canvassing.select(canvassId("c-1"));
    expect(canvassing.pendingDiscard).not.toBeNull();
    canvassing.keepEditing();
    expect(canvassing.canvass.id).toBe("c-2");
    canvassing.select(canvassId("c-1"));
    canvassing.confirmDiscard();
    await settle();
    expect(canvassing.canvass.id).toBe("c-1");
  });

  it("enters results over the whole screen, and brings the summary back to the record", async () => {
    const { canvassing } = area([
      { canvass: canvass(), doors: [walkDoor("d-1", "t-1", 1), walkDoor("d-2", "t-1", 2)] },
    ]);
    await canvassing.enter(1);
    await settle();
    canvassing.startEntry();
    const entry = canvassing.entry!;
    entry.press({ kind: "result", result: "not_home" });
    canvassing.closeEntry();
    expect(canvassing.entry).toBeNull();
    await entry.settled();
    await settle();
    expect(canvassing.canvass.detail?.summary.all.knocked).toBe(1);
  });

  it("asks before leaving the entry with words typed and not saved", async () => {
    const { canvassing } = area([{ canvass: canvass(), doors: [walkDoor("d-1", "t-1", 1)] }]);
    await canvassing.enter(1);
    await settle();
    canvassing.startEntry();
    const entry = canvassing.entry!;
    entry.press({ kind: "result", result: "talked" });
    entry.noteLine!.text = "Wants a meeting about the repairs";
    canvassing.closeEntry();
    expect(canvassing.entry).toBe(entry);
    expect(canvassing.pendingDiscard).not.toBeNull();
  });
});

describe("who walks a turf, and when", () => {
  /** A canvass cut into two turfs, T1 (two doors) and T2 (one), open on the right. */
  async function cutCanvass() {
    const made = area([
      {
        canvass: canvass(),
        doors: [walkDoor("d-1", "t-1", 1), walkDoor("d-2", "t-1", 2), walkDoor("d-3", "t-2", 1)],
      },
    ]);
    await made.canvassing.enter(1);
    await settle();
    const turf = (position: number) => made.canvassing.canvass.detail!.turfs[position - 1];
    return { ...made, turf };
  }

  it("sends the pair and the shift trimmed, and shows the canvass the backend answers", async () => {
    const { canvassing, ports, calls, turf } = await cutCanvass();
    canvassing.startAssign(turf(1));
    const draft = canvassing.canvass.assigning!;
    expect(draft.turfId).toBe("t-1");
    expect(draft.values).toEqual({ canvassers: "", shift: "" });
    draft.values.canvassers = "  Ana & Luis ";
    draft.values.shift = " Saturday 10 am – 12 pm  ";
    expect(canvassing.dirty).toBe(true);
    expect(await canvassing.canvass.saveAssign()).toBe(true);
    expect(ports.assignTurf).toHaveBeenCalledWith(canvassId("c-1"), turfId("t-1"), "Ana & Luis", "Saturday 10 am – 12 pm");
    expect(calls).toEqual(["assign t-1 Ana & Luis Saturday 10 am – 12 pm"]);
    expect(canvassing.canvass.assigning).toBeNull();
    expect(turf(1)).toMatchObject({ canvassers: "Ana & Luis", shift: "Saturday 10 am – 12 pm" });
    expect(turf(2)).toMatchObject({ canvassers: null, shift: null });
    expect(canvassing.dirty).toBe(false);
  });

  it("opens on what the turf has, and clears it with the boxes emptied", async () => {
    const { canvassing, ports, turf } = await cutCanvass();
    canvassing.startAssign(turf(2));
    canvassing.canvass.assigning!.values.canvassers = "Rosa & Mei";
    await canvassing.canvass.saveAssign();
    canvassing.startAssign(turf(2));
    const draft = canvassing.canvass.assigning!;
    expect(draft.values).toEqual({ canvassers: "Rosa & Mei", shift: "" });
    expect(draft.dirty).toBe(false);
    draft.values.canvassers = "   ";
    expect(await canvassing.canvass.saveAssign()).toBe(true);
    expect(ports.assignTurf).toHaveBeenLastCalledWith(canvassId("c-1"), turfId("t-2"), null, null);
    expect(turf(2)).toMatchObject({ canvassers: null, shift: null });
  });

  it("keeps a refusal on the form, with what was typed, and the turf as it was", async () => {
    const { canvassing, ports, turf } = await cutCanvass();
    vi.mocked(ports.assignTurf).mockRejectedValueOnce({
      kind: "database",
      message: "The database is busy.",
      details: null,
    });
    canvassing.startAssign(turf(1));
    const draft = canvassing.canvass.assigning!;
    draft.values.canvassers = "Ana & Luis";
    expect(await canvassing.canvass.saveAssign()).toBe(false);
    expect(canvassing.canvass.assigning).toBe(draft);
    expect(draft.saving).toBe(false);
    expect(draft.formError?.message).toBe("The database is busy.");
    expect(draft.values.canvassers).toBe("Ana & Luis");
    expect(turf(1).canvassers).toBeNull();
    // Sent again, it saves.
    expect(await canvassing.canvass.saveAssign()).toBe(true);
    expect(turf(1).canvassers).toBe("Ana & Luis");
  });

  it("puts the form away on Cancel, and with another canvass", async () => {
    const { canvassing, ports, turf } = await cutCanvass();
    canvassing.startAssign(turf(1));
    canvassing.canvass.assigning!.values.shift = "Sunday";
    canvassing.canvass.cancelAssign();
    expect(canvassing.canvass.assigning).toBeNull();
    expect(ports.assignTurf).not.toHaveBeenCalled();
    canvassing.startAssign(turf(1));
    await canvassing.canvass.show(canvassId("c-1"));
    expect(canvassing.canvass.assigning).not.toBeNull();
    await canvassing.canvass.show(null);
    expect(canvassing.canvass.assigning).toBeNull();
  });

  it("asks before another turf's form, or another canvass, drops unsaved typing", async () => {
    const { canvassing, turf } = await cutCanvass();
    canvassing.startAssign(turf(1));
    const first = canvassing.canvass.assigning!;
    // Nothing typed yet: another turf's form takes its place without asking.
    canvassing.startAssign(turf(2));
    expect(canvassing.canvass.assigning?.turfId).toBe("t-2");
    canvassing.startAssign(turf(1));
    expect(canvassing.canvass.assigning).not.toBe(first);
    canvassing.canvass.assigning!.values.canvassers = "Ana";
    canvassing.startAssign(turf(2));
    expect(canvassing.pendingDiscard).not.toBeNull();
    canvassing.keepEditing();
    expect(canvassing.canvass.assigning?.values.canvassers).toBe("Ana");
    canvassing.select(canvassId("c-2"));
    expect(canvassing.pendingDiscard).not.toBeNull();
    canvassing.keepEditing();
    canvassing.startAssign(turf(2));
    canvassing.confirmDiscard();
    expect(canvassing.canvass.assigning?.turfId).toBe("t-2");
    expect(canvassing.canvass.assigning?.values.canvassers).toBe("");
  });
});

describe("ChapterDoors", () => {
  const report: DoorsImported = {
    doors: 1204,
    doors_known: 310,
    households: 980,
    residents: 1530,
    left_out: [said("canvass-doors-row-no-address", "row 18: no street address", { place: "row 18" })],
  };

  it("says what a list made and counts the doors again", async () => {
    let count = 0;
    const doors = new ChapterDoors(
      doorsPorts({
        countDoors: vi.fn(async () => count),
        importDoors: vi.fn(async () => {
          count = 1204;
          return report;
        }),
      }),
    );
    await doors.load();
    expect(doors.count).toBe(0);
    await doors.importList();
    expect(doors.added).toEqual({ from: "list", report });
    expect(doors.count).toBe(1204);
    expect(doors.busy).toBeNull();
  });

  it("says nothing when the file dialog is closed", async () => {
    const doors = new ChapterDoors(doorsPorts());
    await doors.importList();
    expect(doors.added).toBeNull();
    expect(doors.error).toBeNull();
  });

  it("makes doors from the people records, and shows a failure", async () => {
    const doors = new ChapterDoors(
      doorsPorts({ doorsFromPeopleRecords: vi.fn(async () => ({ doors: 412, residents: 530 })) }),
    );
    await doors.fromPeople();
    expect(doors.added).toEqual({ from: "people", made: { doors: 412, residents: 530 } });
    const failing = new ChapterDoors(
      doorsPorts({
        importDoors: vi.fn(async () => {
          throw { kind: "invalid_input", message: "the list has no street address column", details: null };
        }),
      }),
    );
    await failing.importList();
    expect(failing.error?.message).toBe("the list has no street address column");
    expect(failing.added).toBeNull();
  });
});

describe("a door typed in", () => {
  it("is checked before it is sent, added, counted, and said", async () => {
    const addDoor = vi.fn(async (typed: { address: string; zip: string; residents: string[] }) => ({
      door: doorId("d-typed"),
      address: "188 Larch Ct",
      new: true,
      residents_added: typed.residents.length,
    }));
    const countDoors = vi.fn(async () => 7);
    const doors = new ChapterDoors(doorsPorts({ addDoor, countDoors }));
    doors.startTyping();
    const draft = doors.typing!;
    draft.values.address = "Larch Court";
    draft.values.zip = "606";
    expect(await doors.saveTyped()).toBe(false);
    expect(addDoor).not.toHaveBeenCalled();
    expect(draft.errorFor("address")).toBeTruthy();
    expect(draft.errorFor("zip")).toBeTruthy();
    draft.values.address = " 188 Larch Court ";
    draft.values.zip = "60608";
    draft.values.names = "Iris Chen\n\n  Wen Chen ";
    expect(await doors.saveTyped()).toBe(true);
    expect(addDoor).toHaveBeenCalledWith({ address: "188 Larch Court", zip: "60608", residents: ["Iris Chen", "Wen Chen"] });
    expect(doors.typing).toBeNull();
    expect(doors.count).toBe(7);
    expect(doors.added).toMatchObject({ from: "typed", door: { address: "188 Larch Ct", residents_added: 2 } });
  });
});
