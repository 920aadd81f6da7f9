// Campaigns and power maps: the campaigns with their strategy charts, and each map's nodes and
// relationships as the canvas draws and changes them, our paths in, "add this one's
// connections", and maps from and to other tools' files.
import type { CampaignId, EdgeId, MapId, NodeId } from "../types/ids";
import type {
  Added,
  Campaign,
  CampaignInput,
  ChartItemInput,
  EdgeInput,
  MapEdge,
  MapFormat,
  MapNode,
  MapView,
  NodeInput,
  NodeMove,
  PowerMapRequest,
  PrintedFile,
  StrategyChartRequest,
} from "../types";
import { t } from "../../i18n/locale.svelte";
import { call } from "./call";

/** Every campaign, newest first, with its chart and its maps. */
export function listCampaigns(): Promise<Campaign[]> {
  return call("list_campaigns", {});
}

export function getCampaign(id: CampaignId): Promise<Campaign> {
  return call("get_campaign", { id });
}

export function createCampaign(input: CampaignInput): Promise<Campaign> {
  return call("create_campaign", { input });
}

export function updateCampaign(id: CampaignId, input: CampaignInput): Promise<Campaign> {
  return call("update_campaign", { id, input });
}

/** Saves the whole strategy chart; a tactic names its target by its place in `items`. */
export function saveStrategyChart(id: CampaignId, items: ChartItemInput[]): Promise<Campaign> {
  return call("save_strategy_chart", { id, items });
}

/** A map with its nodes, relationships and our paths in. */
export function getMap(id: MapId): Promise<MapView> {
  return call("get_map", { id });
}

export function createMap(campaign: CampaignId, name: string): Promise<MapView> {
  return call("create_map", { campaign, name });
}

export function renameMap(id: MapId, name: string): Promise<MapView> {
  return call("rename_map", { id, name });
}

export function deleteMap(id: MapId): Promise<null> {
  return call("delete_map", { id });
}

export function addMapNode(map: MapId, input: NodeInput): Promise<MapNode> {
  return call("add_map_node", { map, input });
}

export function updateMapNode(id: NodeId, input: NodeInput): Promise<MapNode> {
  return call("update_map_node", { id, input });
}

/** Nodes dragged, or moved with the arrow keys, to new places: all of them at once. */
export function moveMapNodes(moves: NodeMove[]): Promise<null> {
  return call("move_map_nodes", { moves });
}

export function removeMapNode(id: NodeId): Promise<null> {
  return call("remove_map_node", { id });
}

export function addMapEdge(map: MapId, input: EdgeInput): Promise<MapEdge> {
  return call("add_map_edge", { map, input });
}

export function updateMapEdge(id: EdgeId, input: EdgeInput): Promise<MapEdge> {
  return call("update_map_edge", { id, input });
}

export function removeMapEdge(id: EdgeId): Promise<null> {
  return call("remove_map_edge", { id });
}

/** "Add this one's connections": what the records know around the node comes onto the map. */
export function addNodeConnections(id: NodeId): Promise<Added> {
  return call("add_node_connections", { id });
}

/** Asks for a Kumu or Oligrapher file and imports it into `campaign`; null when the dialog was closed. */
export function importMapFile(campaign: CampaignId | null): Promise<MapView | null> {
  return call("import_map_file", {
    campaign,
    title: t("maps-import-dialog-title"),
    filter: t("maps-import-dialog-files"),
  });
}

/** Asks where to save, then writes the map; the file's path, or null when the dialog was closed. */
export function exportMapFile(id: MapId, format: MapFormat): Promise<string | null> {
  return call("export_map_file", {
    id,
    format,
    title: t("maps-export-dialog-title"),
    filter: format === "svg" ? t("maps-export-dialog-files-svg") : t("maps-export-dialog-files-json"),
  });
}

/** The map on paper (a landscape page, then who can reach whom), written into the print folder. */
export function printPowerMap(request: PowerMapRequest): Promise<PrintedFile> {
  return call("print_power_map", { request });
}

/** A campaign's strategy chart on paper, written into the print folder. */
export function printStrategyChart(request: StrategyChartRequest): Promise<PrintedFile> {
  return call("print_strategy_chart", { request });
}
