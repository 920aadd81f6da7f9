// Invented records for the unit tests of the Campaigns area.
import type {
  Campaign,
  ChartSection,
  MapSummary,
  MapView,
  Project,
  StrategyItem,
} from "../api/types";
import { campaignId, mapId, projectId, strategyItemId } from "../test-ids";

export function item(
  id: string,
  section: ChartSection,
  text: string,
  target: string | null = null,
): StrategyItem {
  return {
    id: strategyItemId(id),
    section,
    text,
    target_id: target === null ? null : strategyItemId(target),
  };
}

export function mapSummary(id: string, over: Partial<MapSummary> = {}): MapSummary {
  return { id: mapId(id), name: `Map ${id}`, nodes: 0, edges: 0, ...over };
}

export function campaign(id = "c-1", over: Partial<Campaign> = {}): Campaign {
  return {
    id: campaignId(id),
    fields: { name: `Campaign ${id}`, issue: "No heat at 2400 Cermak", project_id: null },
    chart: [],
    maps: [],
    is_sample: false,
    created_at: "2026-03-01T15:00:00Z",
    updated_at: "2026-03-01T15:00:00Z",
    ...over,
  };
}

/** A chart with a goal, two targets and a tactic aimed at the second target. */
export function sampleChart(): StrategyItem[] {
  return [
    item("g1", "long_term_goal", "Every unit heated all winter"),
    item("p1", "primary_target", "The landlord"),
    item("s1", "secondary_target", "Alderman Ruiz"),
    item("t1", "tactic", "Packed ward night", "s1"),
  ];
}

export function mapView(id: string, name: string): MapView {
  return {
    map: {
      id: mapId(id),
      campaign_id: campaignId("c-1"),
      name,
      source: "groundwork",
      nodes: [],
      edges: [],
      is_sample: false,
      created_at: "2026-03-01T15:00:00Z",
      updated_at: "2026-03-01T15:00:00Z",
    },
    paths: [],
  };
}

export function project(id: string, name: string, over: Partial<Project> = {}): Project {
  return { id: projectId(id), name, program_id: "tenant", assessment_id: null, needs: ["housing"], status: "planning", ...over };
}
