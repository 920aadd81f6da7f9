// The map's nodes and relationships as Svelte Flow draws them. A flow node carries the map
// node itself and its paths-in count; one is made again only when its node changes, so a drag
// or an edit touches one object, not three hundred.
import type { Edge, EdgeMarker, Node } from "@xyflow/svelte";
import type { Direction, MapEdge, MapNode, NodeId } from "../../api/types";
import { t } from "../../i18n/locale.svelte";
import { NODE_SIZE, toFlow } from "./grid";
import { nodeLook } from "./look";

export type PowerNodeData = { node: MapNode; reach: number };
export type PowerFlowNode = Node<PowerNodeData, "power">;
export type PowerEdgeData = { edge: MapEdge };
export type PowerFlowEdge = Edge<PowerEdgeData, "power">;

/** Handle ids: relationships run centre to centre; a new one is drawn from the "draw" handle. */
export const HANDLE_OUT = "out";
export const HANDLE_IN = "in";
export const HANDLE_DRAW = "draw";

const ARROW: EdgeMarker = { type: "arrowclosed", width: 16, height: 16, color: "#4a5260" };

export function flowNode(node: MapNode, reach: number, before?: PowerFlowNode): PowerFlowNode {
  return {
    ...before,
    id: node.id,
    type: "power",
    position: toFlow(node.fields),
    width: NODE_SIZE,
    height: NODE_SIZE,
    data: { node, reach },
    domAttributes: {
      "data-testid": "map-node",
      "data-node-id": node.id,
      "data-label": node.fields.label,
    },
  };
}

/** Arrowheads by direction: at the far end, at both, or none. */
export function markers(direction: Direction): Pick<PowerFlowEdge, "markerStart" | "markerEnd"> {
  switch (direction) {
    case "directed":
      return { markerEnd: ARROW };
    case "mutual":
      return { markerStart: ARROW, markerEnd: ARROW };
    case "undirected":
      return {};
  }
}

/** A node's name by its id, for what a screen reader says of a relationship. */
export type NameOf = (id: NodeId) => string;

/** "Mayor Ruiz to City Council: appoints". */
export function edgeAriaLabel(edge: MapEdge, nameOf: NameOf): string {
  const { from, to, label } = edge.fields;
  const ends = { from: nameOf(from), to: nameOf(to) };
  return label ? t("map-edge-aria-labelled", { ...ends, label }) : t("map-edge-aria", ends);
}

export function flowEdge(edge: MapEdge, nameOf: NameOf, before?: PowerFlowEdge): PowerFlowEdge {
  const { from, to, label, direction } = edge.fields;
  return {
    id: edge.id,
    type: "power",
    source: from,
    target: to,
    sourceHandle: HANDLE_OUT,
    targetHandle: HANDLE_IN,
    selected: before?.selected,
    label: label ?? undefined,
    ariaLabel: edgeAriaLabel(edge, nameOf),
    data: { edge },
    ...markers(direction),
    domAttributes: { "data-testid": "map-edge", "data-edge-id": edge.id },
  };
}

/**
 * The flow's items after some of the map's changed, came or went: changed ones are made again
 * by `make` (keeping what Svelte Flow knows of them: measured size, selection), new ones are
 * added at the end, the rest stay the very same objects.
 */
function patched<F extends { id: string }, M extends { id: string }>(
  flow: readonly F[],
  changed: readonly M[],
  gone: ReadonlySet<string>,
  make: (item: M, before?: F) => F,
): F[] {
  const byId = new Map(changed.map((item) => [item.id, item]));
  const next: F[] = [];
  for (const f of flow) {
    if (gone.has(f.id)) continue;
    const item = byId.get(f.id);
    byId.delete(f.id);
    next.push(item ? make(item, f) : f);
  }
  for (const item of byId.values()) next.push(make(item));
  return next;
}

export function patchFlowNodes(
  flow: readonly PowerFlowNode[],
  changed: readonly MapNode[],
  gone: ReadonlySet<string>,
  reach: ReadonlyMap<NodeId, number>,
): PowerFlowNode[] {
  return patched(flow, changed, gone, (node, before) => flowNode(node, reach.get(node.id) ?? 0, before));
}

export function patchFlowEdges(
  flow: readonly PowerFlowEdge[],
  changed: readonly MapEdge[],
  gone: ReadonlySet<string>,
  nameOf: NameOf,
): PowerFlowEdge[] {
  return patched(flow, changed, gone, (edge, before) => flowEdge(edge, nameOf, before));
}

/** The flow's nodes with these (and only these) selected, when told so from outside the canvas. */
export function selectFlowNodes(flow: readonly PowerFlowNode[], ids: ReadonlySet<string>): PowerFlowNode[] {
  return flow.map((f) => (Boolean(f.selected) === ids.has(f.id) ? f : { ...f, selected: ids.has(f.id) }));
}

/** Not yet placed, in the overview: its white fill would not show on the overview's white. */
const NOT_PLACED = "#a3a8b0";

/**
 * The minimap's colour for a node: its fill on the map, grey while it is not yet placed; a
 * member drawn with our paths in (paths-overlay.ts) in the members' own colour.
 */
export function miniMapColour(node: Node): string {
  if (node.type === "member") return "var(--color-member)";
  const data = node.data as Partial<PowerNodeData>;
  const fields = data.node?.fields;
  if (!fields || !fields.judged) return NOT_PLACED;
  return nodeLook(fields.alignment, true).fill;
}
