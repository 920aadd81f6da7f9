import { describe, expect, it, vi } from "vitest";
import type { DoorQuestions } from "../api/types";
import { doorId, turfId } from "../test-ids";
import { needNumbers } from "./door-needs";
import { entryKeyAction } from "./entry-keys";
import { ResultsEntry } from "./results-entry.svelte";
import { canvass, doorSurvey, fakeCanvassBackend, resident, viewOf, walkDoor } from "./test-canvass";

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Presses keys in the code box, as the keyboard sends them. */
function type(entry: ResultsEntry, ...keys: string[]) {
  for (const key of keys) {
    const action = entryKeyAction({ key, altKey: false, ctrlKey: false, metaKey: false });
    if (action) entry.press(action);
  }
}

/** Sheet T1: two apartments in one building, a house whose people asked not to be contacted, two more houses. */
function sheet() {
  return [
    walkDoor("d-1", "t-1", 1, { address: "183 Larch Ct Unit 1", residents: [resident("r-1"), resident("r-2")] }),
    walkDoor("d-2", "t-1", 2, { address: "183 Larch Ct Unit 2" }),
    walkDoor("d-3", "t-1", 3, { residents: [resident("r-3", { do_not_contact: true })] }),
    walkDoor("d-4", "t-1", 4),
    walkDoor("d-5", "t-1", 5),
    walkDoor("d-6", "t-2", 1),
  ];
}

function entryFor(doors = sheet()) {
  const backend = fakeCanvassBackend([{ canvass: canvass(), doors }]);
  const entry = new ResultsEntry(viewOf(canvass(), doors), backend.ports);
  return { entry, ...backend };
}

/**
 * A canvass carrying the survey of `doorSurvey` (housing 1, health 2, work 3, care 4, food 5);
 * `backendSurvey` is what the backend holds, for a backend that refuses the needs.
 */
function surveyedEntry(doors = sheet(), backendSurvey: DoorQuestions | null = doorSurvey()) {
  const backend = fakeCanvassBackend([{ canvass: canvass(), doors, survey: backendSurvey }]);
  const entry = new ResultsEntry(viewOf(canvass(), doors, 0, doorSurvey()), backend.ports);
  return { entry, ...backend };
}

