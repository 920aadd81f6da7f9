// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LanguageChoice, PaperSize } from "./chapter";
import type { CampaignId, EdgeId, MapId, NodeId, OrganizationId, PersonId } from "./ids";
import type { TieRole } from "./orgs";

export type NodeKind = "person" | "organization" | "government" | "business" | "media" | "other";

export type Direction = "directed" | "undirected" | "mutual";

export type NodeInput = { label: string, kind: NodeKind, person_id: PersonId | null, organization_id: OrganizationId | null, alignment: number, power: number, 
/**
 * Whether the chapter has judged where it stands (an imported node has not).
 */
judged: boolean, 
/**
 * A target of the campaign: the one who can give what is asked, or one with power over them.
 */
is_target: boolean, notes: string | null, };

export type MapNode = { id: NodeId, fields: NodeInput, };

export type NodeMove = { id: NodeId, alignment: number, power: number, };

export type EdgeInput = { from: NodeId, to: NodeId, 
/**
 * "donor", "appoints", "member of".
 */
label: string | null, 
/**
 * 1 (weak) to 5 (strong), when known.
 */
strength: number | null, direction: Direction, };

export type MapEdge = { id: EdgeId, fields: EdgeInput, };

export type PowerMap = { id: MapId, campaign_id: CampaignId | null, name: string, 
/**
 * "groundwork", "kumu" or "oligrapher": where the map was first made.
 */
source: string, nodes: Array<MapNode>, edges: Array<MapEdge>, is_sample: boolean, created_at: string, updated_at: string, };

export type PathIn = { node_id: NodeId, person_id: PersonId, 
/**
 * The member's name as the chapter uses it.
 */
person_name: string, role: TieRole, 
/**
 * 1 to 5, as the member said.
 */
strength: number, would_introduce: boolean, };

export type MapView = { map: PowerMap, paths: Array<PathIn>, };

export type Added = { nodes: number, edges: number, node_ids: Array<NodeId>, edge_ids: Array<EdgeId>, };

export type MapFormat = "json" | "kumu" | "svg";

export type PowerMapRequest = { map: MapId, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, 
/**
 * A poster this many sheets across and down; `null` or 1: one page.
 */
tiles: number | null, };
