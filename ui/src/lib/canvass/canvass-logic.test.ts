import { describe, expect, it } from "vitest";
import { AssignDraft, CutDraft, NewPersonDraft } from "./canvass-drafts.svelte";
import {
  assignedLine,
  canvassFacts,
  importedText,
  leftOutShown,
  rateText,
  resultCounts,
  turfLine,
} from "./canvass-words";
import { isDoNotKnock, resultForKey } from "./door-results";
import { entryKeyAction } from "./entry-keys";
import { plain } from "../i18n/locale.svelte";
import { turfId } from "../test-ids";
import { canvass, resident, tallyOf, walkDoor } from "./test-canvass";
import { firstOpen, nextDoor, nextOpen, previousDoor } from "./walk-order";

const key = (k: string, over: { ctrlKey?: boolean; altKey?: boolean } = {}) =>
  entryKeyAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...over });

describe("the code box's keys", () => {
  it("read the paper's codes in English and Spanish, in either case", () => {
    expect(["n", "T", "h", "r", "q", "m", "S", "c", "v", "x"].map(resultForKey)).toEqual([
      "not_home",
      "talked",
      "talked",
      "refused",
      "refused",
      "moved",
      "moved",
      "come_back",
      "come_back",
      "inaccessible",
    ]);
  });

  it("tell the building, someone new, who answered, moves and Ctrl+Z apart", () => {
    expect(key("b")).toEqual({ kind: "building" });
    expect(key("+")).toEqual({ kind: "new" });
    expect(key("3")).toEqual({ kind: "resident", number: 3 });
    expect(key("ArrowUp")).toEqual({ kind: "move", delta: -1 });
    expect(key("z", { ctrlKey: true })).toEqual({ kind: "back" });
    expect(key("0")).toEqual({ kind: "unknown", key: "0" });
  });

  it("leave the window's own keys alone", () => {
    expect(key("Tab")).toBeNull();
    expect(key("Escape")).toBeNull();
    expect(key("k", { ctrlKey: true })).toBeNull();
    expect(key("n", { altKey: true })).toBeNull();
  });
});

describe("the walk order", () => {
  const rows = [
    { knock: true, entered: true },
    { knock: false, entered: false },
    { knock: true, entered: false },
    { knock: true, entered: true },
    { knock: true, entered: false },
  ];

  it("passes over the doors nobody knocks", () => {
    expect(firstOpen(rows)).toBe(2);
    expect(nextDoor(rows, 0)).toBe(2);
    expect(previousDoor(rows, 2)).toBe(0);
    expect(previousDoor(rows, 0)).toBe(0);
    expect(previousDoor(rows, null)).toBe(4);
    expect(nextDoor(rows, 4)).toBeNull();
    expect(nextOpen(rows, 2)).toBe(4);
    expect(firstOpen(rows.map((r) => ({ ...r, entered: true })))).toBeNull();
  });

  it("knocks a door unless everyone known there asked not to be contacted", () => {
    expect(isDoNotKnock(walkDoor("d-1", "t-1", 1))).toBe(false);
    const both = [resident("r-1", { do_not_contact: true }), resident("r-2")];
    expect(isDoNotKnock(walkDoor("d-1", "t-1", 1, { residents: both }))).toBe(false);
    expect(isDoNotKnock(walkDoor("d-1", "t-1", 1, { residents: [both[0]] }))).toBe(true);
  });
});

describe("the canvass in words", () => {
  it("names a turf as its sheet prints it", () => {
    expect(turfLine({ position: 3, name: "Larch Ct, Elm St +2", doors: 38 })).toBe(
      "Sheet T3 · Larch Ct, Elm St +2 · 38 doors",
    );
  });

  it("says who walks a turf and when, either alone, or nothing", () => {
    expect(assignedLine({ canvassers: "Ana & Luis", shift: "10 am–12 pm" })).toBe("Ana & Luis · 10 am–12 pm");
    expect(assignedLine({ canvassers: "Ana & Luis", shift: null })).toBe("Ana & Luis");
    expect(assignedLine({ canvassers: null, shift: "Sat 10 am" })).toBe("Sat 10 am");
    expect(assignedLine({ canvassers: null, shift: null })).toBeNull();
  });

  it("says a canvass's day, turfs and doors", () => {
    expect(canvassFacts(canvass())).toBe("Mar 7, 2026 · not cut into turfs yet");
    expect(canvassFacts(canvass("c-1", { turfs: 3, doors: 112 }))).toBe("Mar 7, 2026 · 3 turfs · 112 doors");
  });

  it("counts each result in the sheets' order, with the contact rate", () => {
    const doors = [
      walkDoor("d-1", "t-1", 1, { result: "talked" }),
      walkDoor("d-2", "t-1", 2, { result: "not_home" }),
      walkDoor("d-3", "t-1", 3),
    ];
    const tally = tallyOf(doors);
    expect(resultCounts(tally)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(rateText(tally.contact_rate)).toBe("50%");
    expect(rateText(null)).toBe("—");
  });

  it("says what a list of doors made, and the rows it left out", () => {
    expect(importedText({ doors: 1204, doors_known: 310, households: 980, residents: 1530, left_out: [] })).toBe(
      "1,204 new doors (310 the chapter had already), 980 households, 1,530 people.",
    );
    const rows = Array.from({ length: 23 }, (_, i) => plain(`row ${i + 2}: no street address`));
    const { shown, more } = leftOutShown(rows);
    expect(shown).toHaveLength(20);
    expect(shown[0]).toBe("row 2: no street address");
    expect(more).toBe("and 3 more");
  });
});

describe("the forms", () => {
  it("send the cut as numbers and blanks as null", () => {
    const cut = new CutDraft();
    cut.values.street = " Larch Ct ";
    expect(cut.submit()).toEqual({ doors_per_turf: 40, zip: null, street: "Larch Ct", doors: [] });
    cut.values.doorsPerTurf = "forty";
    expect(cut.submit()).toBeNull();
  });

  it("send who walks a turf trimmed, and empty boxes as null", () => {
    const draft = new AssignDraft({ id: turfId("t-1"), canvassers: "Ana & Luis", shift: null });
    expect(draft.values).toEqual({ canvassers: "Ana & Luis", shift: "" });
    draft.values.shift = "  Saturday 10 am – 12 pm ";
    expect(draft.submit()).toEqual({ canvassers: "Ana & Luis", shift: "Saturday 10 am – 12 pm" });
    draft.values.canvassers = " ";
    draft.values.shift = "";
    expect(draft.submit()).toEqual({ canvassers: null, shift: null });
  });

  it("want a name for someone new", () => {
    const draft = new NewPersonDraft();
    expect(draft.submit()).toBeNull();
    draft.values.name = " Marisol Vega ";
    expect(draft.submit()).toEqual({ name: "Marisol Vega", notes: null, needs: [], wantsInvolved: false });
  });
});