describe("ResultsEntry", () => {
  it("starts on the first sheet with a door left, at its first door without a result", () => {
    const doors = sheet().map((d) =>
      d.door.turf_id === "t-1" ? { ...d, door: { ...d.door, result: "not_home" as const } } : d,
    );
    const { entry } = entryFor(doors);
    expect(entry.turfId).toBe("t-2");
    expect(entry.cursor).toBe("d-6");

    const half = entryFor(sheet().map((d, i) => (i < 2 ? { ...d, door: { ...d.door, result: "moved" as const } } : d)));
    expect(half.entry.turfId).toBe("t-1");
    // Door 3 is not knocked: the cursor passes over it.
    expect(half.entry.cursor).toBe("d-4");
  });

  it("enters the paper's code and moves to the next door at once, passing the door not to knock", async () => {
    const { entry, calls } = entryFor();
    type(entry, "n", "R");
    expect(entry.cursor).toBe("d-4");
    expect(entry.resultOf(entry.doors[1])).toBe("refused");
    expect(entry.note?.text).toBe("Door 2: Refused");
    await entry.settled();
    expect(calls).toEqual(["record d-1 not_home", "record d-2 refused"]);
    expect(entry.entered).toBe(2);
    expect(entry.sent.size).toBe(0);
  });

  it("takes the Spanish sheet's letters as well", async () => {
    const { entry, calls } = entryFor();
    type(entry, "q", "s");
    await entry.settled();
    expect(calls).toEqual(["record d-1 refused", "record d-2 moved"]);
  });

  it("opens a line for what they said on T, and enters it with Enter", async () => {
    const { entry, calls } = entryFor();
    type(entry, "t");
    expect(entry.noteLine).toMatchObject({ door: "d-1", result: "talked", text: "" });
    expect(entry.cursor).toBe("d-1");
    entry.noteLine!.text = " Wants a meeting about the repairs ";
    entry.saveNote();
    expect(entry.noteLine).toBeNull();
    expect(entry.cursor).toBe("d-2");
    expect(entry.codeFocusRequested).toBe(true);
    await entry.settled();
    expect(calls).toEqual(['record d-1 talked "Wants a meeting about the repairs"']);
  });

  it("enters nothing when the line for words is put away", async () => {
    const { entry, calls } = entryFor();
    type(entry, "c");
    entry.noteLine!.text = "Saturday";
    entry.cancelNote();
    expect(entry.cursor).toBe("d-1");
    await entry.settled();
    expect(calls).toEqual([]);
  });

  it("names who answered by their number on the sheet", async () => {
    const { entry, calls } = entryFor();
    type(entry, "2", "x");
    await entry.settled();
    expect(calls).toEqual(["record d-1 inaccessible by r-2"]);
    type(entry, "1");
    expect(entry.note?.text).toBe("Door 2 has nobody listed on the sheet.");
    expect(entry.answeredBy).toBeNull();
  });

  it("moves with the arrows, stops at the first door, and goes past the last to the end", () => {
    const { entry } = entryFor();
    type(entry, "ArrowUp");
    expect(entry.cursor).toBe("d-1");
    type(entry, "ArrowDown", "ArrowDown");
    expect(entry.cursor).toBe("d-4");
    type(entry, "ArrowDown", "ArrowDown");
    expect(entry.cursor).toBeNull();
    type(entry, "n");
    expect(entry.note?.text).toContain("End of the sheet");
    type(entry, "ArrowUp");
    expect(entry.cursor).toBe("d-5");
  });

  it("goes on to the next sheet with Enter at the end of one", () => {
    const { entry } = entryFor();
    type(entry, "n", "n", "n", "n");
    expect(entry.cursor).toBeNull();
    type(entry, "Enter");
    expect(entry.turfId).toBe("t-2");
    expect(entry.cursor).toBe("d-6");
  });

  it("says Enter is not needed while a door waits for its code", () => {
    const { entry } = entryFor();
    type(entry, "Enter");
    expect(entry.cursor).toBe("d-1");
    expect(entry.note?.kind).toBe("hint");
  });

  it("says a key is no code instead of losing it", () => {
    const { entry } = entryFor();
    type(entry, "k");
    expect(entry.cursor).toBe("d-1");
    expect(entry.note?.text).toContain("“k”");
  });

  it("marks the whole building not home in one key, and skips to the next door without a result", async () => {
    const { entry, calls } = entryFor();
    type(entry, "b");
    expect(entry.holding).toBe(true);
    // Typed while the building is saved: it waits, then goes to the door after the building.
    type(entry, "r");
    await entry.settled();
    await settle();
    expect(calls).toEqual(["building d-1", "record d-4 refused"]);
    expect(entry.doors.slice(0, 2).map((d) => d.door.result)).toEqual(["not_home", "not_home"]);
    expect(entry.cursor).toBe("d-5");
  });

  it("marks the whole block of the sheet not home with Shift+B, another sheet's doors untouched", async () => {
    const { entry, calls } = entryFor();
    type(entry, "B");
    await entry.settled();
    await settle();
    expect(calls).toEqual(["block d-1"]);
    expect(entry.note?.text).toBe("Not home at 5 doors of the block of door 1, 183 Larch Ct Unit 1.");
    expect(entry.view.doors.find((d) => d.door.door === "d-6")?.door.result).toBeNull();
  });

  it("says how many doors of the building it marked", async () => {
    const { entry } = entryFor();
    await entry.notHomeBuilding();
    expect(entry.note?.text).toBe("Not home at 2 doors of the building of door 1, 183 Larch Ct Unit 1.");
  });

  it("adds someone new at the door as talked, and keeps the name typed when it is refused", async () => {
    const { entry, calls, ports } = entryFor();
    type(entry, "+");
    const draft = entry.newPerson!;
    expect(entry.newPersonDoor).toBe("d-1");
    expect(await entry.saveNew()).toBe(false);
    expect(draft.errorFor("name")).toBe("Write the name of the person who answered.");

    const realNew = ports.newPersonAtDoor;
    ports.newPersonAtDoor = async () => {
      throw { kind: "database", message: "The database is busy.", details: null };
    };
    draft.values.name = "Marisol Vega";
    draft.values.notes = "Rent went up 20%";
    expect(await entry.saveNew()).toBe(false);
    expect(entry.newPerson).toBe(draft);
    expect(draft.formError?.message).toBe("The database is busy.");
    expect(draft.values.name).toBe("Marisol Vega");

    ports.newPersonAtDoor = realNew;
    expect(await entry.saveNew()).toBe(true);
    expect(calls).toEqual(["new Marisol Vega at d-1"]);
    expect(entry.newPerson).toBeNull();
    expect(entry.doors[0].door.result).toBe("talked");
    expect(entry.doors[0].door.notes).toBe("Rent went up 20%");
    expect(entry.view.summary.new_contacts).toBe(1);
    expect(entry.cursor).toBe("d-2");
    expect(entry.note?.text).toBe("Marisol Vega added to People, met at door 1.");
  });

  it("keeps a code the backend could not save on its row, and sends it again", async () => {
    const { entry, calls, failFor } = entryFor();
    failFor.add(doorId("d-1"));
    type(entry, "t");
    entry.noteLine!.text = "Call back about the meeting";
    entry.saveNote();
    type(entry, "m");
    await entry.settled();
    expect(calls).toEqual(["record d-2 moved"]);
    expect(entry.unsaved.get(doorId("d-1"))?.input.notes).toBe("Call back about the meeting");
    expect(entry.doors[0].door.result).toBeNull();
    expect(entry.note?.kind).toBe("failed");
    // Its words come back when the door gets its code again.
    type(entry, "ArrowUp", "ArrowUp", "ArrowUp", "t");
    expect(entry.noteLine?.text).toBe("Call back about the meeting");
    entry.cancelNote();
    failFor.clear();
    entry.retryUnsaved();
    await entry.settled();
    expect(entry.unsaved.size).toBe(0);
    expect(entry.doors[0].door.result).toBe("talked");
  });

  it("goes back to the door entered last with Ctrl+Z, across sheets", async () => {
    const { entry } = entryFor();
    type(entry, "n", "n");
    entry.pickSheet(turfId("t-2"));
    entry.press(entryKeyAction({ key: "z", altKey: false, ctrlKey: true, metaKey: false })!);
    expect(entry.turfId).toBe("t-1");
    expect(entry.cursor).toBe("d-2");
    expect(entry.note?.kind).toBe("back");
    await entry.settled();
  });
});

