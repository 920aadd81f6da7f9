import { FluentNumber } from "@fluent/bundle";
import type { Candidate, CandidateInput, PrintedFile, ProgramInput, Scores, Survey } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { fileName } from "../format/file-name";
import type { FieldErrors } from "../forms/draft.svelte";
import { surveyText } from "./follow-up-needs";

/** One of the six things a candidate program is scored on. */
export type Criterion = keyof Scores;

/** What a criterion is called and what its scores mean, in the screens' language. */
type CriterionWords = {
  key: Criterion;
  readonly label: string;
  readonly explain: string;
  /** What 1 and 5 mean on this criterion. */
  readonly low: string;
  readonly high: string;
};

/**
 * The six criteria, in the order the form asks them, with what a score means. The words are
 * getters, so they are in the screens' language whenever they are read.
 */
export const CRITERIA: ReadonlyArray<CriterionWords> = [
  {
    key: "widely_felt",
    get label() {
      return t("needs-criterion-widely-felt");
    },
    get explain() {
      return t("needs-criterion-widely-felt-explain");
    },
    get low() {
      return t("needs-criterion-widely-felt-low");
    },
    get high() {
      return t("needs-criterion-widely-felt-high");
    },
  },
  {
    key: "deeply_felt",
    get label() {
      return t("needs-criterion-deeply-felt");
    },
    get explain() {
      return t("needs-criterion-deeply-felt-explain");
    },
    get low() {
      return t("needs-criterion-deeply-felt-low");
    },
    get high() {
      return t("needs-criterion-deeply-felt-high");
    },
  },
  {
    key: "winnable",
    get label() {
      return t("needs-criterion-winnable");
    },
    get explain() {
      return t("needs-criterion-winnable-explain");
    },
    get low() {
      return t("needs-criterion-winnable-low");
    },
    get high() {
      return t("needs-criterion-winnable-high");
    },
  },
  {
    key: "builds_base",
    get label() {
      return t("needs-criterion-builds-base");
    },
    get explain() {
      return t("needs-criterion-builds-base-explain");
    },
    get low() {
      return t("needs-criterion-builds-base-low");
    },
    get high() {
      return t("needs-criterion-builds-base-high");
    },
  },
  {
    key: "resources",
    get label() {
      return t("needs-criterion-resources");
    },
    get explain() {
      return t("needs-criterion-resources-explain");
    },
    get low() {
      return t("needs-criterion-resources-low");
    },
    get high() {
      return t("needs-criterion-resources-high");
    },
  },
  {
    key: "partners",
    get label() {
      return t("needs-criterion-partners");
    },
    get explain() {
      return t("needs-criterion-partners-explain");
    },
    get low() {
      return t("needs-criterion-partners-low");
    },
    get high() {
      return t("needs-criterion-partners-high");
    },
  },
];

export const SCORE_POINTS: readonly number[] = [1, 2, 3, 4, 5];

/** The most a candidate can total: six criteria of 5. */
export const MAX_TOTAL = CRITERIA.length * 5;

/** A candidate's scoring form as its inputs hold it. */
export type ScoreValues = { scores: Scores; notes: string; shortlisted: boolean };

export function emptyScores(): Scores {
  return {
    widely_felt: null,
    deeply_felt: null,
    winnable: null,
    builds_base: null,
    resources: null,
    partners: null,
  };
}

/** What is saved for a candidate, as the form starts from it. */
export function candidateValues(candidate: Candidate): ScoreValues {
  return {
    scores: { ...emptyScores(), ...candidate.scores },
    notes: candidate.notes ?? "",
    shortlisted: candidate.shortlisted,
  };
}

export function sameValues(a: ScoreValues, b: ScoreValues): boolean {
  return (
    a.notes === b.notes &&
    a.shortlisted === b.shortlisted &&
    CRITERIA.every(({ key }) => a.scores[key] === b.scores[key])
  );
}

/** What Save sends: blank notes are no notes. */
export function candidateInput(programId: string, values: ScoreValues): CandidateInput {
  const notes = values.notes.trim();
  return {
    program_id: programId,
    scores: { ...values.scores },
    notes: notes === "" ? null : notes,
    shortlisted: values.shortlisted,
  };
}

