import { describe, expect, it, vi } from "vitest";
import type {
  AttendeeMatch,
  MeetingDetail,
  MeetingId,
  NewAttendee,
  PersonId,
  SignInSummary,
} from "../api/types";
import { meetingId, personId } from "../test-ids";
import { MeetingList } from "./meeting-list.svelte";
import { MeetingSheet } from "./meeting-sheet.svelte";
import { Meetings, type SaveMeeting } from "./meetings.svelte";
import { OpenMeeting } from "./open-meeting.svelte";
import { SignInEntry, type SignInPorts } from "./sign-in-entry.svelte";
import { attendance, match, meeting, meetingDetail } from "./test-meetings";

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

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A pretend backend for one meeting: a few known people, attendance kept in memory, and the
 * calls it received.
 */
function fakeBackend(known: AttendeeMatch[] = [match("rosa", { display_name: "Rosa Delgado" })]) {
  const present: PersonId[] = [];
  const names = new Map(known.map((m) => [m.person_id, m.display_name]));
  const calls: string[] = [];
  let created = 0;
  const detail = (): MeetingDetail =>
    meetingDetail(
      [...present].reverse().map((id) =>
        attendance(id, { display_name: names.get(id) ?? id, first_time: id.startsWith("new-") }),
      ),
    );
  const ports: SignInPorts = {
    matchAttendee: vi.fn(async (_meeting: MeetingId, text: string) =>
      known
        .filter((m) => m.display_name.toLowerCase().startsWith(text.toLowerCase()))
        .map((m) => ({ ...m, already_signed_in: present.includes(m.person_id) })),
    ),
    recordAttendance: vi.fn(async (_meeting: MeetingId, person: PersonId) => {
      calls.push(`record ${person}`);
      if (!present.includes(person)) present.push(person);
      return detail();
    }),
    addNewAttendee: vi.fn(async (_meeting: MeetingId, who: NewAttendee) => {
      const id = personId(`new-${++created}`);
      calls.push(`add ${who.first_name} ${who.last_name}`);
      names.set(id, `${who.first_name} ${who.last_name}`.trim());
      present.push(id);
      return detail();
    }),
    removeAttendance: vi.fn(async (_meeting: MeetingId, person: PersonId) => {
      calls.push(`remove ${person}`);
      present.splice(present.indexOf(person), 1);
      return detail();
    }),
    signInSummary: vi.fn(
      async (): Promise<SignInSummary> => ({
        attended: present.length,
        new_people: present.filter((id) => id.startsWith("new-")).length,
        follow_up: [],
      }),
    ),
  };
  return { ports, present, calls };
}

async function typeName(entry: SignInEntry, text: string) {
  entry.text = text;
  entry.typed();
  await settle();
}

