import { describe, expect, it, vi } from "vitest";
import { meetingId, personId } from "../test-ids";
import { accessFacts, attendanceCounts, attendedText, countsText, signedInOrder } from "./attendance";
import { meetingListKeydown } from "./list-keys";
import { matchKeyAction, type MatchKey } from "./match-keys";
import {
  durationMinutes,
  endsAtFor,
  meetingInput,
  meetingValues,
  validateMeeting,
  type MeetingValues,
} from "./meeting-form";
import {
  formatMeetingDay,
  formatMeetingWhen,
  isLocalDateTime,
  isUpcoming,
  localDateTime,
  normalizeLocalDateTime,
} from "./meeting-time";
import {
  languageOptions,
  newAttendeeInput,
  newAttendeeValues,
  splitTypedName,
  validateNewAttendee,
} from "./new-attendee";
import { attendance, meeting } from "./test-meetings";
import { UndoStack } from "./undo-stack";

describe("meeting times", () => {
  it("knows a real day and time from a look-alike", () => {
    expect(isLocalDateTime("2026-03-03T18:30")).toBe(true);
    expect(isLocalDateTime("2026-03-03T18:30:00")).toBe(true);
    expect(isLocalDateTime("2026-02-30T18:30")).toBe(false);
    expect(isLocalDateTime("2026-03-03T24:00")).toBe(false);
    expect(isLocalDateTime("2026-03-03")).toBe(false);
    expect(isLocalDateTime("")).toBe(false);
  });

  it("drops the seconds some inputs add", () => {
    expect(normalizeLocalDateTime("2026-03-03T18:30:00")).toBe("2026-03-03T18:30");
    expect(normalizeLocalDateTime(" 2026-03-03T18:30 ")).toBe("2026-03-03T18:30");
  });

  it("shows when a meeting is, for people, without moving it to another zone", () => {
    expect(formatMeetingWhen("2026-03-03T18:30")).toBe("Tue, Mar 3, 2026, 6:30 PM");
    expect(formatMeetingWhen("2026-03-03T18:30", "2026-03-03T20:00")).toBe(
      "Tue, Mar 3, 2026, 6:30 PM – 8:00 PM",
    );
    expect(formatMeetingWhen("2026-03-03T21:00", "2026-03-04T00:30")).toBe(
      "Tue, Mar 3, 2026, 9:00 PM – Wed, Mar 4, 2026, 12:30 AM",
    );
    expect(formatMeetingDay("2026-03-03T18:30")).toBe("Tue, Mar 3, 2026");
  });

  it("shows text that is not a time as it came", () => {
    expect(formatMeetingWhen("soon")).toBe("soon");
    expect(formatMeetingWhen("2026-03-03T18:30", "later")).toBe("Tue, Mar 3, 2026, 6:30 PM");
  });

  it("tells upcoming meetings from past ones", () => {
    expect(isUpcoming("2026-03-03T18:30", "2026-03-03T18:29")).toBe(true);
    expect(isUpcoming("2026-03-03T18:30", "2026-03-03T18:30")).toBe(false);
    expect(isUpcoming("nonsense", "2026-03-03T18:30")).toBe(false);
  });

  it("writes the laptop's clock as a local date and time", () => {
    expect(localDateTime(new Date(2026, 2, 3, 7, 5))).toBe("2026-03-03T07:05");
  });
});

const values = (over: Partial<MeetingValues> = {}): MeetingValues => ({
  ...meetingValues(null),
  title: "Tenant meeting",
  startsAt: "2026-03-03T18:30",
  ...over,
});

