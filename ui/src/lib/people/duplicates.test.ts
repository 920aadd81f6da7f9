import { describe, expect, it, vi } from "vitest";
import { AppError } from "../api/errors";
import type { DuplicatePair, PeoplePage } from "../api/types";
import { personId } from "../test-ids";
import {
  defaultSide,
  duplicatesSummary,
  fieldInWords,
  historySentence,
  joinedLists,
  likenessShort,
  likenessText,
  mergeRequest,
  otherRecords,
  sameFields,
  sourceText,
} from "./duplicates";
import type { DuplicatePorts } from "./duplicates.svelte";
import { FollowUps } from "./follow-ups.svelte";
import { LadderLevels } from "./ladder-levels.svelte";
import { PeopleExport } from "./people-export.svelte";
import { ListImport } from "./list-import.svelte";
import { MergeDraft } from "./merge-draft.svelte";
import { OpenPerson } from "./open-person.svelte";
import { PeopleList } from "./people-list.svelte";
import { People } from "./people.svelte";
import { comparison, detail, duplicatePair, fakeDuplicates, person, summary } from "./test-people";

describe("why two records look alike", () => {
  it("says each reason in plain words, with the phone written the usual way", () => {
    expect(likenessText({ kind: "same_email", email: "ana@example.org" })).toBe(
      "Same email: ana@example.org",
    );
    expect(likenessText({ kind: "same_phone", phone: "+16175550143" })).toBe(
      "Same phone: (617) 555-0143",
    );
    expect(
      likenessText({ kind: "same_name_and_address", name: "Ana Ruiz", street: "12 Elm St" }),
    ).toBe("Same name and address: Ana Ruiz, 12 Elm St");
  });

  it("says the reasons short for a person's record, each kind once", () => {
    expect(likenessShort([{ kind: "same_phone", phone: "+16175550143" }])).toBe("same phone");
    expect(
      likenessShort([
        { kind: "same_email", email: "a@example.org" },
        { kind: "same_email", email: "b@example.org" },
        { kind: "same_phone", phone: "+16175550143" },
        { kind: "same_name_and_address", name: "Ana Ruiz", street: "12 Elm St" },
      ]),
    ).toBe("same email, same phone, and same name and address");
  });
});

describe("fields in words", () => {
  it("writes each group the way an organizer reads it", () => {
    const lupe = person({
      first_name: "Guadalupe",
      last_name: "Ortiz",
      preferred_name: "Lupe",
      union_name: "SEIU",
      union_local: "Local 73",
      membership: {
        actionkit_id: "12345",
        status: "good_standing",
        member_type: "monthly",
        dues_status: null,
        join_date: "2020-03-03",
        expires_on: null,
      },
    });
    expect(fieldInWords("name", lupe)).toBe("Guadalupe Ortiz (goes by Lupe)");
    expect(fieldInWords("address", lupe)).toBe("1432 W Cermak Rd, 2F, Chicago, IL 60608");
    expect(fieldInWords("union", lupe)).toBe("SEIU, Local 73");
    expect(fieldInWords("responsibilities", lupe)).toBe(
      "2 children; needs childcare to come; works nights; takes transit",
    );
    expect(fieldInWords("membership", lupe)).toBe(
      "In good standing · monthly · joined Mar 3, 2020 · ActionKit ID 12345",
    );
    expect(fieldInWords("ladder_level", lupe, (key) => (key === "contact" ? "Contact" : key))).toBe(
      "Contact",
    );
  });

  it("answers null where a record holds nothing", () => {
    const blank = person({
      pronouns: "  ",
      workplace: null,
      address: { street: null, unit: null, city: null, state: null, zip: null },
      responsibilities: {
        children: 0,
        needs_childcare: false,
        cares_for_adult: false,
        caregiving_note: null,
        work_schedule: "unknown",
        transport: "unknown",
      },
    });
    const empty = ["pronouns", "workplace", "address", "responsibilities", "membership"] as const;
    for (const field of empty) expect(fieldInWords(field, blank)).toBeNull();
  });
});

describe("default choices", () => {
  it("keeps the kept record's value, unless it holds nothing and the other does", () => {
    const c = comparison();
    expect(defaultSide("name", "a", c)).toBe("a");
    expect(defaultSide("pronouns", "a", c)).toBe("b");
    expect(defaultSide("workplace", "a", c)).toBe("b");
    expect(defaultSide("name", "b", c)).toBe("b");
    expect(defaultSide("pronouns", "b", c)).toBe("b");
  });

  it("lists the groups that are the same on both", () => {
    expect(sameFields(comparison({ differing: ["name", "address"] }))).toEqual([
      "pronouns",
      "preferred_language",
      "union",
      "workplace",
      "access_needs",
      "responsibilities",
      "membership",
      "ladder_level",
    ]);
  });
});

