// The side panel's forms: a node's values, a relationship's, and a new node's; what to fix in
// each, and the input sent.
import type { Direction, EdgeInput, MapEdge, MapNode, NodeId, NodeInput, NodeKind } from "../../api/types";
import type { FieldErrors } from "../../forms/draft.svelte";
import { t } from "../../i18n/locale.svelte";
import { linkOf, recordKindFor, withLink } from "./record-link";

export type NodeValues = {
  label: string;
  kind: NodeKind;
  alignment: number;
  power: number;
  isTarget: boolean;
  notes: string;
};

/** The inputs the node form shows the backend's refusals beside. */
export const NODE_FIELDS: readonly string[] = ["label", "kind", "alignment", "power", "notes"];

export function nodeValues(node: MapNode): NodeValues {
  const f = node.fields;
  return {
    label: f.label,
    kind: f.kind,
    alignment: f.alignment,
    power: f.power,
    isTarget: f.is_target,
    notes: f.notes ?? "",
  };
}

function labelErrors(label: string): FieldErrors {
  return label.trim() === "" ? { label: t("map-node-label-needed") } : {};
}

export function validateNode(values: NodeValues): FieldErrors {
  return labelErrors(values.label);
}

/**
 * The node as the form says it. Saving a place the chapter chose judges it; a node not yet
 * judged whose place is left alone stays so. A node made a person stands for no organization
 * any more, and one no longer a person for no person.
 */
export function nodeInput(node: MapNode, values: NodeValues): NodeInput {
  const f = node.fields;
  const moved = values.alignment !== f.alignment || values.power !== f.power;
  const notes = values.notes.trim();
  const link = linkOf(f);
  return {
    ...withLink(f, link && link.kind === recordKindFor(values.kind) ? link : null),
    label: values.label.trim(),
    kind: values.kind,
    alignment: values.alignment,
    power: values.power,
    judged: f.judged || moved,
    is_target: values.isTarget,
    notes: notes === "" ? null : notes,
  };
}

export type NewNodeValues = { label: string; kind: NodeKind };

export const NEW_NODE_FIELDS: readonly string[] = ["label", "kind"];

export function validateNewNode(values: NewNodeValues): FieldErrors {
  return labelErrors(values.label);
}

/** A new node sits at the map's middle (neutral, moderate power), judged: the chapter put it there. */
export function newNodeInput(values: NewNodeValues): NodeInput {
  return {
    label: values.label.trim(),
    kind: values.kind,
    person_id: null,
    organization_id: null,
    alignment: 0,
    power: 2,
    judged: true,
    is_target: false,
    notes: null,
  };
}

export type EdgeValues = {
  /** The node at the other end; null until one is picked. */
  to: NodeId | null;
  label: string;
  direction: Direction;
  /** 1 to 5, or null when not known. */
  strength: number | null;
};

export const EDGE_FIELDS: readonly string[] = ["to", "label", "direction", "strength"];

export function edgeValues(edge: MapEdge | null, to: NodeId | null = null): EdgeValues {
  if (edge === null) return { to, label: "", direction: "directed", strength: null };
  const f = edge.fields;
  return { to: f.to, label: f.label ?? "", direction: f.direction, strength: f.strength };
}

export function validateEdge(from: NodeId, values: EdgeValues): FieldErrors {
  if (values.to === null) return { to: t("map-edge-to-missing") };
  if (values.to === from) return { to: t("map-edge-to-itself") };
  return {};
}

/** Null while no end is picked (the form says so first). */
export function edgeInput(from: NodeId, values: EdgeValues): EdgeInput | null {
  if (values.to === null) return null;
  const label = values.label.trim();
  return {
    from,
    to: values.to,
    label: label === "" ? null : label,
    strength: values.strength,
    direction: values.direction,
  };
}
