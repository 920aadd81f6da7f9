// The connections survey as a member fills it in on the laptop: a line per organization (named
// from the directory's suggestions or typed new), their work, and the survey's own questions;
// turned into what the backend takes, and a refusal back into the place on screen it is about.
import { fieldMessage, invalidField, type AppError } from "../api/errors";
import type { LaptopForm, LaptopTie, OrgNamed, OrgSuggestion, Question, TieRole } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { answerProblems, answersOf, questionTarget, type AnswerDraft } from "../needs/paper-answers";

/** One organization the member belongs to. */
export type TieRow = {
  /** Stays with the line while the form is open: the screen's list and its messages follow it. */
  key: number;
  /** As typed, or as picked from the suggestions. */
  name: string;
  /** The directory's organization picked from the suggestions; typing another name drops it. */
  picked: OrgSuggestion | null;
  role: TieRole;
  /** 1 (now and then) to 5 (like family); null until picked. */
  strength: number | null;
  /** null until answered; not answered counts as no. */
  wouldIntroduce: boolean | null;
};

export type MemberValues = {
  rows: TieRow[];
  workplace: string;
  industry: string;
  unionName: string;
  answers: Record<string, AnswerDraft>;
};

/** The parts of a line a message can be about. */
export type RowPart = "organization" | "role" | "strength" | "would_introduce";

const ROW_PARTS: readonly RowPart[] = ["organization", "role", "strength", "would_introduce"];

/** The member's work, by the backend's names for it. */
export type WorkField = "workplace" | "industry" | "union_name";

export const WORK_FIELDS: readonly WorkField[] = ["workplace", "industry", "union_name"];

/** Where a message goes: `tie:<key>:<part>`, a work field, or `question:<key>`. */
export type MemberTarget = string;

export function rowTarget(key: number, part: RowPart): MemberTarget {
  return `tie:${key}:${part}`;
}

export function emptyRow(key: number): TieRow {
  return { key, name: "", picked: null, role: "member", strength: null, wouldIntroduce: null };
}

export function emptyMember(firstKey = 0): MemberValues {
  return { rows: [emptyRow(firstKey)], workplace: "", industry: "", unionName: "", answers: {} };
}

/** A line nothing was written or marked on: left out, not refused. */
export function isBlankRow(row: TieRow): boolean {
  return row.name.trim() === "" && row.strength === null && row.wouldIntroduce === null;
}

/** Names compared as a member would: case, accents and spaces aside. */
export function sameName(a: string, b: string): boolean {
  const fold = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .trim()
      .replace(/\s+/g, " ");
  return fold(a) === fold(b);
}

/** The directory's organization when the name is the one picked, else a new one by its name. */
export function organizationOf(row: TieRow): OrgNamed {
  const name = row.name.trim().replace(/\s+/g, " ");
  if (row.picked !== null && sameName(row.picked.name, name)) return { kind: "known", id: row.picked.id };
  return { kind: "new", name };
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/**
 * What is sent, and the key of the line each tie came from (blank lines are left out, so a
 * refusal's "ties.1" is the second line written on, not always the second on screen).
 */
export function buildLaptopForm(
  values: MemberValues,
  questions: readonly Question[],
  language: string,
): { form: LaptopForm; rowKeys: number[] } {
  const rows = values.rows.filter((row) => !isBlankRow(row));
  const ties: LaptopTie[] = rows.map((row) => ({
    organization: organizationOf(row),
    role: row.role,
    strength: row.strength ?? 0,
    would_introduce: row.wouldIntroduce === true,
    title: null,
  }));
  return {
    form: {
      language,
      workplace: optional(values.workplace),
      industry: optional(values.industry),
      union_name: optional(values.unionName),
      ties,
      answers: answersOf(questions, values.answers),
    },
    rowKeys: rows.map((row) => row.key),
  };
}

/** What must be fixed before the form is sent, by target. */
export function checkMember(values: MemberValues, questions: readonly Question[]): Record<MemberTarget, string> {
  const problems: Record<MemberTarget, string> = {};
  for (const row of values.rows) {
    if (isBlankRow(row)) continue;
    if (row.name.trim() === "") problems[rowTarget(row.key, "organization")] = t("laptop-org-name-missing");
    if (row.strength === null) problems[rowTarget(row.key, "strength")] = t("laptop-strength-missing");
  }
  return { ...problems, ...answerProblems(questions, values.answers) };
}

/** The targets in the order they are on screen, to take the cursor to the first problem. */
export function targetsInOrder(values: MemberValues, questions: readonly Question[]): MemberTarget[] {
  return [
    ...values.rows.flatMap((row) => ROW_PARTS.map((part) => rowTarget(row.key, part))),
    ...WORK_FIELDS,
    ...questions.map((q) => questionTarget(q.key)),
  ];
}

/** The place a refusal is about, or null when it is about the form as a whole. */
export function refusalTarget(
  field: string | null,
  rowKeys: readonly number[],
  questions: readonly Question[],
): MemberTarget | null {
  if (field === null) return null;
  if ((WORK_FIELDS as readonly string[]).includes(field)) return field;
  const tie = /^ties\.(\d+)(?:\.(\w+))?/.exec(field);
  if (tie) {
    const key = rowKeys[Number(tie[1])];
    if (key === undefined) return null;
    const part = (ROW_PARTS as readonly string[]).includes(tie[2] ?? "") ? (tie[2] as RowPart) : "organization";
    return rowTarget(key, part);
  }
  if (field.startsWith("answers.")) {
    const key = field.slice("answers.".length);
    return questions.some((q) => q.key === key) ? questionTarget(key) : null;
  }
  return null;
}

/** The refusal placed beside its field, or left for the form as a whole. */
export function placeRefusal(
  error: AppError,
  rowKeys: readonly number[],
  questions: readonly Question[],
): { target: MemberTarget; message: string } | { target: null; error: AppError } {
  const target = refusalTarget(invalidField(error), rowKeys, questions);
  return target === null ? { target, error } : { target, message: fieldMessage(error) };
}
