import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ImportReport, PeoplePage, PeopleQuery, PersonDetail, PersonId } from "../api/types";
import { oneOnOneId, personId } from "../test-ids";
import { FollowUps } from "./follow-ups.svelte";
import { LadderLevels } from "./ladder-levels.svelte";
import { PeopleExport } from "./people-export.svelte";
import { ListImport, type ListImportPorts } from "./list-import.svelte";
import { OpenPerson, type OpenPersonPorts } from "./open-person.svelte";
import { TYPING_PAUSE_MS } from "../navigation/typing-pause";
import { PeopleList } from "./people-list.svelte";
import { People } from "./people.svelte";
import { detail, fakeDuplicates, followUp, summary } from "./test-people";
import { plain } from "../i18n/locale.svelte";

/** A promise the test settles by hand, to make answers arrive in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const page = (...ids: string[]): PeoplePage => ({ people: ids.map((id) => summary(id)), total: ids.length });

describe("PeopleList", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("never lets an older answer overwrite a newer one", async () => {
    const answers: Array<ReturnType<typeof deferred<PeoplePage>>> = [];
    const list = new PeopleList(() => {
      const answer = deferred<PeoplePage>();
      answers.push(answer);
      return answer.promise;
    });
    list.text = "r";
    const first = list.searchNow();
    list.text = "ro";
    const second = list.searchNow();
    answers[1].resolve(page("rosa"));
    await second;
    answers[0].resolve(page("rafael", "ruth"));
    await first;
    expect(list.people.map((p) => p.id)).toEqual(["rosa"]);
    expect(list.total).toBe(1);
  });

  it("ignores a failure of a search that was overtaken", async () => {
    const answers: Array<ReturnType<typeof deferred<PeoplePage>>> = [];
    const list = new PeopleList(() => {
      const answer = deferred<PeoplePage>();
      answers.push(answer);
      return answer.promise;
    });
    const first = list.searchNow();
    const second = list.searchNow();
    answers[1].resolve(page("a"));
    answers[0].reject({ kind: "database", message: "Busy.", details: null });
    await Promise.all([first, second]);
    expect(list.error).toBeNull();
    expect(list.people).toHaveLength(1);
  });

  it("searches at once after a pause, then once at the end of a burst of typing", async () => {
    const asked: string[] = [];
    const list = new PeopleList(async (query: PeopleQuery) => {
      asked.push(query.text);
      return page();
    });
    for (const text of ["a", "an", "ana"]) {
      list.text = text;
      list.changed();
      vi.advanceTimersByTime(TYPING_PAUSE_MS / 2);
    }
    expect(asked).toEqual(["a"]);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(asked).toEqual(["a", "ana"]);
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 3);
    list.text = "anab";
    list.changed();
    expect(asked).toEqual(["a", "ana", "anab"]);
  });

  it("sends the filters with the text and asks for one page", async () => {
    const search = vi.fn(async () => page());
    const list = new PeopleList(search);
    list.filters.zip = "60608";
    list.filters.needsChildcare = true;
    await list.searchNow();
    expect(search).toHaveBeenCalledWith(
      expect.objectContaining({ zip: "60608", needs_childcare: true, limit: 200 }),
    );
  });

  it("says when more match than the page holds", async () => {
    const list = new PeopleList(async () => ({ people: [summary("a")], total: 50_000 }));
    await list.searchNow();
    expect(list.truncated).toBe(true);
  });

  it("moves the selection within the rows, from either end when nothing is selected", async () => {
    const list = new PeopleList(async () => page("a", "b", "c"));
    await list.searchNow();
    expect(list.neighbour(1)?.id).toBe("a");
    expect(list.neighbour(-1)?.id).toBe("c");
    list.selectedId = personId("b");
    expect(list.neighbour(1)?.id).toBe("c");
    list.selectedId = personId("c");
    expect(list.neighbour(1)?.id).toBe("c");
    list.selectedId = personId("gone");
    expect(list.selectedIndex).toBe(-1);
    expect(list.neighbour(1)?.id).toBe("a");
  });

  it("drops answers in flight when reset", async () => {
    const answer = deferred<PeoplePage>();
    const list = new PeopleList(() => answer.promise);
    list.text = "old chapter";
    const pending = list.searchNow();
    list.reset();
    answer.resolve(page("x"));
    await pending;
    expect(list.people).toEqual([]);
    expect(list.text).toBe("");
  });
});

function fakeOpenPerson(over: Partial<OpenPersonPorts> = {}): OpenPerson {
  return new OpenPerson({
    getPerson: async (id) => detail({ id }),
    logOneOnOne: async (input) => detail({ id: input.person_id }),
    setLadderLevel: async (id, level) => detail({ id, ladder_level: level }),
    ...over,
  });
}

describe("OpenPerson", () => {
  it("shows the person asked for last, whatever order the answers come in", async () => {
    const answers = new Map<PersonId, ReturnType<typeof deferred<PersonDetail>>>();
    const open = fakeOpenPerson({
      getPerson: (id) => {
        const answer = deferred<PersonDetail>();
        answers.set(id, answer);
        return answer.promise;
      },
    });
    const first = open.show(personId("a"));
    const second = open.show(personId("b"));
    answers.get(personId("b"))!.resolve(detail({ id: personId("b") }));
    answers.get(personId("a"))!.resolve(detail({ id: personId("a") }));
    await Promise.all([first, second]);
    expect(open.detail?.person.id).toBe("b");
    expect(open.loading).toBe(false);
  });

  it("logs a one-on-one and closes the form", async () => {
    const logOneOnOne = vi.fn(async () => detail({ id: personId("p-1") }));
    const open = fakeOpenPerson({ logOneOnOne });
    await open.show(personId("p-1"));
    open.startOneOnOne("2026-03-10", "Marcus");
    expect(open.oneOnOne?.values.heldOn).toBe("2026-03-10");
    expect(open.oneOnOne?.dirty).toBe(false);
    open.oneOnOne!.values.story = "Two kids, works nights";
    expect(open.dirty).toBe(true);
    expect(await open.saveOneOnOne()).toBe(true);
    expect(logOneOnOne).toHaveBeenCalledWith(
      expect.objectContaining({ person_id: "p-1", held_by: "Marcus", story: "Two kids, works nights" }),
    );
    expect(open.oneOnOne).toBeNull();
  });

  it("keeps the form and shows why when the backend refuses", async () => {
    const open = fakeOpenPerson({
      logOneOnOne: async () => {
        throw {
          kind: "invalid_input",
          message: "held by: say who held the conversation",
          details: null,
          field: "held_by",
          reason: "say who held the conversation",
        };
      },
    });
    await open.show(personId("p-1"));
    open.startOneOnOne("2026-03-10", "Marcus");
    expect(await open.saveOneOnOne()).toBe(false);
    expect(open.oneOnOne?.errorFor("held_by")).toBe("Say who held the conversation.");
  });

  it("opens the level change one step up, or where a suggestion points", async () => {
    const levels = [
      { key: "contact", name: "Contact", rank: 1, renamed: false },
      { key: "attendee", name: "Attendee", rank: 2, renamed: false },
      { key: "volunteer", name: "Volunteer", rank: 3, renamed: false },
    ];
    const setLadderLevel = vi.fn(async (id: PersonId, level: string) => detail({ id, ladder_level: level }));
    const open = fakeOpenPerson({ setLadderLevel });
    await open.show(personId("p-1"));
    open.startLevelChange(levels, "Dee");
    expect(open.levelChange?.values).toEqual({ level: "attendee", reason: "", changedBy: "Dee" });
    open.startLevelChange(levels, "Dee", { level: "volunteer", reason: "came to 3 meetings" });
    expect(open.levelChange?.values.level).toBe("volunteer");
    expect(await open.saveLevelChange()).toBe(true);
    expect(setLadderLevel).toHaveBeenCalledWith("p-1", "volunteer", "Dee", "came to 3 meetings");
    expect(open.detail?.person.ladder_level).toBe("volunteer");
  });
});

function fakePeople(
  search: (q: PeopleQuery) => Promise<PeoplePage> = async () => page(),
  importPorts: Partial<ListImportPorts> = {},
) {
  const created = detail({ id: personId("new"), first_name: "Tam", last_name: "Nguyen" });
  const save = {
    createPerson: vi.fn(async () => created),
    updatePerson: vi.fn(async (id: PersonId) => detail({ id })),
  };
  const people = new People({
    list: new PeopleList(search),
    person: fakeOpenPerson(),
    followUps: new FollowUps({ followUps: async () => [], completeFollowUp: async () => {} }),
    ladder: new LadderLevels({ ladderLevels: async () => [], renameLadderLevel: async () => [] }),
    listImport: new ListImport({
      chooseListFile: async () => null,
      importPeople: async () => {
        throw new Error("no import in this test");
      },
      cancelJob: async () => {},
      newJobId: () => "job-1",
      ...importPorts,
    }),
    peopleExport: new PeopleExport({ exportPeople: async () => null }),
    duplicates: fakeDuplicates(),
    save,
  });
  return { people, save };
}

describe("People", () => {
  it("selects a new person after saving, searching for them when the list lacks them", async () => {
    const asked: string[] = [];
    const { people, save } = fakePeople(async (query) => {
      asked.push(query.text);
      return query.text === "Tam Nguyen" ? page("new") : page("a", "b");
    });
    people.list.text = "someone else";
    people.addPerson();
    people.editing!.values.firstName = "Tam";
    expect(await people.saveEditing()).toBe(true);
    expect(save.createPerson).toHaveBeenCalled();
    expect(people.editing).toBeNull();
    expect(people.list.selectedId).toBe("new");
    expect(people.list.selectedIndex).toBe(0);
    expect(asked).toEqual(["someone else", "Tam Nguyen"]);
    expect(people.person.detail?.person.id).toBe("new");
  });

  it("does not save a form that needs fixing", async () => {
    const { people, save } = fakePeople();
    people.addPerson();
    expect(await people.saveEditing()).toBe(false);
    expect(save.createPerson).not.toHaveBeenCalled();
    expect(people.editing?.errorFor("first_name")).toBeTruthy();
  });

  it("asks before dropping unsaved typing, and does what was asked once agreed", async () => {
    const { people } = fakePeople(async () => page("a", "b"));
    people.addPerson();
    people.editing!.values.firstName = "Half-typed";
    people.select(personId("b"));
    expect(people.pendingDiscard).not.toBeNull();
    expect(people.list.selectedId).toBeNull();
    people.keepEditing();
    expect(people.editing?.values.firstName).toBe("Half-typed");
    people.select(personId("b"));
    people.confirmDiscard();
    expect(people.editing).toBeNull();
    expect(people.list.selectedId).toBe("b");
  });

  it("closes a clean form without asking", () => {
    const { people } = fakePeople();
    people.addPerson();
    people.cancelEditing();
    expect(people.pendingDiscard).toBeNull();
    expect(people.editing).toBeNull();
  });

  it("keeps its place between visits and starts afresh for another chapter", async () => {
    const { people } = fakePeople(async () => page("a", "b"));
    people.enter(0);
    people.list.text = "ana";
    people.select(personId("b"));
    people.enter(0);
    expect(people.list.text).toBe("ana");
    expect(people.list.selectedId).toBe("b");
    people.enter(1);
    expect(people.list.text).toBe("");
    expect(people.list.selectedId).toBeNull();
  });
});

describe("People: importing a list", () => {
  const report: ImportReport = {
    format: "spoke",
    read_as: plain("CSV"),
    rows: 3,
    created: 1,
    updated: 1,
    unchanged: 1,
    folded: 0,
    skipped: [],
    lapsed: [],
    renewed: [],
    unknown_columns: [],
  };

  it("searches again and reloads the open person once the list is in", async () => {
    let searches = 0;
    const { people } = fakePeople(
      async () => {
        searches += 1;
        return page("a", "b");
      },
      { chooseListFile: async () => "/lists/june.csv", importPeople: async () => report },
    );
    await people.person.show(personId("b"));
    const show = vi.spyOn(people.person, "show");
    await people.importList();
    expect(searches).toBe(1);
    expect(show).toHaveBeenCalledWith("b");
    expect(people.listImport.state).toEqual({ phase: "done", kind: "import", result: report });
  });

  it("leaves the list alone when the dialog is closed or the import fails", async () => {
    let searches = 0;
    const search = async () => {
      searches += 1;
      return page("a");
    };
    const closed = fakePeople(search);
    await closed.people.importList();
    expect(closed.people.listImport.state.phase).toBe("idle");

    const broken = fakePeople(search, {
      chooseListFile: async () => "/lists/june.csv",
      importPeople: async () => {
        throw { kind: "invalid_input", message: "line 18: expected 36 fields, found 37", details: null };
      },
    });
    await broken.people.importList();
    expect(broken.people.listImport.state.phase).toBe("failed");
    expect(searches).toBe(0);
  });

  it("drops an old report when another chapter opens", async () => {
    const { people } = fakePeople(async () => page(), {
      chooseListFile: async () => "/lists/june.csv",
      importPeople: async () => report,
    });
    people.enter(0);
    await people.importList();
    people.enter(0);
    expect(people.listImport.state.phase).toBe("done");
    people.enter(1);
    expect(people.listImport.state.phase).toBe("idle");
  });
});

describe("FollowUps", () => {
  it("takes a done follow-up off the list", async () => {
    const completeFollowUp = vi.fn(async () => {});
    const followUps = new FollowUps({
      followUps: async () => [followUp({ one_on_one_id: oneOnOneId("o-1") }), followUp({ one_on_one_id: oneOnOneId("o-2") })],
      completeFollowUp,
    });
    await followUps.load();
    expect(await followUps.complete(oneOnOneId("o-1"))).toBe(true);
    expect(completeFollowUp).toHaveBeenCalledWith("o-1");
    expect(followUps.all.map((f) => f.one_on_one_id)).toEqual(["o-2"]);
  });

  it("counts as due only what has reached its day, and lists the rest as coming up", async () => {
    const followUps = new FollowUps({
      followUps: async () => [
        followUp({ one_on_one_id: oneOnOneId("late"), follow_up_on: "2026-03-01", overdue: true }),
        followUp({ one_on_one_id: oneOnOneId("today"), follow_up_on: "2026-03-10" }),
        followUp({ one_on_one_id: oneOnOneId("later"), follow_up_on: "2026-03-14", due: false, held_by: "Dee" }),
      ],
      completeFollowUp: async () => {},
    });
    await followUps.load();
    expect(followUps.dueCount).toBe(2);
    expect(followUps.due.map((f) => f.one_on_one_id)).toEqual(["late", "today"]);
    expect(followUps.upcoming.map((f) => f.one_on_one_id)).toEqual(["later"]);
    followUps.heldBy = "Dee";
    expect(followUps.due).toEqual([]);
    expect(followUps.dueCount).toBe(2);
  });
});
