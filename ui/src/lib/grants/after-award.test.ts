import { describe, expect, it, vi } from "vitest";
import type { Report, ReportInput, ReportKind } from "../api/types";
import { applicationId, reportId } from "../test-ids";
import { AfterAward, type AfterAwardPorts } from "./after-award.svelte";
import { application } from "./test-grants";

function report(kind: ReportKind, over: Partial<ReportInput> = {}): Report {
  return {
    id: reportId(`r-${kind}`),
    application_id: applicationId("a-1"),
    kind,
    period_from: "2027-02-01",
    period_to: kind === "midpoint" ? "2027-04-15" : "2027-06-30",
    fields: {
      reached: null,
      one_on_ones: 12,
      new_members: 3,
      new_leaders: 1,
      sign_ins: 40,
      spent_cents: null,
      story: null,
      challenges: null,
      ...over,
    },
    sent_at: null,
  };
}

function ports(): AfterAwardPorts & { saved: ReportInput[] } {
  const saved: ReportInput[] = [];
  return {
    saved,
    recordGrantDecision: vi.fn(async (_id, cents: number | null) =>
      application("a-1", { status: cents === null ? "declined" : "awarded", awarded_cents: cents }),
    ),
    grantReports: vi.fn(async () => []),
    startGrantReport: vi.fn(async (_a, kind: ReportKind) => report(kind)),
    saveGrantReport: vi.fn(async (_id, input: ReportInput) => {
      saved.push(input);
      return report("midpoint", input);
    }),
    exportGrantReport: vi.fn(async () => "/home/rosa/Documents/grant-report-midpoint.json"),
  };
}

describe("after national decides", () => {
  it("writes an award down, refusing an amount that is not dollars first", async () => {
    const p = ports();
    const decided = vi.fn();
    const after = new AfterAward(application("a-1", { status: "submitted" }), decided, p);
    expect(after.awarded).toBe("800");
    after.awarded = "eight hundred";
    expect(await after.recordDecision()).toBe(false);
    expect(after.amountError).not.toBeNull();
    expect(p.recordGrantDecision).not.toHaveBeenCalled();
    after.awarded = "700";
    expect(await after.recordDecision()).toBe(true);
    expect(p.recordGrantDecision).toHaveBeenCalledWith(applicationId("a-1"), 70_000);
    expect(decided).toHaveBeenCalledWith(expect.objectContaining({ status: "awarded", awarded_cents: 70_000 }));
  });

  it("writes a decline down with no amount", async () => {
    const p = ports();
    const after = new AfterAward(application("a-1", { status: "submitted" }), vi.fn(), p);
    after.outcome = "declined";
    after.awarded = "not read";
    expect(await after.recordDecision()).toBe(true);
    expect(p.recordGrantDecision).toHaveBeenCalledWith(applicationId("a-1"), null);
  });

  it("starts a report from the records, saves what the organizer writes, and sends it", async () => {
    const p = ports();
    const after = new AfterAward(application("a-1", { status: "awarded", awarded_cents: 80_000 }), vi.fn(), p);
    await after.load();
    await after.start("midpoint");
    const started = after.report("midpoint");
    expect(started?.fields.one_on_ones).toBe(12);
    const draft = after.drafts[started!.id];
    expect(draft.values.counts.one_on_ones).toBe("12");
    draft.values.counts.reached = "140";
    draft.values.spent = "410.50";
    draft.values.story = "Four of six buildings meet monthly.";
    expect(await after.save(started!.id)).toBe(true);
    expect(p.saved[0]).toMatchObject({ reached: 140, spent_cents: 41_050, story: "Four of six buildings meet monthly." });
    expect(after.drafts[started!.id].justSaved).toBe(true);
    await after.send(started!.id);
    expect(after.sentTo[started!.id]).toMatch(/grant-report-midpoint\.json$/);
  });

  it("keeps a count that is not a whole number on the form", async () => {
    const p = ports();
    const after = new AfterAward(application("a-1", { status: "awarded", awarded_cents: 80_000 }), vi.fn(), p);
    await after.start("final");
    const id = after.report("final")!.id;
    after.drafts[id].values.counts.reached = "lots";
    expect(await after.save(id)).toBe(false);
    expect(after.drafts[id].errorFor("reached")).not.toBeNull();
    expect(p.saveGrantReport).not.toHaveBeenCalled();
  });
});
