import { describe, expect, it } from "vitest";
import {
  assessmentId,
  ladderChangeId,
  meetingId,
  oneOnOneId,
  personId,
  projectId,
  responseId,
} from "../test-ids";
import { getMeeting, getPerson, recordAttendance, removeResponse } from "./client";

/**
 * Never called, so nothing here reaches Tauri: `npm run check` reads these lines, and fails if a
 * line marked as an error stops being one.
 */
function oneKindOfIdForAnother() {
  // @ts-expect-error a meeting's id is not a person's
  void getPerson(meetingId("m-1"));
  // @ts-expect-error a person's id is not a meeting's
  void getMeeting(personId("p-1"));
  // @ts-expect-error the meeting and the person swapped
  void recordAttendance(personId("p-1"), meetingId("m-1"));
  // @ts-expect-error an assessment's id is not one of its responses'
  void removeResponse(assessmentId("a-1"));
  // @ts-expect-error plain text is no id: only the backend makes them
  void getPerson("p-1");
  void getPerson(personId("p-1"));
  void recordAttendance(meetingId("m-1"), personId("p-1"));
}

describe("record ids", () => {
  it("are told apart by their type alone: at run time they are the backend's text, unchanged", () => {
    expect(oneKindOfIdForAnother).toBeTypeOf("function");
    const made = [
      personId("p-1"),
      oneOnOneId("o-1"),
      ladderChangeId("l-1"),
      meetingId("m-1"),
      assessmentId("a-1"),
      responseId("r-1"),
      projectId("project-1"),
    ];
    expect(made).toEqual(["p-1", "o-1", "l-1", "m-1", "a-1", "r-1", "project-1"]);
    expect(made.every((id) => typeof id === "string")).toBe(true);
  });
});