/**
 * The total as the backend counts it: the scores, with the suggestion from the answers where
 * widely or deeply felt is not scored; a criterion without either counts nothing.
 */
export function scoreTotal(scores: Scores, suggested: Scores): { total: number; unscored: number } {
  let total = 0;
  let unscored = 0;
  for (const { key } of CRITERIA) {
    const felt = key === "widely_felt" || key === "deeply_felt";
    const value = scores[key] ?? (felt ? suggested[key] : null);
    if (value === null) unscored += 1;
    else total += value;
  }
  return { total, unscored };
}

/** "24 of 30" */
export function totalText(total: number): string {
  return t("needs-programs-total", { total, max: MAX_TOTAL });
}

/** "2 criteria not scored yet"; "" when every criterion counts. */
export function unscoredText(unscored: number): string {
  if (unscored <= 0) return "";
  return t("needs-programs-unscored", { count: unscored });
}

/**
 * A number the message picks its words for by the ordinal rules (1st, 2nd, 3rd, 11th): Fluent
 * hands a number's options to its plural rules, and its own NUMBER() cannot ask for these.
 */
const ORDINAL: Intl.NumberFormatOptions & Intl.PluralRulesOptions = { type: "ordinal" };

/** "Saved. Now 2nd of 8, 24 of 30." */
export function savedText(candidate: Candidate | undefined, of: number): string {
  if (!candidate) return t("needs-programs-saved");
  return t("needs-programs-saved-rank", {
    rank: new FluentNumber(candidate.rank, ORDINAL),
    of,
    total: totalText(candidate.total),
  });
}

/**
 * A need as the survey titles it (in the screens' language where it has it, else English), or, for a need this
 * survey does not ask about, its key made readable: "transport" → "Transport".
 */
export function needTitle(key: string, survey: Survey): string {
  const domain = survey.domains.find((d) => d.key === key);
  if (domain) return surveyText(domain.title, survey, key);
  const words = key.replace(/[_-]+/g, " ").trim();
  return words === "" ? key : words[0].toUpperCase() + words.slice(1);
}

/** The criterion a refusal about `scores.<criterion>` (the candidate input's key) is about. */
export function criterionOf(field: string | null): Criterion | null {
  if (field === null || !field.startsWith("scores.")) return null;
  const key = field.slice("scores.".length);
  return CRITERIA.find((c) => c.key === key)?.key ?? null;
}

/** What the project is called unless the organizer says otherwise. */
export function defaultProjectName(programName: string, assessmentName: string): string {
  return `${programName.trim()} — ${assessmentName.trim()}`;
}

export function validateProjectName(values: { name: string }): FieldErrors {
  return values.name.trim() === "" ? { name: t("needs-project-name-missing") } : {};
}

/** "Project 'Tenant union — Eastside' started (planning)" */
export function projectStartedText(project: { name: string; status: string }): string {
  return t("needs-project-started-as", { name: project.name, status: projectStatus(project.status) });
}

/** A project's status in words: "planning". */
export function projectStatus(status: string): string {
  switch (status) {
    case "planning":
      return t("needs-project-status-planning");
    case "active":
      return t("needs-project-status-active");
    case "paused":
      return t("needs-project-status-paused");
    case "ended":
      return t("needs-project-status-ended");
    default:
      return status;
  }
}

/** The add-a-program form as its inputs hold it. */
export type ProgramValues = { name: string; description: string; needs: string[] };

export function emptyProgram(): ProgramValues {
  return { name: "", description: "", needs: [] };
}

export function validateProgram(values: ProgramValues): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.name.trim() === "") errors.name = t("needs-program-name-missing");
  if (values.needs.length === 0) errors.needs = t("needs-program-needs-missing");
  return errors;
}

export function programInput(values: ProgramValues): ProgramInput {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    needs: [...values.needs],
  };
}

/** The file's own name, without the folders: "needs-summary-K7QF.pdf". */
export { fileName };

/** "Printed needs-summary-K7QF.pdf (4 pages)" */
export function printedSummaryText(printed: PrintedFile): string {
  return t("needs-programs-printed", { file: fileName(printed.path), pages: printed.pages });
}
