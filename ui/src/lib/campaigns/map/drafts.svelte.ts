import type { EdgeId, MapEdge, MapNode, NodeId } from "../../api/types";
import { Draft } from "../../forms/draft.svelte";
import {
  EDGE_FIELDS,
  edgeValues,
  NEW_NODE_FIELDS,
  NODE_FIELDS,
  nodeValues,
  validateEdge,
  validateNewNode,
  validateNode,
  type EdgeValues,
  type NewNodeValues,
  type NodeValues,
} from "./forms";

/** The side panel's form for one node. */
export class NodeDraft extends Draft<NodeValues> {
  readonly nodeId: NodeId;

  constructor(node: MapNode) {
    super(nodeValues(node), validateNode, NODE_FIELDS);
    this.nodeId = node.id;
  }
}

/** A relationship being drawn (no id yet) or changed, from the node it starts at. */
export class EdgeDraft extends Draft<EdgeValues> {
  readonly edgeId: EdgeId | null;
  readonly from: NodeId;

  constructor(from: NodeId, edge: MapEdge | null, to: NodeId | null = null) {
    super(edgeValues(edge, to), (values) => validateEdge(from, values), EDGE_FIELDS);
    this.edgeId = edge?.id ?? null;
    this.from = from;
  }
}

/** "Add a node": its name and kind. */
export class NewNodeDraft extends Draft<NewNodeValues> {
  constructor() {
    super({ label: "", kind: "person" }, validateNewNode, NEW_NODE_FIELDS);
  }
}
