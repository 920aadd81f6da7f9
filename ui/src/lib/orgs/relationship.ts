// Changing the chapter's relationship with an organization, and the lines of its history.
import type { Relationship, RelationshipChange } from "../api/types";
import { formatDateTime } from "../format/date-time";
import { t } from "../i18n/locale.svelte";
import { relationshipLabel } from "./labels";

/** The "change relationship" form as the inputs hold it. */
export type RelationshipValues = { relationship: Relationship; reason: string; changedBy: string };

export type RelationshipErrors = Partial<Record<"relationship" | "changed_by", string>>;

/** The inputs the form shows the backend's refusals beside. */
export const RELATIONSHIP_FIELDS: readonly (keyof RelationshipErrors)[] = [
  "relationship",
  "changed_by",
];

export function validateRelationship(
  values: RelationshipValues,
  current: Relationship,
): RelationshipErrors {
  const errors: RelationshipErrors = {};
  if (values.relationship === current) {
    errors.relationship = t("orgs-relationship-same", { relationship: relationshipLabel(current) });
  }
  if (values.changedBy.trim() === "") errors.changed_by = t("orgs-changed-by-missing");
  return errors;
}

/** A line of the history in parts: the move, who made it and when, and why. */
export type HistoryLine = { move: string; by: string; why: string | null };

export function historyLine(change: RelationshipChange, timeZone: string | undefined): HistoryLine {
  const to = relationshipLabel(change.relationship);
  return {
    move:
      change.previous === null
        ? t("orgs-history-added", { relationship: to })
        : t("orgs-history-moved", { from: relationshipLabel(change.previous), to }),
    by: t("orgs-history-by", {
      name: change.changed_by,
      when: formatDateTime(change.changed_at, timeZone),
    }),
    why: change.reason,
  };
}
