import { describe, expect, it } from "vitest";
import { applicationId, reviewerId } from "../test-ids";
import { Rounds } from "./rounds.svelte";
import { fakeCommittee, received, settle } from "./test-rounds";

const ANA = reviewerId("v-ana");
const TOM = reviewerId("v-tom");

/** The sample's round, with the first application open. */
async function opened(committee = fakeCommittee()) {
  const area = new Rounds(committee.ports, () => "2027-03-15");
  await area.enter(1);
  await settle();
  area.openApplication(applicationId("a-1"));
  await settle();
  return { area, open: area.round.application, ...committee };
}

describe("an application open in its round", () => {
  it("shows the committee's view first: no scores yet, and no score form", async () => {
    const { area, open } = await opened();
    expect(area.round.received?.chapter_name).toBe("Eastside");
    expect(open.reviewer).toBeNull();
    expect(open.sheet?.reviews).toEqual([]);
    expect(open.sheet?.mean).toBeNull();
    expect(open.scoreForm).toBeNull();
    expect(open.decision?.values).toEqual({ kind: "award", amount: "800", reason: "" });
    expect(open.payment).toBeNull();
  });

  it("scores as a reviewer, criterion by criterion, and the mean follows", async () => {
    const { area, open, calls } = await opened();
    open.chooseReviewer(ANA);
    await settle();
    const form = open.scoreForm!;
    expect(form.values.scores).toEqual([null, null]);
    form.values.scores = [4, 2];
    form.values.notes = "Strong plan";
    expect(await open.saveReview()).toBe(true);
    expect(calls).toEqual(["review a-1 Ana Reyes 4,2"]);
    // Weighted 3 and 1: (4×3 + 2×1) / 4.
    expect(open.sheet?.reviews[0].weighted).toBe(3.5);
    expect(open.sheet?.mean).toBe(3.5);
    expect(area.round.means.of(applicationId("a-1"))).toBe(3.5);
    expect(open.scoreForm?.values).toEqual({ scores: [4, 2], notes: "Strong plan" });
    expect(open.scoreForm?.justSaved).toBe(true);
  });

  it("asks for a score on every criterion before saving", async () => {
    const { open, calls } = await opened();
    open.chooseReviewer(ANA);
    await settle();
    open.scoreForm!.values.scores = [5, null];
    expect(await open.saveReview()).toBe(false);
    expect(open.scoreForm?.errorFor("scores.1")).toMatch(/score from 1 to 5/);
    expect(open.scoreForm?.errorFor("scores.0")).toBeNull();
    expect(calls).toEqual([]);
  });

  it("a reviewer who declares a conflict is refused the scores, in the backend's words, with no form", async () => {
    const { open, calls } = await opened();
    open.chooseReviewer(TOM);
    await settle();
    open.startConflict();
    open.conflictForm!.values.reason = "My cousin leads it";
    expect(await open.declareConflict()).toBe(true);
    expect(calls).toEqual(["conflict a-1 Tom Okafor My cousin leads it"]);
    expect(open.conflictForm).toBeNull();
    expect(open.refused?.text).toBe(
      "Tom Okafor declared a conflict of interest with this application and cannot see its reviews",
    );
    expect(open.sheet).toBeNull();
    expect(open.scoreForm).toBeNull();
    expect(open.sheetError).toBeNull();
  });

  it("shows the committee who declared a conflict, and each reviewer's weighted score", async () => {
    const { open } = await opened();
    open.chooseReviewer(ANA);
    await settle();
    open.scoreForm!.values.scores = [5, 5];
    await open.saveReview();
    open.chooseReviewer(TOM);
    await settle();
    open.startConflict();
    await open.declareConflict();
    open.chooseReviewer(null);
    await settle();
    expect(open.refused).toBeNull();
    expect(open.sheet?.reviews.map((r) => [r.reviewer.name, r.weighted])).toEqual([["Ana Reyes", 5]]);
    expect(open.sheet?.recused.map((r) => r.name)).toEqual(["Tom Okafor"]);
    expect(open.sheet?.mean).toBe(5);
  });

  it("keeps who is reviewing from one application to the next", async () => {
    const { area, open } = await opened();
    open.chooseReviewer(ANA);
    await settle();
    area.openApplication(applicationId("a-2"));
    await settle();
    expect(open.id).toBe("a-2");
    expect(open.reviewer).toBe(ANA);
    expect(open.scoreForm?.values.scores).toEqual([null, null]);
  });

  it("awards the amount asked; the round's ledger and the application's standing follow", async () => {
    const { area, open, calls } = await opened();
    expect(await open.decide()).toBe(true);
    expect(calls).toEqual(["decide a-1 award"]);
    expect(area.round.received?.status).toBe("awarded");
    expect(area.round.detail?.ledger.committed).toBe(80_000);
    expect(area.round.detail?.ledger.remaining).toBe(1_920_000);
    expect(open.decision?.justSaved).toBe(true);
    expect(open.payment?.values).toEqual({ amount: "800", paidOn: "2027-03-15", note: "" });
  });

  it("puts the chapter in a region for all it sent, offers the regions named, and clears it", async () => {
    const { area, open, calls } = await opened();
    expect(open.region?.values.region).toBe("");
    open.region!.values.region = "x".repeat(81);
    expect(await open.place()).toBe(false);
    expect(open.region?.errorFor("region")).toMatch(/80/);
    open.region!.values.region = "  Great Lakes ";
    expect(await open.place()).toBe(true);
    await settle();
    expect(calls).toEqual(["region a-1 Great Lakes"]);
    expect(area.round.received?.region).toBe("Great Lakes");
    // The same chapter's other applications are in it too (the fake's chapters share a key).
    expect(area.round.detail?.applications.every((a) => a.region === "Great Lakes")).toBe(true);
    expect(open.knownRegions).toEqual(["Great Lakes"]);
    expect(open.region?.justSaved).toBe(true);
    open.region!.values.region = " ";
    expect(await open.place()).toBe(true);
    expect(area.round.received?.region).toBeNull();
  });

  it("declines only with a reason, which the letter gives the chapter", async () => {
    const { area, open, calls } = await opened();
    open.decision!.values.kind = "decline";
    expect(await open.decide()).toBe(false);
    expect(open.decision?.errorFor("reason")).toMatch(/why/);
    expect(calls).toEqual([]);
    open.decision!.values.reason = "The budget does not add up";
    expect(await open.decide()).toBe(true);
    expect(area.round.received?.status).toBe("declined");
    expect(area.round.received?.decision_reason).toBe("The budget does not add up");
    expect(open.decision?.values.kind).toBe("decline");
    expect(open.payment).toBeNull();
  });

  it("keeps an award that over-commits the round on the form, with the shortfall", async () => {
    const committee = fakeCommittee({
      budget: 100_000,
      applications: [
        received("a-1", "Eastside", 80_000),
        received("a-2", "Riverside", 80_000, { status: "awarded", awarded_cents: 80_000 }),
      ],
    });
    const { area, open } = await opened(committee);
    expect(await open.decide()).toBe(false);
    expect(open.decision?.formError?.text).toBe(
      "an award of $800.00 would over-commit the round: $200.00 is left, $600.00 short",
    );
    expect(open.decision?.values.amount).toBe("800");
    expect(area.round.received?.status).toBe("received");
  });

  it("records a payment on an award, and the ledger says what was paid out", async () => {
    const { area, open, calls } = await opened(
      fakeCommittee({ applications: [received("a-1", "Eastside", 80_000, { status: "awarded", awarded_cents: 80_000 })] }),
    );
    const form = open.payment!;
    form.values.amount = "400";
    form.values.note = "First half";
    expect(await open.pay()).toBe(true);
    expect(calls).toEqual(["pay a-1 40000 2027-03-15"]);
    expect(area.round.detail?.ledger.disbursed).toBe(40_000);
    expect(open.paid).toEqual({ cents: 40_000, paidOn: "2027-03-15" });
    expect(open.payment?.values.note).toBe("");
  });

  it("keeps a refused payment on the form", async () => {
    const { open } = await opened(
      fakeCommittee({ applications: [received("a-1", "Eastside", 80_000, { status: "awarded", awarded_cents: 50_000 })] }),
    );
    open.payment!.values.amount = "900";
    expect(await open.pay()).toBe(false);
    expect(open.payment?.values.amount).toBe("900");
    expect(open.payment?.formError?.text).toMatch(/more than what is left/);
    open.payment!.values.amount = "";
    expect(await open.pay()).toBe(false);
    expect(open.payment?.errorFor("amount_cents")).toMatch(/dollars/);
  });

  it("asks before going back to the round with scores not saved", async () => {
    const { area, open } = await opened();
    open.chooseReviewer(ANA);
    await settle();
    open.scoreForm!.values.scores = [3, null];
    area.closeApplication();
    expect(area.pendingDiscard).not.toBeNull();
    area.confirmDiscard();
    expect(open.id).toBeNull();
    expect(area.round.returnTo).toBe("a-1");
  });
});
