import type { Report, ReportInput } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";
import { goalOf } from "./initiative-draft.svelte";
import { centsOf, typedDollars } from "./money";

/** The counts a report gives, as the backend names them. */
export const COUNTS = ["reached", "one_on_ones", "new_members", "new_leaders", "sign_ins"] as const;

export type Count = (typeof COUNTS)[number];

export type ReportValues = {
  counts: Record<Count, string>;
  spent: string;
  story: string;
  challenges: string;
};

function validateReport(values: ReportValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const count of COUNTS) {
    if (goalOf(values.counts[count]) === undefined) errors[count] = t("grants-goal-not-whole");
  }
  if (values.spent.trim() !== "" && centsOf(values.spent) === null) {
    errors.spent_cents = t("grants-cost-not-dollars");
  }
  return errors;
}

/**
 * A progress report while it is written: the counts (started from the chapter's records, which
 * the organizer corrects), what was spent, the story and what was hard.
 */
export class ReportDraft extends Draft<ReportValues> {
  justSaved = $state(false);

  constructor(report: Report) {
    const f = report.fields;
    const typed = (n: number | null) => (n === null ? "" : String(n));
    super(
      {
        counts: {
          reached: typed(f.reached),
          one_on_ones: typed(f.one_on_ones),
          new_members: typed(f.new_members),
          new_leaders: typed(f.new_leaders),
          sign_ins: typed(f.sign_ins),
        },
        spent: f.spent_cents === null ? "" : typedDollars(f.spent_cents),
        story: f.story ?? "",
        challenges: f.challenges ?? "",
      },
      validateReport,
      [...COUNTS, "spent_cents", "story", "challenges"],
    );
  }

  submit(): ReportInput | null {
    if (!this.attempt()) return null;
    const v = this.values;
    const count = (key: Count) => goalOf(v.counts[key]) ?? null;
    const text = (s: string) => (s.trim() === "" ? null : s.trim());
    return {
      reached: count("reached"),
      one_on_ones: count("one_on_ones"),
      new_members: count("new_members"),
      new_leaders: count("new_leaders"),
      sign_ins: count("sign_ins"),
      spent_cents: v.spent.trim() === "" ? null : centsOf(v.spent),
      story: text(v.story),
      challenges: text(v.challenges),
    };
  }
}