describe("meeting form", () => {
  it("needs a title and a start", () => {
    expect(validateMeeting(values())).toEqual({});
    const errors = validateMeeting(values({ title: "  ", startsAt: "" }));
    expect(Object.keys(errors).sort()).toEqual(["starts_at", "title"]);
    expect(validateMeeting(values({ startsAt: "2026-02-30T18:30" })).starts_at).toBeDefined();
  });

  it("ends the same day, or the next when the end is not after the start", () => {
    expect(endsAtFor("2026-03-03T18:30", "20:00")).toBe("2026-03-03T20:00");
    expect(endsAtFor("2026-03-03T21:00", "00:30")).toBe("2026-03-04T00:30");
    expect(endsAtFor("2026-12-31T22:00", "01:00")).toBe("2027-01-01T01:00");
    expect(endsAtFor("2026-03-03T18:30", "")).toBeNull();
    expect(endsAtFor("", "20:00")).toBeNull();
    expect(durationMinutes("2026-03-03T18:30", "20:00")).toBe(90);
    expect(durationMinutes("2026-03-03T21:00", "00:30")).toBe(210);
  });

  it("catches an end that makes the meeting implausibly long (AM for PM)", () => {
    expect(validateMeeting(values({ endsAt: "20:00" })).ends_at).toBeUndefined();
    expect(validateMeeting(values({ endsAt: "08:00" })).ends_at).toMatch(/AM and PM/);
    expect(validateMeeting(values({ endsAt: "8pm" })).ends_at).toBeUndefined();
    expect(validateMeeting(values({ endsAt: "late" })).ends_at).toBeDefined();
  });

  it("sends trimmed text, blanks as null, and the end as a date and time", () => {
    const input = meetingInput(
      values({ title: " Tenant meeting ", endsAt: "20:00:00", place: "  ", notes: " Bring flyers " }),
    );
    expect(input).toEqual({
      title: "Tenant meeting",
      starts_at: "2026-03-03T18:30",
      ends_at: "2026-03-03T20:00",
      place: null,
      childcare: false,
      interpretation: [],
      food: false,
      step_free: false,
      notes: "Bring flyers",
    });
  });

  it("opens an existing meeting as it was saved", () => {
    const opened = meetingValues(meeting());
    // Shown the way the screens' language writes it, and read back to the same moment.
    expect(opened.startsAt).toBe("Mar 3, 2026, 6:30 PM");
    expect(opened.endsAt).toBe("8:00 PM");
    expect(meetingInput(opened).starts_at).toBe("2026-03-03T18:30");
    expect(meetingInput(opened)).toMatchObject({
      ends_at: "2026-03-03T20:00",
      interpretation: ["Spanish"],
      childcare: true,
      food: true,
    });
  });
});

