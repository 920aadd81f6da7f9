import { describe, expect, it } from "vitest";
import { applicationId, roundId } from "../test-ids";
import { Rounds } from "./rounds.svelte";
import { fakeCommittee, received, round, settle } from "./test-rounds";
import { importOutcomeText } from "./words";

const TODAY = () => "2027-03-15";

async function entered(committee = fakeCommittee()) {
  const area = new Rounds(committee.ports, TODAY);
  await area.enter(1);
  await settle();
  return { area, ...committee };
}

describe("the Rounds area", () => {
  it("lists the rounds and opens the one with the latest deadline, with its ledger and means", async () => {
    const later = round("r-2", { name: "Second round", deadline: "2027-09-01" });
    const { area } = await entered(fakeCommittee({ rounds: [later, round()] }));
    expect(area.list.rounds.map((r) => r.fields.name)).toEqual(["Second round", "Base-building grants, first round"]);
    expect(area.round.id).toBe("r-2");
    expect(area.round.detail?.ledger).toEqual({ budget: 2_000_000, committed: 0, disbursed: 0, remaining: 2_000_000 });
    expect(area.round.rubric?.values.criteria.map((c) => c.weight)).toEqual([3, 1]);
    expect(area.round.means.of(applicationId("a-1"))).toBeNull();
    expect(area.reviewers.reviewers.map((r) => r.name)).toEqual(["Ana Reyes", "Tom Okafor"]);
  });

  it("starts a new round with $20,000 unless told, and shows it", async () => {
    const { area, calls } = await entered();
    area.addRound();
    const form = area.adding!;
    expect(form.values.budget).toBe("20000");
    form.values.name = "  Spring round ";
    form.values.deadline = "2027-06-30";
    expect(await area.saveAdding()).toBe(true);
    expect(calls).toEqual(["create Spring round 2000000"]);
    expect(area.adding).toBeNull();
    expect(area.list.selectedId).toBe("r-2");
    expect(area.round.detail?.round.fields.name).toBe("Spring round");
    expect(area.list.rounds).toHaveLength(2);
  });

  it("says what to fix in a new round beside each field, and sends nothing", async () => {
    const { area, calls } = await entered();
    area.addRound();
    const form = area.adding!;
    form.values.budget = "twenty";
    form.values.opensOn = "2027-07-01";
    form.values.deadline = "2027-06-30";
    expect(await area.saveAdding()).toBe(false);
    expect(form.errorFor("name")).toBe("Give the round a name.");
    expect(form.errorFor("budget_cents")).toMatch(/dollars/);
    expect(form.errorFor("deadline")).toMatch(/after the day it opens/);
    expect(calls).toEqual([]);
  });

  it("shows the backend's refusal of a new round beside the field it names", async () => {
    const { area } = await entered();
    area.addRound();
    const form = area.adding!;
    form.values.name = "Taken";
    form.values.deadline = "2027-06-30";
    expect(await area.saveAdding()).toBe(false);
    expect(form.errorFor("name")).toBe("Name your round.");
    expect(area.adding).toBe(form);
  });

  it("imports a new application file and says whose it is", async () => {
    const committee = fakeCommittee();
    const { area } = await entered(committee);
    const arriving = received("a-3", "Northside", 50_000);
    committee.willImport({ id: arriving.id, outcome: "new" }, arriving);
    await area.round.importFile();
    expect(area.round.imported).toEqual({
      outcome: "new",
      id: "a-3",
      title: "Tenant union — Northside",
      chapter: "Northside",
    });
    expect(importOutcomeText("new", "Tenant union — Northside", "Northside")).toBe(
      "Imported: Tenant union — Northside from Northside.",
    );
    expect(area.round.detail?.applications.map((a) => a.id)).toContain("a-3");
    expect(area.round.importing).toBe(false);
  });

  it("says when a file was already imported, or replaced an earlier version", async () => {
    const committee = fakeCommittee();
    const { area } = await entered(committee);
    committee.willImport({ id: applicationId("a-1"), outcome: "already_imported" });
    await area.round.importFile();
    expect(area.round.imported?.outcome).toBe("already_imported");
    expect(importOutcomeText("already_imported", "T", "C")).toMatch(/^Already imported: nothing changed/);
    committee.willImport({ id: applicationId("a-2"), outcome: "resubmitted" });
    await area.round.importFile();
    expect(area.round.imported?.outcome).toBe("resubmitted");
    expect(importOutcomeText("resubmitted", "T", "C")).toMatch(
      /^A new version replaced the earlier one, which is kept/,
    );
  });

  it("does nothing when the file dialog is closed, and shows a refused file in the backend's words", async () => {
    const committee = fakeCommittee();
    const { area } = await entered(committee);
    committee.willImport(null);
    await area.round.importFile();
    expect(area.round.imported).toBeNull();
    expect(area.round.importError).toBeNull();
    committee.willImport({
      kind: "invalid_input",
      message: "this file was changed after the chapter signed it; ask for it again",
      details: null,
      field: null,
      reason: null,
      said: { id: "signed-file-altered", args: {}, text: "this file was changed after the chapter signed it; ask for it again" },
      refused: null,
    });
    await area.round.importFile();
    expect(area.round.importError?.text).toBe("this file was changed after the chapter signed it; ask for it again");
    expect(area.round.imported).toBeNull();
  });

  it("saves the rubric whole, and says so until the next change", async () => {
    const { area, calls } = await entered();
    const rubric = area.round.rubric!;
    rubric.values.criteria[1].weight = 2;
    rubric.add();
    rubric.values.criteria[2].name = "Goes on after the grant";
    expect(area.dirty).toBe(true);
    expect(await area.round.saveRubric()).toBe(true);
    expect(calls).toEqual(["rubric Builds a lasting base×3, Develops new leaders×2, Goes on after the grant×1"]);
    expect(area.round.detail?.rubric).toHaveLength(3);
    expect(area.round.rubric?.justSaved).toBe(true);
    expect(area.round.rubric?.dirty).toBe(false);
  });

  it("asks for every criterion's name before saving the rubric", async () => {
    const { area, calls } = await entered();
    const rubric = area.round.rubric!;
    rubric.values.criteria[0].name = " ";
    expect(await area.round.saveRubric()).toBe(false);
    expect(rubric.errorFor("criteria.0")).toMatch(/criterion/);
    rubric.remove(0);
    rubric.remove(0);
    expect(await area.round.saveRubric()).toBe(false);
    expect(rubric.errorFor("criteria")).toMatch(/at least one/);
    expect(calls).toEqual([]);
  });

  it("adds a reviewer, and refuses a name already on the committee beside the form", async () => {
    const { area } = await entered();
    area.reviewers.adding.values.name = "Lena Park";
    expect(await area.reviewers.add()).toBe(true);
    expect(area.reviewers.reviewers.map((r) => r.name)).toContain("Lena Park");
    expect(area.reviewers.added?.name).toBe("Lena Park");
    area.reviewers.adding.values.name = "ana reyes";
    expect(await area.reviewers.add()).toBe(false);
    expect(area.reviewers.adding.formError?.text).toBe("ana reyes is already a reviewer");
  });

  it("starts afresh for another database", async () => {
    const { area } = await entered();
    area.openApplication(applicationId("a-1"));
    area.round.rubric!.values.criteria[0].name = "Changed";
    await area.enter(2);
    await settle();
    expect(area.round.application.id).toBeNull();
    expect(area.round.rubric?.values.criteria[0].name).toBe("Builds a lasting base");
    expect(area.round.id).toBe(roundId("r-1"));
  });
});