describe("ResultsEntry with a survey at the doors", () => {
  it("asks for the needs' numbers on T, and sends their keys with the involved box", async () => {
    const { entry, calls } = surveyedEntry();
    type(entry, "t");
    expect(entry.asksNeeds("talked")).toBe(true);
    expect(entry.noteLine).toMatchObject({ needs: "", involved: false, refusal: null });
    entry.noteLine!.needs = "1, 5";
    entry.noteLine!.involved = true;
    entry.noteLine!.text = "Rent went up";
    expect(entry.saveNote()).toBe(true);
    expect(entry.cursor).toBe("d-2");
    // The row shows what was typed at once, as the sheet has it.
    const marks = entry.marksOf(entry.doors[0]);
    expect(needNumbers(marks.needs, entry.view.survey)).toEqual([1, 5]);
    expect(marks.wants_involved).toBe(true);
    await entry.settled();
    expect(calls).toEqual(['record d-1 talked "Rent went up" needs housing,food wants in']);
    expect(entry.doors[0].door).toMatchObject({ needs: ["housing", "food"], wants_involved: true });
  });

  it("keeps the line open while the numbers are not the sheet's, and sends nothing", async () => {
    const { entry, calls } = surveyedEntry();
    type(entry, "t");
    entry.noteLine!.needs = "1 7";
    expect(entry.saveNote()).toBe(false);
    expect(entry.noteLine?.needs).toBe("1 7");
    entry.noteLine!.needs = "1 2 3 4";
    expect(entry.saveNote()).toBe(false);
    entry.noteLine!.needs = "1 2 3";
    expect(entry.saveNote()).toBe(true);
    await entry.settled();
    expect(calls).toEqual(["record d-1 talked needs housing,health,work"]);
  });

  it("asks no needs on come back, but takes the involved box", async () => {
    const { entry, calls } = surveyedEntry();
    type(entry, "v");
    expect(entry.asksNeeds("come_back")).toBe(false);
    entry.noteLine!.needs = "1";
    entry.noteLine!.involved = true;
    entry.noteLine!.text = "Saturday";
    entry.saveNote();
    await entry.settled();
    expect(calls).toEqual(['record d-1 come_back "Saturday" wants in']);
  });

  it("asks no needs without a survey, and sends none for a code without a line", async () => {
    const { entry, ports } = entryFor();
    type(entry, "t");
    expect(entry.asksNeeds("talked")).toBe(false);
    entry.noteLine!.needs = "1";
    entry.saveNote();
    type(entry, "n");
    await entry.settled();
    const sent = vi.mocked(ports.recordDoorResult).mock.calls.map((call) => call[2]);
    expect(sent.map((input) => [input.needs, input.wants_involved])).toEqual([
      [[], false],
      [[], false],
    ]);
  });

  it("opens a door entered before with its needs and box, and replaces them", async () => {
    const doors = sheet().map((d, i) =>
      i === 0 ? walkDoor("d-1", "t-1", 1, { result: "talked", needs: ["food", "housing"], wantsInvolved: true }) : d,
    );
    const { entry, calls } = surveyedEntry(doors);
    type(entry, "ArrowUp", "t");
    expect(entry.noteLine).toMatchObject({ door: "d-1", needs: "1 5", involved: true });
    entry.noteLine!.needs = "2";
    entry.noteLine!.involved = false;
    entry.saveNote();
    await entry.settled();
    expect(entry.doors[0].door).toMatchObject({ needs: ["health"], wants_involved: false });
    // Entered again as not home: its needs go.
    type(entry, "ArrowUp", "n");
    await entry.settled();
    expect(calls).toEqual(["record d-1 talked needs health", "record d-1 not_home"]);
    expect(entry.doors[0].door).toMatchObject({ result: "not_home", needs: [], wants_involved: false });
  });

  it("shows the backend's refusal of the needs on the line, with what was typed kept", async () => {
    const { entry, calls } = surveyedEntry(sheet(), null);
    type(entry, "t");
    entry.noteLine!.needs = "1 5";
    entry.noteLine!.involved = true;
    entry.noteLine!.text = "Repairs";
    entry.saveNote();
    await entry.settled();
    expect(calls).toEqual([]);
    expect(entry.unsaved.get(doorId("d-1"))?.input.needs).toEqual(["housing", "food"]);
    expect(entry.note?.kind).toBe("failed");
    type(entry, "ArrowUp", "t");
    expect(entry.noteLine).toMatchObject({
      needs: "1 5",
      involved: true,
      text: "Repairs",
      refusal: "This canvass carries no needs survey: choose one for it first.",
    });
    expect(entry.dirty).toBe(true);
  });

  it("takes the needs and the involved box for someone new, and checks the numbers first", async () => {
    const { entry, calls } = surveyedEntry();
    type(entry, "+");
    const draft = entry.newPerson!;
    expect(draft.survey).not.toBeNull();
    draft.values.name = "Marisol Vega";
    draft.values.needs = "3 9";
    expect(await entry.saveNew()).toBe(false);
    expect(draft.errorFor("needs")).toBe("9 is not on the sheet: its needs are numbered 1 to 5.");
    draft.values.needs = "3";
    draft.values.involved = true;
    expect(await entry.saveNew()).toBe(true);
    expect(calls).toEqual(["new Marisol Vega at d-1: talked needs work wants in"]);
    expect(entry.doors[0].door).toMatchObject({ needs: ["work"], wants_involved: true });
  });

  it("keeps the backend's refusal of someone new's needs under them", async () => {
    const { entry } = surveyedEntry(sheet(), null);
    type(entry, "+");
    const draft = entry.newPerson!;
    draft.values.name = "Marisol Vega";
    draft.values.needs = "1";
    expect(await entry.saveNew()).toBe(false);
    expect(draft.errorFor("needs")).toBe("This canvass carries no needs survey: choose one for it first.");
    expect(draft.values.needs).toBe("1");
  });
});
