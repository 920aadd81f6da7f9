import type { OrganizationId, Relationship } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import { RELATIONSHIP_FIELDS, validateRelationship, type RelationshipValues } from "./relationship";

export type RelationshipRequest = {
  relationship: Relationship;
  reason: string | null;
  changedBy: string;
};

/** The "change relationship" form on one organization's record. */
export class RelationshipDraft extends Draft<RelationshipValues> {
  readonly orgId: OrganizationId;

  /** @param current the relationship now, which the form refuses to "change" to. */
  constructor(orgId: OrganizationId, current: Relationship, start: RelationshipValues) {
    super(start, (values) => validateRelationship(values, current), RELATIONSHIP_FIELDS);
    this.orgId = orgId;
  }

  submit(): RelationshipRequest | null {
    if (!this.attempt()) return null;
    const reason = this.values.reason.trim();
    return {
      relationship: this.values.relationship,
      reason: reason === "" ? null : reason,
      changedBy: this.values.changedBy.trim(),
    };
  }
}
