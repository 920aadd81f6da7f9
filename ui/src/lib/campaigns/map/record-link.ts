// The record a node stands for: a person in People, or an organization in the directory. A
// person node stands for a person; every other kind (an organization, an office, a business,
// a paper) for an organization.
import type { NodeInput, NodeKind, OrganizationId, PersonId } from "../../api/types";

export type RecordLink = { kind: "person"; id: PersonId } | { kind: "organization"; id: OrganizationId };

export type RecordKind = RecordLink["kind"];

/** The kind of record a node of this kind stands for. */
export function recordKindFor(kind: NodeKind): RecordKind {
  return kind === "person" ? "person" : "organization";
}

/** The record the node stands for, if any. */
export function linkOf(fields: NodeInput): RecordLink | null {
  if (fields.person_id !== null) return { kind: "person", id: fields.person_id };
  if (fields.organization_id !== null) return { kind: "organization", id: fields.organization_id };
  return null;
}

/** The node standing for `link`, or for no record when null. */
export function withLink(fields: NodeInput, link: RecordLink | null): NodeInput {
  return {
    ...fields,
    person_id: link?.kind === "person" ? link.id : null,
    organization_id: link?.kind === "organization" ? link.id : null,
  };
}

/** Whether two nodes stand for the same record (or both for none). */
export function sameLink(a: NodeInput, b: NodeInput): boolean {
  return a.person_id === b.person_id && a.organization_id === b.organization_id;
}

/** A key for the record, the same for the same record. */
export function linkKey(link: RecordLink): string {
  return `${link.kind}:${link.id}`;
}