describe("the merge request", () => {
  it("takes from the merged record the groups chosen on its side", () => {
    const c = comparison();
    const choice = { name: "b", pronouns: "b", workplace: "a" } as const;
    expect(mergeRequest(c, "a", (f) => choice[f as keyof typeof choice], "  Dee ")).toEqual({
      keep: "a",
      merge: "b",
      take_from_merged: ["name", "pronouns"],
      merged_by: "Dee",
    });
    expect(mergeRequest(c, "b", (f) => choice[f as keyof typeof choice], "Dee")).toEqual({
      keep: "b",
      merge: "a",
      take_from_merged: ["workplace"],
      merged_by: "Dee",
    });
  });
});

describe("what a merge joins and moves", () => {
  it("joins lists the way the backend does, the kept record's entries first", () => {
    const c = comparison();
    const joined = joinedLists(c.a, c.b);
    expect(joined.phones.map((p) => p.number)).toEqual(["617-555-0143", "617 555 0199"]);
    expect(joined.emails).toEqual(["ana@example.org", "ana.ruiz@example.net"]);
    expect(joined.optOuts).toEqual(["Do not text"]);
  });

  it("joins other tools' fields by name, the kept record's value winning", () => {
    const kept = person({
      custom_fields: [{ name: "Shift", value: "nights", source: "Spoke contact list" }],
    });
    const other = person({
      custom_fields: [
        { name: "shift", value: "days", source: "Spoke contact list" },
        { name: "Building", value: "B", source: "Spoke contact list" },
      ],
    });
    expect(joinedLists(kept, other).customFields.map((f) => `${f.name}=${f.value}`)).toEqual([
      "Shift=nights",
      "Building=B",
    ]);
  });

  it("says what history moves, with the right plurals", () => {
    expect(historySentence({ one_on_ones: 2, meetings: 3, ladder_changes: 1 })).toBe(
      "2 one-on-ones, 3 meetings, and 1 ladder change move to the kept record.",
    );
    expect(historySentence({ one_on_ones: 1, meetings: 0, ladder_changes: 0 })).toBe(
      "1 one-on-one moves to the kept record.",
    );
    expect(historySentence({ one_on_ones: 0, meetings: 1, ladder_changes: 2 })).toBe(
      "1 meeting and 2 ladder changes move to the kept record.",
    );
    expect(historySentence({ one_on_ones: 0, meetings: 0, ladder_changes: 0 })).toBe(
      "The other record has no one-on-ones, meetings or ladder changes to move.",
    );
  });

  it("names where a record came from", () => {
    expect(sourceText("spoke")).toBe("Spoke contact list");
    expect(sourceText("national list")).toBe("National membership list");
    expect(sourceText("mobilize")).toBe("mobilize");
  });
});

describe("duplicatesSummary", () => {
  it("counts the pairs, and says why only some are shown when the list is cut", () => {
    expect(duplicatesSummary(1, 1)).toBe("1 pair to look at");
    expect(duplicatesSummary(3, 3)).toBe("3 pairs to look at");
    expect(duplicatesSummary(84_400, 500)).toBe(
      "84,400 pairs to look at. The 500 with the strongest evidence are shown; the rest come up " +
        "as these are merged or set aside.",
    );
  });
});

describe("otherRecords", () => {
  it("pairs each pair with the record that is not the person", () => {
    const first = duplicatePair("p-1", "p-2");
    const second = duplicatePair("p-0", "p-1");
    expect(otherRecords(personId("p-1"), [first, second])).toEqual([
      { pair: first, other: first.b },
      { pair: second, other: second.a },
    ]);
  });
});

