import { describe, expect, it, vi } from "vitest";
import type { ApplicationId, MilestoneInput } from "../api/types";
import { refused } from "../laptop/test-laptop";
import { MilestoneEditor, type SaveMilestones } from "./milestone-editor.svelte";
import { application, milestone } from "./test-grants";

/** A backend that keeps the timeline by day, as the real one does. */
function fakeSave() {
  const sent: MilestoneInput[][] = [];
  const port: SaveMilestones = {
    saveGrantMilestones: vi.fn(async (id: ApplicationId, milestones: MilestoneInput[]) => {
      sent.push(milestones);
      const byDay = [...milestones].sort((a, b) => a.due_on.localeCompare(b.due_on));
      return application(id, { milestones: byDay.map((m, i) => milestone(`m-${i}`, m)) });
    }),
  };
  return { port, sent };
}

describe("MilestoneEditor", () => {
  it("sends the timeline whole and shows it in the order of the days", async () => {
    const { port, sent } = fakeSave();
    const start = application("a-1", { milestones: [milestone("m-1", { due_on: "2027-05-31", what: "Report to national" })] });
    const timeline = new MilestoneEditor(start, port);
    expect(timeline.firstPlace).toBe("milestones:0:due_on");
    const key = timeline.addLine();
    expect(timeline.focusTarget).toBe(`milestones:${key}:due_on`);
    timeline.set(key, "dueOn", "2027-02-15");
    timeline.set(key, "what", "First house meeting");
    timeline.addLine();
    await timeline.save();
    expect(sent[0]).toEqual([
      { due_on: "2027-05-31", what: "Report to national" },
      { due_on: "2027-02-15", what: "First house meeting" },
    ]);
    expect(timeline.lines.map((l) => l.what)).toEqual(["First house meeting", "Report to national"]);
    expect(timeline.dirty).toBe(false);
    expect(timeline.saved).toBe(true);
  });

  it("asks for the day of a milestone before sending it", async () => {
    const { port } = fakeSave();
    const timeline = new MilestoneEditor(application(), port);
    const key = timeline.addLine();
    timeline.set(key, "what", "Tenant assembly");
    expect(await timeline.save()).toBeNull();
    expect(timeline.messageFor(key, "due_on")).toBe("Pick the day it will be done by.");
    expect(port.saveGrantMilestones).not.toHaveBeenCalled();
  });

  it("shows a refused milestone on its row", async () => {
    const { port } = fakeSave();
    const timeline = new MilestoneEditor(application(), port);
    const key = timeline.addLine();
    timeline.set(key, "dueOn", "2027-03-01");
    port.saveGrantMilestones = vi.fn(async () => {
      throw refused("milestones.0.what", "say what will be done by that day");
    });
    await timeline.save();
    expect(timeline.messageFor(key, "what")).toBe("Say what will be done by that day.");
    expect(timeline.focusTarget).toBe(`milestones:${key}:what`);
  });
});