describe("SignInEntry", () => {
  it("never lets an older match answer replace a newer one", async () => {
    const answers: Array<ReturnType<typeof deferred<AttendeeMatch[]>>> = [];
    const { ports } = fakeBackend();
    ports.matchAttendee = () => {
      const answer = deferred<AttendeeMatch[]>();
      answers.push(answer);
      return answer.promise;
    };
    const entry = new SignInEntry(meetingDetail(), ports);
    entry.text = "r";
    entry.typed();
    entry.text = "ro";
    entry.typed();
    answers[1].resolve([match("rosa")]);
    await settle();
    answers[0].resolve([match("rafael"), match("ruth")]);
    await settle();
    expect(entry.matches.map((m) => m.person_id)).toEqual(["rosa"]);
    expect(entry.matchedFor).toBe("ro");
    expect(entry.current).toBe(true);
  });

  it("marks the highlighted match, empties the box, and shows them on top", async () => {
    const { ports, present } = fakeBackend([
      match("rosa", { display_name: "Rosa Delgado" }),
      match("rosario", { display_name: "Rosario Ortiz" }),
    ]);
    const entry = new SignInEntry(meetingDetail([attendance("earlier")]), ports);
    await typeName(entry, "ros");
    entry.highlight(1);
    await entry.mark();
    expect(present).toEqual(["rosario"]);
    expect(entry.text).toBe("");
    expect(entry.matches).toEqual([]);
    expect(entry.note?.text).toBe("Signed in: Rosario Ortiz");
    expect(entry.signedIn[0].person_id).toBe("rosario");
    expect(entry.undoCount).toBe(1);
  });

  it("waits for the matches when Enter comes before them, then marks the first", async () => {
    const { ports, present } = fakeBackend();
    const answer = deferred<AttendeeMatch[]>();
    ports.matchAttendee = () => answer.promise;
    const entry = new SignInEntry(meetingDetail(), ports);
    entry.text = "rosa";
    entry.typed();
    const marking = entry.mark();
    answer.resolve([match("rosa", { display_name: "Rosa Delgado" })]);
    await marking;
    expect(present).toEqual(["rosa"]);
  });

  it("only points out someone already signed in", async () => {
    const { ports, present } = fakeBackend();
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "rosa");
    await entry.mark();
    await typeName(entry, "rosa");
    expect(entry.matches[0].already_signed_in).toBe(true);
    await entry.mark();
    expect(present).toEqual(["rosa"]);
    expect(entry.note?.kind).toBe("already");
    expect(entry.text).toBe("");
    expect(entry.undoCount).toBe(1);
  });

  it("opens the new-person row, name split, when nothing matches", async () => {
    const { ports } = fakeBackend();
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "Ana María Ruiz");
    await entry.mark();
    expect(entry.newAttendee?.values).toMatchObject({ firstName: "Ana María", lastName: "Ruiz" });
  });

  it("adds a new person, signs them in, and undoes that too", async () => {
    const { ports, present, calls } = fakeBackend();
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "Ana Ruiz");
    entry.startNew();
    entry.newAttendee!.values.zip = "60608";
    expect(await entry.saveNew()).toBe(true);
    expect(ports.addNewAttendee).toHaveBeenCalledWith(
      "m-1",
      expect.objectContaining({ first_name: "Ana", last_name: "Ruiz", zip: "60608" }),
    );
    expect(entry.newAttendee).toBeNull();
    expect(entry.text).toBe("");
    expect(entry.nameFocusRequested).toBe(true);
    expect(entry.note?.text).toMatch(/Ana Ruiz/);
    await entry.undo();
    expect(calls).toEqual(["add Ana Ruiz", "remove new-1"]);
    expect(present).toEqual([]);
    expect(entry.note?.text).toMatch(/^Undone: Ana Ruiz/);
  });

  it("keeps the row open with the backend's refusal under the field", async () => {
    const { ports } = fakeBackend();
    ports.addNewAttendee = async () => {
      throw {
        kind: "invalid_input",
        message: "ZIP code: '6#' is not a ZIP code",
        details: null,
        field: "zip",
        reason: "'6#' is not a ZIP code",
      };
    };
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "Ana");
    entry.startNew();
    expect(await entry.saveNew()).toBe(false);
    expect(entry.newAttendee?.errorFor("zip")).toMatch(/not a ZIP code/);
  });

  it("does not send a row that still needs fixing", async () => {
    const { ports } = fakeBackend();
    const entry = new SignInEntry(meetingDetail(), ports);
    entry.startNew();
    expect(await entry.saveNew()).toBe(false);
    expect(ports.addNewAttendee).not.toHaveBeenCalled();
    expect(entry.newAttendee?.errorFor("first_name")).toBeTruthy();
  });

  it("Escape on the row puts what was typed back in the name box", async () => {
    const { ports } = fakeBackend();
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "Ana Ruiz");
    entry.startNew();
    entry.cancelNew();
    expect(entry.newAttendee).toBeNull();
    expect(entry.text).toBe("Ana Ruiz");
    expect(entry.nameFocusRequested).toBe(true);
  });

  it("undoes marks one at a time, last first, and says when there is nothing left", async () => {
    const { ports, present } = fakeBackend([
      match("rosa", { display_name: "Rosa Delgado" }),
      match("marcus", { display_name: "Marcus Johnson" }),
    ]);
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "rosa");
    await entry.mark();
    await typeName(entry, "marcus");
    await entry.mark();
    await entry.undo();
    expect(present).toEqual(["rosa"]);
    expect(entry.note?.text).toBe("Undone: Marcus Johnson");
    expect(entry.markedNow).toEqual(["rosa"]);
    await entry.undo();
    await entry.undo();
    expect(present).toEqual([]);
    expect(entry.note?.kind).toBe("nothing");
    expect(entry.undoCount).toBe(0);
  });

  it("runs a quick Enter then Ctrl+Z in the order pressed", async () => {
    const { ports, calls } = fakeBackend();
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "rosa");
    const marking = entry.mark();
    const undoing = entry.undo();
    await Promise.all([marking, undoing]);
    expect(calls).toEqual(["record rosa", "remove rosa"]);
  });

  it("puts the name back when marking fails, so Enter can try again", async () => {
    const { ports } = fakeBackend();
    ports.recordAttendance = async () => {
      throw { kind: "database", message: "The database is busy.", details: null };
    };
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "rosa");
    await entry.mark();
    expect(entry.text).toBe("rosa");
    expect(entry.note?.kind).toBe("failed");
    expect(entry.note?.error?.message).toBe("The database is busy.");
    expect(entry.undoCount).toBe(0);
  });

  it("fetches the summary after the marks still on their way", async () => {
    const { ports } = fakeBackend();
    const entry = new SignInEntry(meetingDetail(), ports);
    await typeName(entry, "rosa");
    const marking = entry.mark();
    await entry.finish();
    await marking;
    expect(entry.finished).toBe(true);
    expect(entry.summary).toEqual({ attended: 1, new_people: 0, follow_up: [] });
    entry.resume();
    expect(entry.finished).toBe(false);
    expect(entry.nameFocusRequested).toBe(true);
  });
});

