// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { OrganizationId, PersonId, TieId } from "./ids";
import type { OrgKind, Relationship } from "./orgs";

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
rank: number, };
