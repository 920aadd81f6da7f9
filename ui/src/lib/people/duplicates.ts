// Possible duplicates and merging two records of one person: the wording of why two records
// look alike, each group of fields in words, the default choice per group, what is joined and
// what history moves, and the request sent to `merge_people`.
import type {
  CustomField,
  DuplicatePair,
  Likeness,
  MergeComparison,
  MergeField,
  MergeRequest,
  Person,
  PersonId,
  Phone,
  RecordHistory,
  Slot,
} from "../api/types";
import { formatDate } from "../format/date";
import { formatPhone } from "../format/phone";
import { formatList } from "../i18n/intl";
import { t } from "../i18n/locale.svelte";
import { labelOf, membershipStatuses, transports, workSchedules } from "./labels";
import { addressLines, optOuts } from "./person-record";

/** One of the two records of a pair: `a` is the older one. */
export type Side = "a" | "b";

export function otherSide(side: Side): Side {
  return side === "a" ? "b" : "a";
}

/** A stable key for a pair, for lists and for remembering which row had the focus. */
export function pairKey(pair: Pick<DuplicatePair, "a" | "b">): string {
  return `${pair.a.id}/${pair.b.id}`;
}

/**
 * The line above the list of pairs: "1 pair to look at", and when the list holds only the
 * strongest `shown` of them, how the rest come up.
 */
export function duplicatesSummary(total: number, shown: number): string {
  if (total <= shown) return t("people-duplicates-count", { count: total });
  return t("people-duplicates-count-cut", { count: total, shown });
}

/** Each pair a person is part of, with the other record of it. */
export function otherRecords(
  personId: PersonId,
  pairs: readonly DuplicatePair[],
): { pair: DuplicatePair; other: DuplicatePair["a"] }[] {
  return pairs.map((pair) => ({ pair, other: pair.a.id === personId ? pair.b : pair.a }));
}

/** Why two records look like one person, in a sentence: "Same phone: (617) 555-0143". */
export function likenessText(likeness: Likeness): string {
  switch (likeness.kind) {
    case "same_email":
      return t("people-same-email", { email: likeness.email });
    case "same_phone":
      return t("people-same-phone", { phone: formatPhone(likeness.phone) });
    case "same_name_and_address":
      return t("people-same-name-and-address", { name: likeness.name, street: likeness.street });
  }
}

/** The reasons, short, for a line about one person: "same phone and same email". */
export function likenessShort(likeness: readonly Likeness[]): string {
  const word = (kind: Likeness["kind"]): string => {
    switch (kind) {
      case "same_email":
        return t("people-short-same-email");
      case "same_phone":
        return t("people-short-same-phone");
      case "same_name_and_address":
        return t("people-short-same-name-and-address");
    }
  };
  return formatList([...new Set(likeness.map((l) => word(l.kind)))]);
}

/** The groups of fields, in the order the backend compares them. */
export const MERGE_FIELDS: readonly MergeField[] = [
  "name",
  "pronouns",
  "address",
  "preferred_language",
  "union",
  "workplace",
  "access_needs",
  "responsibilities",
  "membership",
  "ladder_level",
];

/** What a group of fields is called, in the screens' language; an unknown one as it came. */
export function mergeFieldLabel(field: MergeField): string {
  switch (field) {
    case "name":
      return t("people-field-name");
    case "pronouns":
      return t("people-field-pronouns");
    case "address":
      return t("people-field-address");
    case "preferred_language":
      return t("people-field-preferred-language");
    case "union":
      return t("people-field-union");
    case "workplace":
      return t("people-field-workplace");
    case "access_needs":
      return t("people-field-access-needs");
    case "responsibilities":
      return t("people-field-responsibilities");
    case "membership":
      return t("people-field-membership");
    case "ladder_level":
      return t("people-ladder-level");
    default:
      return field;
  }
}

function text(value: string | null | undefined): string {
  return value?.trim() ?? "";
}

function joined(parts: ReadonlyArray<string | null | undefined>, separator: string): string {
  return parts.map(text).filter((part) => part !== "").join(separator);
}

/**
 * A group of fields of one record in words, or null when the record holds nothing there.
 * `levelName` turns a ladder key into the chapter's name for it.
 */
export function fieldInWords(
  field: MergeField,
  person: Person,
  levelName: (key: string) => string = (key) => key,
): string | null {
  const words = ((): string => {
    switch (field) {
      case "name": {
        const full = joined([person.first_name, person.last_name], " ");
        const goesBy = text(person.preferred_name);
        if (goesBy === "" || goesBy === text(person.first_name)) return full;
        return full === "" ? goesBy : t("people-goes-by", { name: full, goesBy });
      }
      case "pronouns":
        return text(person.pronouns);
      case "address":
        // Stored address fields are trimmed, with blanks as null.
        return addressLines(person.address).join(", ");
      case "preferred_language":
        return text(person.preferred_language);
      case "union":
        return joined([person.union_name, person.union_local], ", ");
      case "workplace":
        return text(person.workplace);
      case "access_needs":
        return text(person.access_needs);
      case "responsibilities": {
        const r = person.responsibilities;
        const lower = (text: string) => text.toLowerCase();
        const care = r.cares_for_adult
          ? text(r.caregiving_note)
            ? t("people-merge-cares-for-adult-note", { note: text(r.caregiving_note) })
            : t("people-merge-cares-for-adult")
          : "";
        const parts = [
          r.children > 0 ? t("people-children", { count: r.children }) : "",
          r.needs_childcare ? t("people-merge-needs-childcare") : "",
          care,
          r.work_schedule !== "unknown" ? lower(labelOf(workSchedules(), r.work_schedule)) : "",
          r.transport !== "unknown" ? lower(labelOf(transports(), r.transport)) : "",
        ];
        const sentence = joined(parts, "; ");
        return sentence === "" ? "" : sentence[0].toUpperCase() + sentence.slice(1);
      }
      case "membership": {
        const m = person.membership;
        return joined(
          [
            m.status ? labelOf(membershipStatuses(), m.status) : null,
            m.member_type,
            m.dues_status ? t("people-merge-dues", { dues: m.dues_status }) : null,
            m.join_date ? t("people-merge-joined-on", { date: formatDate(m.join_date) }) : null,
            m.expires_on ? t("people-merge-expires", { date: formatDate(m.expires_on) }) : null,
            m.actionkit_id ? t("people-merge-actionkit", { id: m.actionkit_id }) : null,
          ],
          " · ",
        );
      }
      case "ladder_level":
        return levelName(person.ladder_level);
    }
  })();
  return words === "" ? null : words;
}