describe("attendance", () => {
  const attendees = [
    attendance("a", { first_time: true, needs_childcare: true }),
    attendance("b", { first_time: true }),
    attendance("c", { needs_childcare: true }),
    attendance("d"),
  ];

  it("counts who came, who was new and who needs childcare", () => {
    expect(attendanceCounts(attendees)).toEqual({ came: 4, firstTime: 2, needChildcare: 2 });
  });

  it("says the counts in words, leaving out what is zero", () => {
    expect(countsText({ came: 12, firstTime: 3, needChildcare: 4 })).toBe(
      "12 came, 3 for the first time, 4 need childcare next time",
    );
    expect(countsText({ came: 1, firstTime: 0, needChildcare: 1 })).toBe(
      "1 came, 1 needs childcare next time",
    );
    expect(countsText({ came: 1200, firstTime: 0, needChildcare: 0 })).toBe("1,200 came");
    expect(countsText({ came: 0, firstTime: 0, needChildcare: 0 })).toBe("No one signed in yet");
    expect(attendedText(0)).toBe("No sign-ins yet");
    expect(attendedText(7)).toBe("7 came");
  });

  it("says each access fact in words, arranged or not", () => {
    expect(accessFacts(meeting()).map((f) => [f.key, f.provided, f.label])).toEqual([
      ["childcare", true, "Childcare provided"],
      ["interpretation", true, "Interpretation: Spanish"],
      ["food", true, "Food provided"],
      ["step_free", false, "Step-free access not noted"],
    ]);
    const bare = accessFacts(
      meeting({ childcare: false, interpretation: [" "], food: false, step_free: true }),
    );
    expect(bare.map((f) => f.label)).toEqual([
      "No childcare arranged",
      "No interpretation arranged",
      "No food arranged",
      "Step-free access",
    ]);
  });

  it("puts the people marked in this sitting on top, the latest first", () => {
    const order = signedInOrder(attendees, [personId("c"), personId("a"), personId("gone")]);
    expect(order.map((a) => a.person_id)).toEqual(["c", "a", "b", "d"]);
    expect(signedInOrder(attendees, []).map((a) => a.person_id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("splitTypedName", () => {
  it("makes the last word the last name", () => {
    expect(splitTypedName("Ana Ruiz")).toEqual({ firstName: "Ana", lastName: "Ruiz" });
    expect(splitTypedName("  Ana   María  Ruiz ")).toEqual({ firstName: "Ana María", lastName: "Ruiz" });
  });

  it("takes one word as a first name", () => {
    expect(splitTypedName("Tam")).toEqual({ firstName: "Tam", lastName: "" });
    expect(splitTypedName("   ")).toEqual({ firstName: "", lastName: "" });
  });

  it("reads “Last, First” as written on some sheets", () => {
    expect(splitTypedName("Ruiz, Ana María")).toEqual({ firstName: "Ana María", lastName: "Ruiz" });
    expect(splitTypedName("Ruiz,")).toEqual({ firstName: "Ruiz", lastName: "" });
    expect(splitTypedName(", Ana")).toEqual({ firstName: "Ana", lastName: "" });
  });
});

describe("new attendee", () => {
  it("fills the row from what was typed: a name, a phone or an email", () => {
    expect(newAttendeeValues("Ana Ruiz")).toMatchObject({ firstName: "Ana", lastName: "Ruiz", phone: "" });
    expect(newAttendeeValues("(312) 555-0142")).toMatchObject({ firstName: "", phone: "(312) 555-0142" });
    expect(newAttendeeValues("ana@example.org")).toMatchObject({ firstName: "", email: "ana@example.org" });
    expect(newAttendeeValues("")).toMatchObject({ firstName: "", lastName: "", wantsChildcare: false });
  });

  it("needs a first or a last name, and checks phone, email and ZIP", () => {
    const row = newAttendeeValues("Ana Ruiz");
    expect(validateNewAttendee(row)).toEqual({});
    expect(validateNewAttendee({ ...row, firstName: "", lastName: "Ruiz" })).toEqual({});
    expect(validateNewAttendee({ ...row, firstName: " ", lastName: "" }).first_name).toBeDefined();
    expect(
      Object.keys(validateNewAttendee({ ...row, phone: "call me", email: "ana@", zip: "606#8" })).sort(),
    ).toEqual(["email", "phone", "zip"]);
  });

  it("sends trimmed text and blanks as null", () => {
    expect(
      newAttendeeInput({
        firstName: " Ana  María ",
        lastName: "Ruiz ",
        phone: " ",
        email: "ana@example.org",
        zip: "60608",
        preferredLanguage: "",
        wantsChildcare: true,
      }),
    ).toEqual({
      first_name: "Ana María",
      last_name: "Ruiz",
      phone: null,
      email: "ana@example.org",
      zip: "60608",
      preferred_language: null,
      wants_childcare: true,
    });
  });

  it("offers English, Spanish and the meeting's interpreted languages, once each", () => {
    expect(languageOptions(["spanish", "Vietnamese", " "])).toEqual(["English", "Spanish", "Vietnamese"]);
  });
});

const key = (k: string, mods: Partial<MatchKey> = {}): MatchKey => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe("sign-in name box keys", () => {
  const state = { count: 3, highlighted: 0, text: "ros" };

  it("moves the highlight and stops at the ends", () => {
    expect(matchKeyAction(key("ArrowDown"), state)).toEqual({ kind: "move", index: 1 });
    expect(matchKeyAction(key("ArrowUp"), state)).toEqual({ kind: "move", index: 0 });
    expect(matchKeyAction(key("ArrowDown"), { ...state, highlighted: 2 })).toEqual({
      kind: "move",
      index: 2,
    });
    expect(matchKeyAction(key("ArrowUp"), { ...state, highlighted: -1 })).toEqual({
      kind: "move",
      index: 2,
    });
    expect(matchKeyAction(key("ArrowDown"), { ...state, count: 0 })).toBeNull();
  });

  it("marks with Enter, starts a new person with Shift+Enter, only when something is typed", () => {
    expect(matchKeyAction(key("Enter"), state)).toEqual({ kind: "mark" });
    expect(matchKeyAction(key("Enter", { shiftKey: true }), state)).toEqual({ kind: "new" });
    expect(matchKeyAction(key("Enter"), { ...state, text: "  " })).toBeNull();
  });

  it("undoes with Ctrl+Z (or ⌘Z), whatever is typed", () => {
    expect(matchKeyAction(key("z", { ctrlKey: true }), state)).toEqual({ kind: "undo" });
    expect(matchKeyAction(key("Z", { metaKey: true }), { ...state, text: "" })).toEqual({ kind: "undo" });
    expect(matchKeyAction(key("z", { ctrlKey: true, shiftKey: true }), state)).toBeNull();
  });

  it("empties the box with Escape and leaves other keys to the box", () => {
    expect(matchKeyAction(key("Escape"), state)).toEqual({ kind: "clear" });
    expect(matchKeyAction(key("Escape"), { ...state, text: "" })).toBeNull();
    expect(matchKeyAction(key("a"), state)).toBeNull();
    expect(matchKeyAction(key("Enter", { altKey: true }), state)).toBeNull();
    expect(matchKeyAction(key("Home"), state)).toBeNull();
  });
});

describe("UndoStack", () => {
  it("gives marks back last first", () => {
    const stack = new UndoStack<string>();
    stack.push("a");
    stack.push("b");
    expect(stack.size).toBe(2);
    expect(stack.peek()).toBe("b");
    expect(stack.pop()).toBe("b");
    expect(stack.pop()).toBe("a");
    expect(stack.pop()).toBeUndefined();
  });

  it("forgets the oldest beyond its limit, and can drop items", () => {
    const stack = new UndoStack<number>(3);
    [1, 2, 3, 4].forEach((n) => stack.push(n));
    expect(stack.size).toBe(3);
    stack.remove((n) => n === 3);
    expect([stack.pop(), stack.pop(), stack.pop()]).toEqual([4, 2, undefined]);
    stack.push(5);
    stack.clear();
    expect(stack.size).toBe(0);
  });
});

describe("meeting list keys", () => {
  const meetings = [meeting({ id: meetingId("a") }), meeting({ id: meetingId("b") }), meeting({ id: meetingId("c") })];
  function target(selected: string | null) {
    const index = meetings.findIndex((m) => m.id === selected);
    const select = vi.fn();
    return {
      select,
      list: {
        meetings,
        selected: meetings[index] ?? null,
        neighbour: (delta: number) =>
          meetings[Math.max(0, Math.min(2, index === -1 ? (delta > 0 ? 0 : 2) : index + delta))],
      },
    };
  }
  const event = (k: string) => ({
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    preventDefault: vi.fn(),
  });

  it("moves with the arrows and jumps with Home and End", () => {
    const t = target("a");
    meetingListKeydown(event("ArrowDown"), t);
    meetingListKeydown(event("End"), t);
    meetingListKeydown(event("ArrowUp"), t);
    expect(t.select.mock.calls).toEqual([["b"], ["c"]]);
  });

  it("opens the selected meeting, or the newest, with Enter", () => {
    const t = target(null);
    const e = event("Enter");
    meetingListKeydown(e, t);
    expect(t.select).toHaveBeenCalledWith("a", { focus: true });
    expect(e.preventDefault).toHaveBeenCalled();
  });
});
