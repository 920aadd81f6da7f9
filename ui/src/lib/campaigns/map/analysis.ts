// What a map says at a glance: who the targets are, who is powerful on each side, who could be
// moved, where the chapter has no way in, and what is still to be placed. Places are judged
// only once the chapter has placed a node; an imported one counts only as "not yet placed".
import type { MapEdge, MapNode, NodeId, PathIn } from "../../api/types";

/** Power from which a node counts as powerful ("high" and "decisive"). */
export const POWERFUL = 3;

export type Analysis = {
  targets: MapNode[];
  /** Power ≥ 3, allied or strongly allied (alignment ≥ 1). */
  powerfulAllies: MapNode[];
  /** Power ≥ 3, opposed or strongly opposed (alignment ≤ −1). */
  powerfulOpponents: MapNode[];
  /** Power ≥ 3 and neutral (−0.5 to 0.5): those worth moving. */
  movable: MapNode[];
  /** No member can reach them: most powerful first. */
  noPathIn: MapNode[];
  /** Imported, not yet judged by the chapter. */
  notPlaced: MapNode[];
};

/** How many members can reach each node (its paths in). */
export function reachByNode(paths: readonly PathIn[]): Map<NodeId, number> {
  const reach = new Map<NodeId, number>();
  for (const path of paths) reach.set(path.node_id, (reach.get(path.node_id) ?? 0) + 1);
  return reach;
}

/** How many relationships each node has, either way. */
export function relationshipsByNode(edges: readonly MapEdge[]): Map<NodeId, number> {
  const counts = new Map<NodeId, number>();
  for (const { fields } of edges) {
    counts.set(fields.from, (counts.get(fields.from) ?? 0) + 1);
    counts.set(fields.to, (counts.get(fields.to) ?? 0) + 1);
  }
  return counts;
}

/** Most powerful first; then by name. */
function byPower(a: MapNode, b: MapNode): number {
  return b.fields.power - a.fields.power || a.fields.label.localeCompare(b.fields.label);
}

export function analyse(nodes: readonly MapNode[], reach: ReadonlyMap<NodeId, number>): Analysis {
  const placed = nodes.filter((n) => n.fields.judged);
  const powerful = placed.filter((n) => n.fields.power >= POWERFUL);
  return {
    targets: nodes.filter((n) => n.fields.is_target).sort(byPower),
    powerfulAllies: powerful.filter((n) => n.fields.alignment >= 1).sort(byPower),
    powerfulOpponents: powerful.filter((n) => n.fields.alignment <= -1).sort(byPower),
    movable: powerful.filter((n) => Math.abs(n.fields.alignment) <= 0.5).sort(byPower),
    noPathIn: nodes.filter((n) => (reach.get(n.id) ?? 0) === 0).sort(byPower),
    notPlaced: nodes.filter((n) => !n.fields.judged).sort(byPower),
  };
}
