import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApplicationInput, Missing } from "../api/types";
import { toAppError } from "../api/errors";
import { projectId } from "../test-ids";
import { ApplicationDraft, NewApplicationDraft } from "./application-drafts.svelte";
import { RuleCheck } from "./rule-check.svelte";
import { amountRefused, application, missing } from "./test-grants";

const tooMuch = missing("amount_cents", "a grant is between $500.00 and $1,000.00; $1,200.00 is outside that");
const tooShort = missing("ends_on", "an initiative runs at least 3 months; this one runs 2 months");

/** The round's rules as the backend checks them, for amounts and for ends before May. */
function checker() {
  const checkApplication = vi.fn(async (input: ApplicationInput): Promise<Missing[]> => [
    ...(input.amount_cents < 50_000 || input.amount_cents > 100_000 ? [tooMuch] : []),
    ...(input.ends_on < "2027-04-30" ? [tooShort] : []),
  ]);
  return { checkApplication, rules: new RuleCheck({ checkApplication }) };
}

describe("an application's own fields", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("start from the application as saved, the amount as the organizer would type it", () => {
    const draft = new ApplicationDraft(application("a-1", { fields: { ...application().fields, amount_cents: 80_050 } }));
    expect(draft.values.amount).toBe("800.50");
    expect(draft.summary).toBe("$800.50, 4 months");
    expect(draft.dirty).toBe(false);
  });

  it("send the amount in cents, and blank answers as none", () => {
    const draft = new ApplicationDraft(application());
    draft.values.amount = "1,000.00";
    draft.values.baseBuilding = "  Door to door in the three buildings  ";
    expect(draft.submit()).toEqual({
      amount_cents: 100_000,
      starts_on: "2027-02-01",
      ends_on: "2027-05-31",
      base_building: "Door to door in the three buildings",
      sustaining: null,
    });
  });

  it("refuse an amount that is not dollars, saying so as it is typed", () => {
    const { rules } = checker();
    const draft = new ApplicationDraft(application(), rules);
    draft.values.amount = "abc";
    expect(draft.messageFor("amount_cents")).toBe("Write the amount in dollars, like 800 or 800.00.");
    expect(draft.submit()).toBeNull();
    draft.values.amount = "";
    expect(draft.messageFor("amount_cents")).toBe("Write the amount asked, in dollars.");
  });

  it("say the round's rules beside the amount and the last day as they are typed", async () => {
    const { rules, checkApplication } = checker();
    const draft = new ApplicationDraft(application(), rules);
    draft.values.amount = "1200";
    draft.typed();
    await vi.advanceTimersByTimeAsync(0);
    expect(checkApplication).toHaveBeenLastCalledWith({
      amount_cents: 120_000,
      starts_on: "2027-02-01",
      ends_on: "2027-05-31",
      base_building: null,
      sustaining: null,
    });
    expect(draft.messageFor("amount_cents")).toBe(
      "A grant is between $500.00 and $1,000.00; $1,200.00 is outside that.",
    );
    expect(draft.summary).toBe("$1,200.00, 4 months");
    draft.values.amount = "";
    draft.values.endsOn = "2027-03-31";
    draft.typed();
    await vi.advanceTimersByTimeAsync(1_000);
    // No amount typed is no rule broken: only the months are said.
    expect(draft.messageFor("amount_cents")).toBeNull();
    expect(draft.messageFor("ends_on")).toBe("An initiative runs at least 3 months; this one runs 2 months.");
  });

  it("show a refused save beside its field until the field is typed in again", async () => {
    const { rules } = checker();
    const draft = new ApplicationDraft(application(), rules);
    draft.values.amount = "1200";
    draft.serverError = toAppError(amountRefused("$1,200.00"));
    expect(draft.messageFor("amount_cents")).toBe(
      "A grant is between $500.00 and $1,000.00; $1,200.00 is outside that.",
    );
    expect(draft.formError).toBeNull();
    draft.values.amount = "900";
    draft.typed();
    await vi.advanceTimersByTimeAsync(0);
    expect(draft.serverError).toBeNull();
    expect(draft.messageFor("amount_cents")).toBeNull();
  });
});

describe("a new application", () => {
  it("starts on the first of next month for four months, its amount left for the organizer", () => {
    const draft = new NewApplicationDraft("2026-11-20", null);
    expect(draft.values).toEqual({ project: null, amount: "", startsOn: "2026-12-01", endsOn: "2027-03-31" });
    expect(draft.summary).toBe("4 months");
    expect(draft.dirty).toBe(false);
  });

  it("asks which project it is for", () => {
    const draft = new NewApplicationDraft("2026-11-20", null);
    draft.values.amount = "800";
    expect(draft.submit()).toBeNull();
    expect(draft.errorFor("project")).toBe("Choose the project the grant is for.");
    draft.values.project = projectId("pr-1");
    expect(draft.submit()).toEqual({
      project: "pr-1",
      input: { amount_cents: 80_000, starts_on: "2026-12-01", ends_on: "2027-03-31", base_building: null, sustaining: null },
    });
  });
});
