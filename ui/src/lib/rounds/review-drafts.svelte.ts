// A reviewer's part in an application: the scores on the round's rubric with notes, or a
// conflict of interest declared instead.
import type { Criterion, ReviewView, ScoreInput } from "../api/types";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";

/** The scores a criterion can be given, as the backend allows them: 1 (weak) to 5 (strong). */
export const SCORES: readonly number[] = [1, 2, 3, 4, 5];

export type ScoreValues = {
  /** In the rubric's order; null while the criterion is not scored. */
  scores: (number | null)[];
  notes: string;
};

/** Every criterion is scored, keyed as the backend keys it: "scores.2" for the third. */
export function validateScores(values: ScoreValues): FieldErrors {
  const errors: Record<string, string> = {};
  values.scores.forEach((score, i) => {
    if (score === null) errors[`scores.${i}`] = t("rounds-score-missing");
  });
  return errors;
}

export type ReviewInput = { scores: ScoreInput[]; notes: string | null };

/** One reviewer's scores on one application, starting from the review they saved, if any. */
export class ScoreDraft extends Draft<ScoreValues> {
  readonly rubric: readonly Criterion[];
  /** Set on the fresh form a save leaves, so the page says "Saved" until the next change. */
  justSaved = $state(false);

  constructor(rubric: readonly Criterion[], saved: ReviewView | null) {
    const given = new Map(saved?.scores.map(([c, score]) => [c.id, score]) ?? []);
    super(
      { scores: rubric.map((c) => given.get(c.id) ?? null), notes: saved?.notes ?? "" },
      validateScores,
      ["scores", "notes"],
    );
    this.rubric = rubric;
  }

  submit(): ReviewInput | null {
    if (!this.attempt()) return null;
    const notes = this.values.notes.trim();
    return {
      scores: this.rubric.map((c, i) => ({ criterion: c.id, score: this.values.scores[i] ?? 0 })),
      notes: notes === "" ? null : notes,
    };
  }
}

/** "Declare a conflict of interest": why, if the reviewer wants it on record. */
export class ConflictDraft extends Draft<{ reason: string }> {
  constructor() {
    super({ reason: "" }, () => ({}), ["reason"]);
  }

  submit(): { reason: string | null } | null {
    if (!this.attempt()) return null;
    const reason = this.values.reason.trim();
    return { reason: reason === "" ? null : reason };
  }
}
