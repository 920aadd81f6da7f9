import type { EdgeId, EdgeInput, MapEdge, MapNode, NodeId, NodeInput } from "../../api/types";
import { Draft } from "../../forms/draft.svelte";
import {
  EDGE_FIELDS,
  edgeInput,
  edgeValues,
  NEW_NODE_FIELDS,
  newNodeInput,
  NODE_FIELDS,
  nodeInput,
  nodeValues,
  validateEdge,
  validateNewNode,
  validateNode,
  type EdgeValues,
  type NewNodeValues,
  type NodeValues,
} from "./forms";

/** The side panel's form for one node, over the node as the map last said it. */
export class NodeDraft extends Draft<NodeValues> {
  #node: MapNode;

  constructor(node: MapNode) {
    super(nodeValues(node), validateNode, NODE_FIELDS);
    this.#node = node;
  }

  get node(): MapNode {
    return this.#node;
  }

  get nodeId(): NodeId {
    return this.#node.id;
  }

  /**
   * The node changed while something was typed in the form (linked to a record, say): what was
   * typed stays, and saving it keeps what the form does not show as the node now has it.
   */
  rebase(node: MapNode): void {
    if (node.id === this.#node.id) this.#node = node;
  }

  submit(): NodeInput | null {
    return this.attempt() ? nodeInput(this.#node, this.values) : null;
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

  submit(): EdgeInput | null {
    return this.attempt() ? edgeInput(this.from, this.values) : null;
  }
}

/** "Add a node": its name and kind. */
export class NewNodeDraft extends Draft<NewNodeValues> {
  constructor() {
    super({ label: "", kind: "person" }, validateNewNode, NEW_NODE_FIELDS);
  }

  submit(): NodeInput | null {
    return this.attempt() ? newNodeInput(this.values) : null;
  }
}