/**
 * Which record's value a group starts on: the kept record's, unless it holds nothing there and
 * the other one does.
 */
export function defaultSide(field: MergeField, keep: Side, comparison: MergeComparison): Side {
  const kept = keep === "a" ? comparison.a : comparison.b;
  const other = keep === "a" ? comparison.b : comparison.a;
  const empty = (person: Person) => fieldInWords(field, person) === null;
  return empty(kept) && !empty(other) ? otherSide(keep) : keep;
}

/** The groups that are the same on both records, in the usual order. */
export function sameFields(comparison: MergeComparison): MergeField[] {
  return MERGE_FIELDS.filter((field) => !comparison.differing.includes(field));
}

/** The request for `merge_people`: the groups whose chosen value is on the record merged away. */
export function mergeRequest(
  comparison: MergeComparison,
  keep: Side,
  choice: (field: MergeField) => Side,
  mergedBy: string,
): MergeRequest {
  const kept = keep === "a" ? comparison.a : comparison.b;
  const merged = keep === "a" ? comparison.b : comparison.a;
  return {
    keep: kept.id,
    merge: merged.id,
    take_from_merged: comparison.differing.filter((field) => choice(field) !== keep),
    merged_by: mergedBy.trim(),
  };
}

export type MergeValues = {
  keep: Side;
  /** The groups the organizer chose by hand; the others follow `defaultSide`. */
  chosen: Partial<Record<MergeField, Side>>;
  mergedBy: string;
};

/** The inputs the merge form shows the backend's refusals beside. */
export const MERGE_FORM_FIELDS: readonly string[] = ["merged_by"];

export function validateMerge(values: MergeValues): Record<string, string> {
  return values.mergedBy.trim() === ""
    ? { merged_by: t("people-merged-by-missing") }
    : {};
}

/** What the kept record ends up with from both: lists joined, opt-outs from either. */
export type Joined = {
  phones: Phone[];
  emails: string[];
  languages: string[];
  tags: string[];
  availability: Slot[];
  customFields: CustomField[];
  /** "Do not call", … : an opt-out on either record stays. */
  optOuts: string[];
};

/** The kept record's entries first, then the other's that it lacks (as the backend joins them). */
function union<T>(kept: readonly T[], other: readonly T[], same: (x: T, y: T) => boolean): T[] {
  const all = [...kept];
  for (const item of other) if (!all.some((have) => same(have, item))) all.push(item);
  return all;
}

const sameText = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();

export function joinedLists(kept: Person, other: Person): Joined {
  return {
    phones: union(
      kept.phones,
      other.phones,
      (x, y) => x.number === y.number || (x.e164 !== null && x.e164 === y.e164),
    ),
    emails: union(kept.emails, other.emails, sameText),
    languages: union(kept.languages, other.languages, sameText),
    tags: union(kept.tags, other.tags, sameText),
    availability: union(
      kept.availability,
      other.availability,
      (x, y) => x.day === y.day && x.part === y.part,
    ),
    customFields: union(kept.custom_fields, other.custom_fields, (x, y) =>
      sameText(x.name, y.name),
    ),
    optOuts: optOuts({
      do_not_call: kept.do_not_call || other.do_not_call,
      do_not_text: kept.do_not_text || other.do_not_text,
      do_not_email: kept.do_not_email || other.do_not_email,
    }),
  };
}

/** A record's history in words: ["2 one-on-ones", "1 meeting"]; empty when it has none. */
export function historyParts(history: RecordHistory): string[] {
  return [
    history.one_on_ones > 0 ? t("people-history-one-on-ones", { count: history.one_on_ones }) : "",
    history.meetings > 0 ? t("people-history-meetings", { count: history.meetings }) : "",
    history.ladder_changes > 0
      ? t("people-history-ladder-changes", { count: history.ladder_changes })
      : "",
  ].filter((part) => part !== "");
}

/**
 * What moves with a merge, from the record merged away:
 * "2 one-on-ones, 3 meetings and 1 ladder change move to the kept record."
 */
export function historySentence(moving: RecordHistory): string {
  const parts = historyParts(moving);
  if (parts.length === 0) {
    return t("people-history-none");
  }
  const total = moving.one_on_ones + moving.meetings + moving.ladder_changes;
  return t("people-history-moves", { count: total, list: formatList(parts) });
}

/** Where a record first came from, in words; a code this version does not know, as it came. */
export function sourceText(source: string): string {
  switch (source) {
    case "entered":
      return t("people-source-entered");
    case "national list":
      return t("people-source-national-list");
    case "sign-in":
      return t("people-source-sign-in");
    case "spoke":
      return t("people-source-spoke");
    case "van":
      return t("people-source-van");
    case "action network":
      return t("people-source-action-network");
    case "sample":
      return t("people-source-sample");
    default:
      return source;
  }
}
