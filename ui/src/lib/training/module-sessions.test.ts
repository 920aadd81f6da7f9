import { describe, expect, it, vi } from "vitest";
import type { Feedback, MeetingId, MeetingInput, ModuleId } from "../api/types";
import { meeting } from "../meetings/test-meetings";
import { meetingId, moduleId } from "../test-ids";
import { ModuleSessions } from "./module-sessions.svelte";
import { DEFAULT_SESSION_TIME, sessionInput } from "./session-drafts.svelte";
import { session } from "./test-training";

function fakeSessions() {
  let held = [session("m-1", { module_id: moduleId("one-on-ones") })];
  const ports = {
    listSessions: vi.fn(async (id: ModuleId | null) => held.filter((s) => s.module_id === id)),
    createSession: vi.fn(async (id: ModuleId, input: MeetingInput, trainers: string | null) => {
      const made = session("m-2", { module_id: id, trainers, meeting: meeting({ ...input, id: meetingId("m-2") }) });
      held = [made, ...held];
      return made;
    }),
    saveSessionFeedback: vi.fn(async (id: MeetingId, feedback: Feedback) => {
      const saved = { ...session(id), ...feedback };
      held = held.map((s) => (s.id === id ? saved : s));
      return saved;
    }),
  };
  return { sessions: new ModuleSessions(() => "es", ports), ports };
}

describe("planning a session", () => {
  it("starts at six in the evening and needs a day", async () => {
    const { sessions, ports } = fakeSessions();
    await sessions.load(moduleId("one-on-ones"));
    sessions.startPlanning("One-on-one conversations");
    const draft = sessions.planning;
    if (!draft) throw new Error("no form");
    expect(draft.values.time).toBe(DEFAULT_SESSION_TIME);
    expect(await sessions.savePlanning()).toBeNull();
    expect(draft.errorFor("starts_at")).toBe("Pick the day of the session.");
    expect(ports.createSession).not.toHaveBeenCalled();
  });

  it("makes the meeting with the module's title and what makes it possible to come", async () => {
    const { sessions, ports } = fakeSessions();
    await sessions.load(moduleId("one-on-ones"));
    sessions.startPlanning("One-on-one conversations");
    const draft = sessions.planning;
    if (!draft) throw new Error("no form");
    Object.assign(draft.values, {
      day: "2026-04-14",
      time: "18:30",
      place: "  St. Pius basement ",
      trainers: "Rosa",
      childcare: true,
      food: true,
    });
    expect(draft.addLanguage("Spanish")).toBe(true);
    expect(draft.addLanguage("spanish")).toBe(false);
    const made = await sessions.savePlanning();
    expect(made?.id).toBe("m-2");
    expect(ports.createSession).toHaveBeenCalledWith(
      "one-on-ones",
      {
        title: "One-on-one conversations",
        starts_at: "2026-04-14T18:30",
        ends_at: null,
        place: "St. Pius basement",
        childcare: true,
        interpretation: ["Spanish"],
        food: true,
        step_free: false,
        notes: null,
      },
      "Rosa",
      "es",
    );
    expect(sessions.planning).toBeNull();
    expect(sessions.plannedId).toBe("m-2");
    expect(sessions.sessions.map((s) => s.id)).toEqual(["m-2", "m-1"]);
  });

  it("keeps the backend's refusal beside the day", async () => {
    const { sessions, ports } = fakeSessions();
    await sessions.load(moduleId("one-on-ones"));
    sessions.startPlanning("One-on-one conversations");
    ports.createSession.mockRejectedValueOnce({
      kind: "invalid_input",
      message: "starts at: not a day",
      details: null,
      field: "starts_at",
      reason: "not a day",
    });
    const draft = sessions.planning;
    if (!draft) throw new Error("no form");
    draft.values.day = "2026-04-14";
    expect(await sessions.savePlanning()).toBeNull();
    expect(draft.errorFor("starts_at")).toBe("Not a day.");
    expect(sessions.planning).toBe(draft);
  });

  it("reads a blank time as the evening default, and blanks as nothing", () => {
    const input = sessionInput(
      { day: "2026-04-14", time: "", place: " ", trainers: "", childcare: false, interpretation: [], food: false, stepFree: true },
      "Canvassing",
    );
    expect(input.meeting.starts_at).toBe("2026-04-14T18:00");
    expect(input.meeting.place).toBeNull();
    expect(input.meeting.step_free).toBe(true);
    expect(input.trainers).toBeNull();
  });
});

describe("a session's feedback", () => {
  it("saves who trained, what worked and what to change, and says it saved", async () => {
    const { sessions, ports } = fakeSessions();
    await sessions.load(moduleId("one-on-ones"));
    sessions.openFeedback(sessions.sessions[0]);
    const draft = sessions.feedback;
    if (!draft) throw new Error("no form");
    draft.values.worked = "The role play in threes";
    draft.values.toChange = "  ";
    expect(await sessions.saveFeedback()).toBe(true);
    expect(ports.saveSessionFeedback).toHaveBeenCalledWith(
      "m-1",
      { trainers: null, worked: "The role play in threes", to_change: null },
      "es",
    );
    expect(sessions.feedback?.justSaved).toBe(true);
    expect(sessions.feedback?.dirty).toBe(false);
    expect(sessions.sessions[0].worked).toBe("The role play in threes");
  });

  it("forgets the forms of one module when another is shown", async () => {
    const { sessions } = fakeSessions();
    await sessions.load(moduleId("one-on-ones"));
    sessions.startPlanning("One-on-one conversations");
    await sessions.load(moduleId("canvassing"));
    expect(sessions.planning).toBeNull();
    expect(sessions.sessions).toEqual([]);
  });
});