describe("MergeDraft", () => {
  it("follows the kept record until a group is chosen by hand", () => {
    const draft = new MergeDraft(comparison(), "Dee");
    expect(draft.choice("name")).toBe("a");
    expect(draft.choice("pronouns")).toBe("b");
    draft.choose("workplace", "a");
    draft.keepRecord("b");
    expect(draft.kept.id).toBe("b");
    expect(draft.choice("name")).toBe("b");
    expect(draft.choice("workplace")).toBe("a");
    expect(draft.submit()).toEqual({
      keep: "b",
      merge: "a",
      take_from_merged: ["workplace"],
      merged_by: "Dee",
    });
  });

  it("joins the lists of both records, the kept record's first", () => {
    const draft = new MergeDraft(comparison(), "Dee");
    expect(draft.joined).toEqual(joinedLists(draft.comparison.a, draft.comparison.b));
    draft.keepRecord("b");
    expect(draft.joined).toEqual(joinedLists(draft.comparison.b, draft.comparison.a));
  });

  it("needs the name of whoever merges", () => {
    const draft = new MergeDraft(comparison(), "  ");
    expect(draft.errorFor("merged_by")).toBeNull();
    expect(draft.submit()).toBeNull();
    expect(draft.errorFor("merged_by")).toMatch(/your name/);
  });

  it("says whose history moves: the record merged away's", () => {
    const draft = new MergeDraft(comparison(), "Dee");
    expect(draft.historyOn("a")).toEqual({ one_on_ones: 1, meetings: 0, ladder_changes: 0 });
    expect(draft.moving).toEqual({ one_on_ones: 2, meetings: 3, ladder_changes: 1 });
    draft.keepRecord("b");
    expect(draft.moving).toEqual({ one_on_ones: 1, meetings: 0, ladder_changes: 0 });
  });

  it("shows a refused merge as its sentence, any other error as it came", () => {
    const draft = new MergeDraft(comparison(), "Dee");
    expect(draft.refusal).toBeNull();
    draft.serverError = new AppError(
      "invalid_input",
      "merge: choose two different records",
      null,
      null,
      "choose two different records",
    );
    expect(draft.refusal).toEqual({ message: "Choose two different records." });
    const busy = new AppError("database", "The database is busy.", "locked");
    draft.serverError = busy;
    expect(draft.refusal).toBe(busy);
  });
});

function fakePeople(ports: Partial<DuplicatePorts> = {}) {
  const search = async (): Promise<PeoplePage> => ({ people: [summary("a")], total: 1 });
  const duplicates = fakeDuplicates(ports);
  const open = new OpenPerson({
    getPerson: async (id) => detail({ id }),
    logOneOnOne: async (input) => detail({ id: input.person_id }),
    setLadderLevel: async (id, level) => detail({ id, ladder_level: level }),
  });
  const people = new People({
    list: new PeopleList(search),
    person: open,
    followUps: new FollowUps({ followUps: async () => [], completeFollowUp: async () => {} }),
    ladder: new LadderLevels({ ladderLevels: async () => [], renameLadderLevel: async () => [] }),
    listImport: new ListImport({
      chooseListFile: async () => null,
      importPeople: async () => {
        throw new Error("no import in this test");
      },
      cancelJob: async () => {},
      newJobId: () => "job-1",
    }),
    peopleExport: new PeopleExport({ exportPeople: async () => null }),
    duplicates,
    save: { createPerson: async () => detail(), updatePerson: async (id) => detail({ id }) },
  });
  return { people, duplicates };
}

