// The map as a table: one row a node, sortable by each column, so the whole map can be read
// and changed from the keyboard and with a screen reader.
import type { MapNode, NodeId } from "../../api/types";
import { kindLabel } from "./words";

export type MapRow = {
  node: MapNode;
  /** Members who can reach it. */
  reach: number;
  relationships: number;
};

export type SortColumn =
  | "label"
  | "kind"
  | "alignment"
  | "power"
  | "target"
  | "reach"
  | "relationships";

export const SORT_COLUMNS: readonly SortColumn[] = [
  "label",
  "kind",
  "alignment",
  "power",
  "target",
  "reach",
  "relationships",
];

export type Sort = { column: SortColumn; ascending: boolean };

/** Most powerful first, as an organizer reads a map. */
export const FIRST_SORT: Sort = { column: "power", ascending: false };

export function mapRows(
  nodes: readonly MapNode[],
  reach: ReadonlyMap<NodeId, number>,
  relationships: ReadonlyMap<NodeId, number>,
): MapRow[] {
  return nodes.map((node) => ({
    node,
    reach: reach.get(node.id) ?? 0,
    relationships: relationships.get(node.id) ?? 0,
  }));
}

function compareBy(column: SortColumn): (a: MapRow, b: MapRow) => number {
  switch (column) {
    case "label":
      return () => 0;
    case "kind":
      return (a, b) => kindLabel(a.node.fields.kind).localeCompare(kindLabel(b.node.fields.kind));
    case "alignment":
      return (a, b) => a.node.fields.alignment - b.node.fields.alignment;
    case "power":
      return (a, b) => a.node.fields.power - b.node.fields.power;
    case "target":
      return (a, b) => Number(a.node.fields.is_target) - Number(b.node.fields.is_target);
    case "reach":
      return (a, b) => a.reach - b.reach;
    case "relationships":
      return (a, b) => a.relationships - b.relationships;
  }
}

/** The rows in the order asked; rows alike in that column stay in order of name. */
export function sortRows(rows: readonly MapRow[], sort: Sort): MapRow[] {
  const compare = compareBy(sort.column);
  const sign = sort.ascending ? 1 : -1;
  const byName = (a: MapRow, b: MapRow) => a.node.fields.label.localeCompare(b.node.fields.label);
  return [...rows].sort((a, b) => {
    const first = sort.column === "label" ? byName(a, b) : compare(a, b);
    return sign * first || byName(a, b);
  });
}

/** A click on a column's heading: that column, or the other way round when it already is. */
export function sortedBy(current: Sort, column: SortColumn): Sort {
  if (current.column === column) return { column, ascending: !current.ascending };
  // Names read A to Z first; numbers and marks most first.
  return { column, ascending: column === "label" || column === "kind" };
}
