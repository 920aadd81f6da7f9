// The words the Maps tab says about a power map: how much is on it, and the kinds of file it
// can be written to.
import type { MapFormat, MapSummary } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** "24 people and institutions · 31 relationships". */
export function mapCountsText(map: Pick<MapSummary, "nodes" | "edges">): string {
  return t("maps-row-counts", { nodes: map.nodes, edges: map.edges });
}

export function mapFormatLabel(format: MapFormat): string {
  switch (format) {
    case "json":
      return t("maps-format-json");
    case "kumu":
      return t("maps-format-kumu");
    case "svg":
      return t("maps-format-svg");
  }
}