function fakeMeetings(
  meetings = [meeting({ id: meetingId("new") }), meeting({ id: meetingId("old") })],
) {
  const save: SaveMeeting = {
    createMeeting: vi.fn(async (input) => {
      const created = meeting({ ...input, id: meetingId("created") });
      meetings = [created, ...meetings];
      return { meeting: created, attendees: [] };
    }),
    updateMeeting: vi.fn(async (id, input) => ({ meeting: meeting({ ...input, id }), attendees: [] })),
  };
  const getMeeting = vi.fn(async (id: MeetingId) => meetingDetail([], { id }));
  const area = new Meetings({
    list: new MeetingList(async () => meetings),
    meeting: new OpenMeeting(getMeeting),
    save,
    signIn: fakeBackend().ports,
  });
  return { area, save, getMeeting };
}

describe("Meetings", () => {
  it("shows the newest meeting when the screen first opens", async () => {
    const { area } = fakeMeetings();
    await area.enter(0);
    await settle();
    expect(area.list.selectedId).toBe("new");
    expect(area.meeting.detail?.meeting.id).toBe("new");
  });

  it("keeps its place when the organizer comes back, and starts afresh for another chapter", async () => {
    const { area } = fakeMeetings();
    await area.enter(0);
    area.select(meetingId("old"));
    await area.enter(0);
    expect(area.list.selectedId).toBe("old");
    await area.enter(1);
    expect(area.list.selectedId).toBe("new");
  });

  it("saves a new meeting and shows it", async () => {
    const { area, save } = fakeMeetings();
    await area.enter(0);
    area.addMeeting();
    expect(await area.saveEditing()).toBe(false);
    expect(area.editing?.errorFor("title")).toBeTruthy();
    area.editing!.values.title = "Block party";
    area.editing!.values.startsAt = "2026-06-06T12:00";
    expect(await area.saveEditing()).toBe(true);
    expect(save.createMeeting).toHaveBeenCalledWith(
      expect.objectContaining({ title: "Block party", starts_at: "2026-06-06T12:00" }),
    );
    expect(area.editing).toBeNull();
    expect(area.list.selectedId).toBe("created");
    expect(area.list.meetings[0].id).toBe("created");
    expect(area.meeting.focusRequested).toBe(true);
  });

  it("shows the backend's refusal under the field it names", async () => {
    const { area, save } = fakeMeetings();
    save.createMeeting = async () => {
      throw {
        kind: "invalid_input",
        message: "start: 2026-03-08T02:30 does not exist",
        details: null,
        field: "starts_at",
        reason: "2026-03-08T02:30 does not exist",
      };
    };
    area.addMeeting();
    area.editing!.values.title = "Night meeting";
    area.editing!.values.startsAt = "2026-03-08T02:30";
    await area.saveEditing();
    expect(area.editing?.errorFor("starts_at")).toMatch(/does not exist/);
  });

  it("asks before dropping a half-typed form", async () => {
    const { area } = fakeMeetings();
    await area.enter(0);
    area.addMeeting();
    area.editing!.values.title = "Half typed";
    area.select(meetingId("old"));
    expect(area.pendingDiscard).not.toBeNull();
    area.keepEditing();
    expect(area.editing?.values.title).toBe("Half typed");
    area.select(meetingId("old"));
    area.confirmDiscard();
    expect(area.editing).toBeNull();
    expect(area.list.selectedId).toBe("old");
  });

  it("enters sign-ins for the open meeting and brings the record up to date after", async () => {
    const { area } = fakeMeetings();
    await area.enter(0);
    await settle();
    area.startEntry();
    const entry = area.entry!;
    expect(entry.meetingId).toBe("new");
    expect(entry.nameFocusRequested).toBe(true);
    await typeName(entry, "rosa");
    await entry.mark();
    area.finishEntry();
    await settle();
    expect(entry.summary?.attended).toBe(1);
    area.closeEntry();
    expect(area.entry).toBeNull();
    expect(area.meeting.detail?.attendees.map((a) => a.person_id)).toEqual(["rosa"]);
  });

  it("asks before Done drops a half-typed new person", async () => {
    const { area } = fakeMeetings();
    await area.enter(0);
    await settle();
    area.startEntry();
    const entry = area.entry!;
    entry.startNew();
    entry.newAttendee!.values.firstName = "Ana";
    area.finishEntry();
    expect(entry.finished).toBe(false);
    area.confirmDiscard();
    expect(entry.newAttendee).toBeNull();
    expect(entry.finished).toBe(true);
  });
});

