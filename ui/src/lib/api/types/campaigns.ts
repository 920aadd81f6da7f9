// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LanguageChoice, PaperSize } from "./chapter";
import type { CampaignId, MapId, ProjectId, StrategyItemId } from "./ids";

export type ChartColumn = "goals" | "organizational" | "constituents" | "targets" | "tactics";

export type ChartSection = "long_term_goal" | "intermediate_goal" | "short_term_goal" | "resources" | "gains" | "internal_problems" | "constituents" | "allies" | "opponents" | "primary_target" | "secondary_target" | "tactic";

export type StrategyItem = { id: StrategyItemId, section: ChartSection, text: string, 
/**
 * A tactic's target (an item in a target section).
 */
target_id: StrategyItemId | null, };

export type ChartItemInput = { id: StrategyItemId | null, section: ChartSection, text: string, target: number | null, };

export type CampaignInput = { name: string, 
/**
 * The issue it takes up, in the chapter's words ("the landlord at 2400 Cermak will not
 * fix the heat").
 */
issue: string | null, 
/**
 * The base-building project it grew out of, if any.
 */
project_id: ProjectId | null, };

export type MapSummary = { id: MapId, name: string, nodes: number, edges: number, };

export type Campaign = { id: CampaignId, fields: CampaignInput, 
/**
 * The strategy chart's items, column by column, each section in its order.
 */
chart: Array<StrategyItem>, maps: Array<MapSummary>, is_sample: boolean, created_at: string, updated_at: string, };

export type StrategyChartRequest = { campaign: CampaignId, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };
