// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { OrgContactId, OrgMergeId, OrganizationId, PersonId, RelationshipChangeId, TieId } from "./ids";
import type { Message } from "./messages";

export type OrgKind = "union" | "congregation" | "school" | "tenant_association" | "neighbourhood_association" | "community_group" | "mutual_aid" | "workplace" | "base_building" | "service_provider" | "business" | "government" | "elected_office" | "other";

export type Relationship = "partner" | "ally" | "friendly" | "unknown" | "neutral" | "opposed";

export type OrgInput = { name: string, kind: OrgKind, area: string | null, street: string | null, city: string | null, state: string | null, zip: string | null, languages: Array<string>, website: string | null, phone: string | null, email: string | null, notes: string | null, };

export type Organization = { id: OrganizationId, fields: OrgInput, relationship: Relationship, is_sample: boolean, created_at: string, updated_at: string, };

export type OrgSummary = { id: OrganizationId, name: string, kind: OrgKind, relationship: Relationship, area: string | null, 
/**
 * How many people are tied to it.
 */
ties: number, 
/**
 * The day of the newest logged contact, if any.
 */
last_contact: string | null, is_sample: boolean, };

export type OrgQuery = { text: string | null, kind: OrgKind | null, relationship: Relationship | null, area: string | null, limit: number | null, };

export type OrgPage = { organizations: Array<OrgSummary>, 
/**
 * How many match in all, beyond the page returned.
 */
total: number, };

export type RelationshipChange = { id: RelationshipChangeId, 
/**
 * `None` on the line the organization was added with.
 */
previous: Relationship | null, relationship: Relationship, reason: string | null, changed_by: string, 
/**
 * When, in UTC.
 */
changed_at: string, };

export type ContactKind = "contact" | "meeting" | "joint_action" | "ask";

export type ContactInput = { kind: ContactKind, 
/**
 * YYYY-MM-DD; not in the future.
 */
happened_on: string, summary: string, 
/**
 * Who was there from their side, as written.
 */
their_people: string | null, 
/**
 * Who from the chapter took part.
 */
people: Array<PersonId>, next_step: string | null, 
/**
 * YYYY-MM-DD; needs a next step, and cannot come before the contact.
 */
next_step_due: string | null, logged_by: string, };

export type Participant = { id: PersonId, name: string, };

export type OrgContact = { id: OrgContactId, organization_id: OrganizationId, kind: ContactKind, happened_on: string, summary: string, their_people: string | null, people: Array<Participant>, next_step: string | null, next_step_due: string | null, next_step_done_on: string | null, logged_by: string, };

export type OrgDetail = { organization: Organization, 
/**
 * Newest first.
 */
history: Array<RelationshipChange>, 
/**
 * Newest first.
 */
contacts: Array<OrgContact>, 
/**
 * Strongest first.
 */
ties: Array<Tie>, 
/**
 * Records merged into this one, newest first (each can be undone until it is).
 */
merges: Array<OrgMerge>, };

export type QuietRelationship = { organization_id: OrganizationId, name: string, relationship: Relationship, 
/**
 * The day of the last logged contact; `None` when there has never been one.
 */
last_contact: string | null, is_sample: boolean, };

export type DueStep = { contact_id: OrgContactId, organization_id: OrganizationId, name: string, kind: ContactKind, next_step: string, due: string, 
/**
 * The day has passed.
 */
overdue: boolean, is_sample: boolean, };

export type ToTend = { weeks: number, 
/**
 * Longest quiet first (never contacted at the top).
 */
quiet: Array<QuietRelationship>, 
/**
 * Soonest first.
 */
due: Array<DueStep>, };

export type OrgFormat = "json" | "csv";

export type OrgImportReport = { 
/**
 * How the file was read ("CSV", "Excel workbook, sheet …").
 */
read_as: Message, added: number, 
/**
 * Rows naming an organization the directory already has (or that came earlier in the file).
 */
already_there: number, };

export type OrgMerge = { id: OrgMergeId, kept_id: OrganizationId, 
/**
 * The name the record merged away had.
 */
merged_name: string, merged_id: OrganizationId, merged_by: string, 
/**
 * When, in UTC.
 */
merged_at: string, 
/**
 * When it was undone; `None` while it stands.
 */
undone_at: string | null, };

export type OrgLikeness = "same_words" | "name_within" | "same_website" | "same_phone" | "same_email";

export type OrgSide = { id: OrganizationId, name: string, kind: OrgKind, area: string | null, 
/**
 * Members tied to it.
 */
ties: number, };

export type OrgDuplicatePair = { 
/**
 * The record with more ties (then the one made first): usually the one to keep.
 */
a: OrgSide, b: OrgSide, likeness: Array<OrgLikeness>, };

export type TieRole = "member" | "active" | "leader" | "staff";

export type TieInput = { person_id: PersonId, organization_id: OrganizationId, role: TieRole, 
/**
 * Their title there, as written ("pastor", "shop steward").
 */
title: string | null, 
/**
 * 1 (loose) to 5 (as close as it gets).
 */
strength: number, would_introduce: boolean, };

export type Tie = { id: TieId, person_id: PersonId, person_name: string, organization_id: OrganizationId, organization_name: string, organization_kind: OrgKind, role: TieRole, title: string | null, strength: number, would_introduce: boolean, 
/**
 * The day the tie was last told.
 */
noted_on: string, is_sample: boolean, };

export type RankedOrg = { id: OrganizationId, name: string, kind: OrgKind, relationship: Relationship, area: string | null, 
/**
 * People tied to it.
 */
members: number, 
/**
 * Their ties' strengths, summed.
 */
strength: number, 
/**
 * Of them, how many would introduce the chapter.
 */
would_introduce: number, 
/**
 * Leaders, officers and staff among them.
 */
leaders: number, 
/**
 * 1 is best; equal organizations share a rank (1, 2, 2, 4).
 */
rank: number, is_sample: boolean, };
