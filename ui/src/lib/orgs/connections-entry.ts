// A filled connections form typed in from paper: what is typed, the keys that answer a line at
// once, what is sent, what to fix first, and a refusal placed back beside its field.

import { fieldMessage, invalidField, type AppError } from "../api/errors";
import type {
  ConnectionsResponseInput,
  OrganizationId,
  OrgInput,
  OrgSummary,
  Participant,
  Question,
  TieAnswer,
  TieRole,
} from "../api/types";
import { t } from "../i18n/locale.svelte";
import { ENTERED_BY, FORM_NUMBER } from "../needs/entry-form";
import {
  answerIsEmpty,
  answerProblems,
  answersOf,
  plainKey,
  questionTarget,
  yesNoKey,
  type AnswerDraft,
} from "../needs/paper-answers";
import { TIE_ROLES } from "./labels";

export { ENTERED_BY, FORM_NUMBER };

/** The organization a line names: one from the directory, or one just added from this screen. */
export type LineOrg = { id: OrganizationId; name: string; isNew: boolean };

/** One line of the paper form: an organization or community, and the member's tie to it. */
export type EntryLine = {
  /** Stays with the line while others come and go: the screen's places are named by it. */
  key: number;
  /** Null until one is picked from the suggestions or added as new. */
  org: LineOrg | null;
  /** What is in the name box: the organization's name once picked. */
  text: string;
  role: TieRole;
  /** 1 (loose) to 5 (as close as it gets); null until marked. */
  strength: number | null;
  wouldIntroduce: boolean;
};

/** The form being typed in: everything that changes from one paper form to the next. */
export type ConnectionsValues = {
  form: string;
  /** Who filled it in; null until picked. */
  member: Participant | null;
  /** In the order the paper has them, with one empty line at the end for the next. */
  lines: EntryLine[];
  workplace: string;
  industry: string;
  union: string;
  answers: Record<string, AnswerDraft>;
};

/** Set once at the top and kept from form to form. */
export type ConnectionsSettings = {
  enteredBy: string;
  /** The language the forms were filled in. */
  language: string;
};

export const MEMBER = "member";
export const WORKPLACE = "workplace";
export const INDUSTRY = "industry";
export const UNION = "union";

/** The parts of a line a message or the cursor can be about. */
export type LinePart = "org" | "role" | "strength" | "introduce";

/** Where on screen a line's part is: "line:3:strength". */
export function lineTarget(key: number, part: LinePart): string {
  return `line:${key}:${part}`;
}

let lastKey = 0;

/** An empty line, with a key of its own. */
export function blankLine(): EntryLine {
  lastKey += 1;
  return { key: lastKey, org: null, text: "", role: "member", strength: null, wouldIntroduce: false };
}

/** Nothing written or marked on the line: it is left out of what is sent. */
export function isBlankLine(line: EntryLine): boolean {
  return (
    line.org === null &&
    line.text.trim() === "" &&
    line.role === "member" &&
    line.strength === null &&
    !line.wouldIntroduce
  );
}

/** The lines with an empty one at the end, so the next organization always has a place. */
export function withTrailingLine(lines: readonly EntryLine[]): EntryLine[] {
  const last = lines.at(-1);
  return last === undefined || !isBlankLine(last) ? [...lines, blankLine()] : [...lines];
}

export function emptyValues(): ConnectionsValues {
  return {
    form: "",
    member: null,
    lines: [blankLine()],
    workplace: "",
    industry: "",
    union: "",
    answers: {},
  };
}

/** Nothing typed or marked yet on this form. */
export function isBlank(values: ConnectionsValues): boolean {
  return (
    values.form.trim() === "" &&
    values.member === null &&
    values.lines.every(isBlankLine) &&
    values.workplace.trim() === "" &&
    values.industry.trim() === "" &&
    values.union.trim() === "" &&
    Object.values(values.answers).every((draft) => answerIsEmpty(draft))
  );
}

/** A name as compared: case, accents and runs of spaces aside ("Iglesia San José" = "iglesia san jose"). */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** What the name box offers: the organizations that match, and adding the name as a new one. */
export type OrgOption = { kind: "org"; org: OrgSummary } | { kind: "new"; name: string };

/**
 * The matches for what is typed, then "add it as new" unless one of them already has that very
 * name (a second "Holy Cross Parish" in the directory would split its ties in two).
 */
export function orgOptions(text: string, matches: readonly OrgSummary[]): OrgOption[] {
  const name = text.trim();
  if (name === "") return [];
  const options: OrgOption[] = matches.map((org) => ({ kind: "org", org }));
  return sameNamed(name, matches) === null ? [...options, { kind: "new", name }] : options;
}

/** The match with exactly the typed name, if any. */
export function sameNamed(text: string, matches: readonly OrgSummary[]): OrgSummary | null {
  const folded = foldName(text);
  return matches.find((org) => foldName(org.name) === folded) ?? null;
}

