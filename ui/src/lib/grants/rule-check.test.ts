import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApplicationInput, Missing } from "../api/types";
import { RuleCheck, RULE_CHECK_PAUSE_MS } from "./rule-check.svelte";
import { missing } from "./test-grants";

/** Lets every settled promise run its callbacks. */
const settle = () => vi.advanceTimersByTimeAsync(0);

function input(amount: number, ends = "2027-05-31"): ApplicationInput {
  return { amount_cents: amount, starts_on: "2027-02-01", ends_on: ends, base_building: null, sustaining: null };
}

const tooMuch = missing("amount_cents", "a grant is between $500.00 and $1,000.00; $1,200.00 is outside that");
const tooLong = missing("ends_on", "an initiative runs at most 6 months; this one runs 8 months");

/** A backend that says the amount rule for more than $1,000 and the months rule past July. */
function rules(input: ApplicationInput): Missing[] {
  return [
    ...(input.amount_cents > 100_000 ? [tooMuch] : []),
    ...(input.ends_on > "2027-07-31" ? [tooLong] : []),
  ];
}

describe("RuleCheck", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("checks the first keystroke at once and a burst once at its end", async () => {
    const checkApplication = vi.fn(async (i: ApplicationInput) => rules(i));
    const check = new RuleCheck({ checkApplication });
    check.ask(input(120_000));
    await settle();
    expect(checkApplication).toHaveBeenCalledTimes(1);
    expect(check.messageFor("amount_cents")).toBe(
      "A grant is between $500.00 and $1,000.00; $1,200.00 is outside that.",
    );

    check.ask(input(12_000));
    check.ask(input(1_200));
    check.ask(input(80_000, "2027-09-30"));
    await settle();
    expect(checkApplication).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RULE_CHECK_PAUSE_MS);
    expect(checkApplication).toHaveBeenCalledTimes(2);
    expect(checkApplication).toHaveBeenLastCalledWith(input(80_000, "2027-09-30"));
    expect(check.messageFor("amount_cents")).toBeNull();
    expect(check.messageFor("ends_on")).toBe("An initiative runs at most 6 months; this one runs 8 months.");
  });

  it("keeps only the newest answer when an older one comes late", async () => {
    let answerFirst: (problems: Missing[]) => void = () => {};
    const checkApplication = vi
      .fn<(i: ApplicationInput) => Promise<Missing[]>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementation(async (i) => rules(i));
    const check = new RuleCheck({ checkApplication });
    check.ask(input(120_000));
    await vi.advanceTimersByTimeAsync(RULE_CHECK_PAUSE_MS);
    check.ask(input(80_000));
    await vi.advanceTimersByTimeAsync(RULE_CHECK_PAUSE_MS);
    expect(check.problems).toEqual([]);
    answerFirst([tooMuch]);
    await settle();
    expect(check.problems).toEqual([]);
  });

  it("leaves unsaid the rules about what is not typed yet, and clears when nothing can be checked", async () => {
    const check = new RuleCheck({ checkApplication: async () => [tooMuch, tooLong] });
    await check.now(input(0), ["amount_cents"]);
    expect(check.problems.map((p) => p.key)).toEqual(["ends_on"]);
    check.ask(null);
    expect(check.problems).toEqual([]);
  });

  it("says when the check itself failed, and drops checks on their way when stopped", async () => {
    const checkApplication = vi.fn(async (): Promise<Missing[]> => {
      throw { kind: "database", message: "The database is busy.", details: null };
    });
    const check = new RuleCheck({ checkApplication });
    await check.now(input(80_000));
    expect(check.error?.message).toBe("The database is busy.");
    check.ask(input(1));
    check.ask(input(2));
    check.stop();
    await vi.advanceTimersByTimeAsync(RULE_CHECK_PAUSE_MS * 2);
    expect(checkApplication).toHaveBeenCalledTimes(2);
  });
});