describe("MeetingSheet", () => {
  const settings = {
    name: "Eastside",
    paper_size: "a4" as const,
    print_languages: ["en" as const, "es" as const],
    time_zone: "America/Chicago",
  };

  it("starts from the chapter's paper and languages", () => {
    const sheet = new MeetingSheet(meetingId("m-1"), settings);
    expect(sheet.request()).toEqual({
      meeting_id: "m-1",
      lang: "en+es",
      paper: "a4",
      expected_names: false,
    });
  });

  it("prints, then opens the file; a failure is shown, not thrown", async () => {
    const opened: string[] = [];
    const sheet = new MeetingSheet(meetingId("m-1"), null, {
      printMeetingSignIn: async () => ({ path: "/home/ana/sign-in.pdf", pages: 2 }),
      openInViewer: async (path) => {
        opened.push(path);
      },
    });
    sheet.expectedNames = true;
    await sheet.print();
    expect(sheet.printed?.pages).toBe(2);
    await sheet.openPrinted();
    expect(opened).toEqual(["/home/ana/sign-in.pdf"]);
    const failing = new MeetingSheet(meetingId("m-1"), null, {
      printMeetingSignIn: async () => {
        throw { kind: "print", message: "The print folder is not writable.", details: null };
      },
      openInViewer: async () => {},
    });
    await failing.print();
    expect(failing.error?.message).toBe("The print folder is not writable.");
    expect(failing.printing).toBe(false);
  });
});