/** A new organization as the entry screen adds it: the name only, its kind to be said later. */
export function newOrgInput(name: string): OrgInput {
  return {
    name: name.trim(),
    kind: "other",
    area: null,
    street: null,
    city: null,
    state: null,
    zip: null,
    languages: [],
    website: null,
    phone: null,
    email: null,
    notes: null,
  };
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** What is sent, and for each tie sent the line it came from (a refusal names the tie). */
export type BuiltForm = { input: ConnectionsResponseInput; lineOfTie: number[] };

/**
 * What is sent for one filled form: the lines with an organization, in paper order; null while
 * no member is picked (the form says so first). A line without a strength is sent as it stands
 * and refused by the backend, which `checkEntry` says first.
 */
export function buildInput(
  questions: readonly Question[],
  settings: ConnectionsSettings,
  values: ConnectionsValues,
): BuiltForm | null {
  if (values.member === null) return null;
  const ties: TieAnswer[] = [];
  const lineOfTie: number[] = [];
  for (const line of values.lines) {
    if (line.org === null) continue;
    ties.push({
      organization_id: line.org.id,
      role: line.role,
      strength: line.strength ?? 0,
      would_introduce: line.wouldIntroduce,
      title: null,
    });
    lineOfTie.push(line.key);
  }
  return {
    input: {
      form: values.form.trim(),
      person_id: values.member.id,
      language: optional(settings.language),
      workplace: optional(values.workplace),
      industry: optional(values.industry),
      union_name: optional(values.union),
      ties,
      answers: answersOf(questions, values.answers),
      entered_by: settings.enteredBy.trim(),
    },
    lineOfTie,
  };
}

/** What must be fixed before a form is sent, by where it shows. */
export function checkEntry(
  questions: readonly Question[],
  settings: ConnectionsSettings,
  values: ConnectionsValues,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (settings.enteredBy.trim() === "") {
    problems[ENTERED_BY] = t("needs-entry-entered-by-missing");
  }
  if (values.form.trim() === "") {
    problems[FORM_NUMBER] = t("needs-entry-form-number-missing");
  }
  if (values.member === null) {
    problems[MEMBER] = t("connections-entry-member-missing");
  }
  const seen = new Map<OrganizationId, number>();
  values.lines.forEach((line, index) => {
    if (isBlankLine(line)) return;
    const name = line.text.trim();
    if (line.org === null) {
      problems[lineTarget(line.key, "org")] =
        name === "" ? t("connections-entry-org-missing") : t("connections-entry-org-not-picked", { name });
    } else if (seen.has(line.org.id)) {
      problems[lineTarget(line.key, "org")] = t("connections-entry-org-twice", {
        name: line.org.name,
        line: (seen.get(line.org.id) ?? 0) + 1,
      });
    } else {
      seen.set(line.org.id, index);
    }
    if (line.strength === null) {
      problems[lineTarget(line.key, "strength")] = t("ties-strength-missing");
    }
  });
  return { ...problems, ...answerProblems(questions, values.answers) };
}

/** The first problem in the order the fields are on screen, for the cursor to go to. */
export function firstProblem(
  problems: Readonly<Record<string, string>>,
  questions: readonly Question[],
  values: ConnectionsValues,
): string | null {
  const order = [
    ENTERED_BY,
    FORM_NUMBER,
    MEMBER,
    ...values.lines.flatMap((line) => (["org", "role", "strength", "introduce"] as const).map((part) => lineTarget(line.key, part))),
    WORKPLACE,
    INDUSTRY,
    UNION,
    ...questions.map((q) => questionTarget(q.key)),
  ];
  return order.find((target) => target in problems) ?? Object.keys(problems)[0] ?? null;
}

/**
 * The places that show refusals about the form's inputs, by the key the backend names (typed
 * against the generated input, so a renamed field fails the type check).
 */
const PLACE_OF_INPUT: Readonly<Partial<Record<keyof ConnectionsResponseInput, string>>> = {
  form: FORM_NUMBER,
  entered_by: ENTERED_BY,
  person_id: MEMBER,
  workplace: WORKPLACE,
  industry: INDUSTRY,
  union_name: UNION,
};

/** The part of a line a refusal about a tie's input is about. */
const PART_OF_TIE_INPUT: Readonly<Record<keyof TieAnswer, LinePart>> = {
  organization_id: "org",
  role: "role",
  strength: "strength",
  would_introduce: "introduce",
  title: "org",
};

/**
 * The place a refusal is about, or null when it is about the form as a whole. "ties.2.strength"
 * is about the third tie sent, which `lineOfTie` turns back into its line on screen.
 */
export function errorTarget(
  error: AppError,
  questions: readonly Question[],
  lineOfTie: readonly number[],
): string | null {
  const field = invalidField(error);
  if (field === null) return null;
  const place = PLACE_OF_INPUT[field as keyof ConnectionsResponseInput];
  if (place !== undefined) return place;
  const tie = /^ties\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (tie) {
    const key = lineOfTie[Number(tie[1])];
    if (key === undefined) return null;
    const part = PART_OF_TIE_INPUT[(tie[2] ?? "organization_id") as keyof TieAnswer] ?? "org";
    return lineTarget(key, part);
  }
  if (field.startsWith("answers.")) {
    const question = field.slice("answers.".length);
    if (questions.some((q) => q.key === question)) return questionTarget(question);
  }
  return null;
}

/** The refusal placed beside its field, or left for the form as a whole. */
export function placeError(
  error: AppError,
  questions: readonly Question[],
  lineOfTie: readonly number[],
): { target: string; message: string } | { target: null; error: AppError } {
  const target = errorTarget(error, questions, lineOfTie);
  return target === null ? { target, error } : { target, message: fieldMessage(error) };
}

type Key = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">;

/** 1–4 pick the role in the order the paper prints them: member, active, leader, staff. */
export function roleKey(event: Key): TieRole | null {
  if (!plainKey(event) || !/^[1-4]$/.test(event.key)) return null;
  return TIE_ROLES[Number(event.key) - 1] ?? null;
}

/** 1–5 mark how strong the tie is; Delete or Backspace leaves it unmarked again. */
export function strengthKey(event: Key): { set: number | null } | null {
  if (!plainKey(event)) return null;
  if (event.key === "Delete" || event.key === "Backspace") return { set: null };
  return /^[1-5]$/.test(event.key) ? { set: Number(event.key) } : null;
}

/** Y (or S) and N answer "would introduce us". */
export function introduceKey(event: Key): boolean | null {
  return plainKey(event) ? yesNoKey(event.key) : null;
}
