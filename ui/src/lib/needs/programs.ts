import type { Candidate, CandidateInput, PrintedFile, ProgramInput, Scores, Survey } from "../api/types";
import { formatCount, formatCounted } from "../format/count";
import { fileName } from "../format/file-name";
import type { FieldErrors } from "../forms/draft.svelte";
import { surveyText } from "./follow-up-needs";

/** One of the six things a candidate program is scored on. */
export type Criterion = keyof Scores;

/** The six criteria, in the order the form asks them, with what a score means. */
export const CRITERIA: ReadonlyArray<{
  key: Criterion;
  label: string;
  explain: string;
  /** What 1 and 5 mean on this criterion. */
  low: string;
  high: string;
}> = [
  {
    key: "widely_felt",
    label: "Widely felt",
    explain: "Many people name it.",
    low: "few",
    high: "many",
  },
  {
    key: "deeply_felt",
    label: "Deeply felt",
    explain: "It hurts: people say it is hard or very hard on them.",
    low: "mild",
    high: "it hurts",
  },
  {
    key: "winnable",
    label: "Winnable",
    explain: "We can win it or deliver it with the people and the time we have.",
    low: "unlikely",
    high: "surely",
  },
  {
    key: "builds_base",
    label: "Builds the base",
    explain: "It brings in the people most affected and grows leaders among them.",
    low: "little",
    high: "a lot",
  },
  {
    key: "resources",
    label: "Resources",
    explain: "What it takes in money, space and skills: 5 means it needs few.",
    low: "needs many",
    high: "needs few",
  },
  {
    key: "partners",
    label: "Partners",
    explain: "Others (congregations, unions, clinics, schools) would help.",
    low: "nobody yet",
    high: "many",
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
  return `${formatCount(total)} of ${formatCount(MAX_TOTAL)}`;
}

/** "2 criteria not scored yet"; "" when every criterion counts. */
export function unscoredText(unscored: number): string {
  if (unscored <= 0) return "";
  return `${formatCounted(unscored, "criterion", "criteria")} not scored yet`;
}

/** "Saved. Now 2nd of 8, 24 of 30." */
export function savedText(candidate: Candidate | undefined, of: number): string {
  if (!candidate) return "Saved.";
  return `Saved. Now ${ordinal(candidate.rank)} of ${formatCount(of)}, ${totalText(candidate.total)}.`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/**
 * A need as the survey titles it (in English where it has English), or, for a need this
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
  return values.name.trim() === "" ? { name: "Give the project a name." } : {};
}

/** "Project 'Tenant union — Eastside' started (planning)" */
export function projectStartedText(project: { name: string; status: string }): string {
  return `Project '${project.name}' started (${project.status})`;
}

/** The add-a-program form as its inputs hold it. */
export type ProgramValues = { name: string; description: string; needs: string[] };

export function emptyProgram(): ProgramValues {
  return { name: "", description: "", needs: [] };
}

export function validateProgram(values: ProgramValues): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.name.trim() === "") errors.name = "Give the program a name.";
  if (values.needs.length === 0) errors.needs = "Tick at least one need it answers.";
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
  return `Printed ${fileName(printed.path)} (${formatCounted(printed.pages, "page", "pages")})`;
}