describe("Duplicates", () => {
  it("loads the pairs, and takes a pair marked as two people off the list", async () => {
    const pairs: DuplicatePair[] = [duplicatePair("a", "b"), duplicatePair("c", "d")];
    const markNotDuplicates = vi.fn(async () => {});
    const { people, duplicates } = fakePeople({
      findDuplicates: async () => ({ pairs, total: pairs.length }),
      markNotDuplicates,
      organizer: () => "Dee",
    });
    people.openDuplicates();
    expect(people.mode).toBe("duplicates");
    expect(duplicates.decidedBy).toBe("Dee");
    await duplicates.load();
    expect(duplicates.pairs).toHaveLength(2);
    pairs.shift();
    expect(await people.markNotDuplicates(duplicatePair("a", "b"))).toBe(true);
    expect(markNotDuplicates).toHaveBeenCalledWith("a", "b", "Dee");
    expect(duplicates.pairs.map((p) => p.a.id)).toEqual(["c"]);
    expect(duplicates.lastDecided).toMatch(/two different people/);
  });

  it("counts every pair, not only those shown, and counts one down as it is set aside", async () => {
    // A large list: 700 pairs, of which the two strongest are shown. The list is fetched again
    // after each decision; that second fetch never answers here, so what shows is the count
    // kept on screen meanwhile.
    let fetches = 0;
    const { duplicates } = fakePeople({
      findDuplicates: () => {
        fetches += 1;
        return fetches === 1
          ? Promise.resolve({ pairs: [duplicatePair("a", "b"), duplicatePair("c", "d")], total: 700 })
          : new Promise(() => {});
      },
      organizer: () => "Dee",
    });
    duplicates.offerName();
    await duplicates.load();
    expect(duplicates.total).toBe(700);
    expect(await duplicates.markNotDuplicates(duplicatePair("a", "b"))).toBe(true);
    expect(duplicates.pairs.map((p) => p.a.id)).toEqual(["c"]);
    expect(duplicates.total).toBe(699);
  });

  it("asks for a name before marking a pair as two people", async () => {
    const markNotDuplicates = vi.fn(async () => {});
    const { duplicates } = fakePeople({ markNotDuplicates });
    expect(await duplicates.markNotDuplicates(duplicatePair("a", "b"))).toBe(false);
    expect(duplicates.decidedByError).toMatch(/your name/);
    expect(markNotDuplicates).not.toHaveBeenCalled();
  });

  it("opens the comparison with the remembered name, and closes back to where it came from", async () => {
    const { people, duplicates } = fakePeople({ organizer: () => "Marcus" });
    await people.person.show(personId("a"));
    people.compareDuplicate(duplicatePair("a", "b"), "record");
    expect(people.mode).toBe("duplicates");
    await vi.waitFor(() => expect(duplicates.review?.draft).not.toBeNull());
    expect(duplicates.review?.draft?.values.mergedBy).toBe("Marcus");
    people.closeMerge();
    expect(duplicates.review).toBeNull();
    expect(people.mode).toBe("people");
    expect(duplicates.returnFocus).toEqual({ from: "record", key: "a/b" });
  });

  it("asks before a merge overtakes unsaved typing on one of the records", async () => {
    const { people, duplicates } = fakePeople();
    await people.person.show(personId("b"));
    people.editPerson();
    people.editing!.values.notes = "half typed";
    people.compareDuplicate(duplicatePair("a", "b"), "list");
    expect(people.pendingDiscard).not.toBeNull();
    expect(duplicates.review).toBeNull();
    people.confirmDiscard();
    expect(people.editing).toBeNull();
    expect(duplicates.review).not.toBeNull();
  });

  it("merges only once confirmed, then opens the kept person and fetches the lists again", async () => {
    const mergePeople = vi.fn(async () => detail({ id: personId("a"), first_name: "Ana María" }));
    let finds = 0;
    const { people, duplicates } = fakePeople({
      mergePeople,
      findDuplicates: async () => {
        finds += 1;
        return { pairs: [], total: 0 };
      },
    });
    people.compareDuplicate(duplicatePair("a", "b"), "list");
    await vi.waitFor(() => expect(duplicates.review?.draft).not.toBeNull());
    const draft = duplicates.review!.draft!;
    draft.choose("name", "b");
    draft.values.mergedBy = "Dee";
    expect(duplicates.requestMerge()).toBe(true);
    expect(duplicates.review?.confirming).toBe(true);
    expect(mergePeople).not.toHaveBeenCalled();
    expect(await people.confirmMerge()).toBe(true);
    expect(mergePeople).toHaveBeenCalledWith({
      keep: "a",
      merge: "b",
      take_from_merged: ["name", "pronouns", "workplace"],
      merged_by: "Dee",
    });
    expect(duplicates.review).toBeNull();
    expect(people.mode).toBe("people");
    expect(people.person.detail?.person.first_name).toBe("Ana María");
    expect(people.person.focusRequested).toBe(true);
    expect(people.list.selectedId).toBe("a");
    expect(finds).toBeGreaterThan(0);
  });

  it("does not ask to confirm without a name, and shows a refused merge under the field", async () => {
    const { people, duplicates } = fakePeople({
      mergePeople: async () => {
        throw {
          kind: "invalid_input",
          message: "merged by: say who is merging these records",
          details: null,
          field: "merged_by",
          reason: "say who is merging these records",
        };
      },
    });
    people.compareDuplicate(duplicatePair("a", "b"), "list");
    await vi.waitFor(() => expect(duplicates.review?.draft).not.toBeNull());
    const draft = duplicates.review!.draft!;
    expect(duplicates.requestMerge()).toBe(false);
    expect(duplicates.review?.confirming).toBe(false);
    draft.values.mergedBy = "Dee";
    expect(duplicates.requestMerge()).toBe(true);
    expect(await people.confirmMerge()).toBe(false);
    expect(draft.errorFor("merged_by")).toBe("Say who is merging these records.");
    expect(draft.formError).toBeNull();
    expect(people.mode).toBe("duplicates");
  });

  it("shows why the records could not be compared", async () => {
    const { people, duplicates } = fakePeople({
      comparePeople: async () => {
        throw { kind: "not_found", message: "person was not found", details: null };
      },
    });
    people.compareDuplicate(duplicatePair("a", "b"), "list");
    await vi.waitFor(() => expect(duplicates.review?.error).not.toBeNull());
    expect(duplicates.review?.draft).toBeNull();
  });
});
