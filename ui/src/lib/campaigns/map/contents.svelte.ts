import type { MapEdge, MapNode, MapView, NodeId, PathIn } from "../../api/types";
import { reachByNode, relationshipsByNode } from "./analysis";
import {
  flowEdge,
  flowNode,
  patchFlowEdges,
  patchFlowNodes,
  selectFlowNodes,
  type PowerFlowEdge,
  type PowerFlowNode,
} from "./flow";
import { toFlow } from "./grid";
import {
  NO_OVERLAY,
  pathsOverlay,
  type MemberFlowNode,
  type PathFlowEdge,
  type PathsOverlay,
} from "./paths-overlay";

/** What Svelte Flow draws: the map's own nodes and relationships, and our paths in while shown. */
export type CanvasNode = PowerFlowNode | MemberFlowNode;
export type CanvasEdge = PowerFlowEdge | PathFlowEdge;

function isPowerNode(node: CanvasNode): node is PowerFlowNode {
  return node.type === "power";
}

function isMemberNode(node: CanvasNode): node is MemberFlowNode {
  return node.type === "member";
}

function isPowerEdge(edge: CanvasEdge): edge is PowerFlowEdge {
  return edge.type === "power";
}

function isPathEdge(edge: CanvasEdge): edge is PathFlowEdge {
  return edge.type === "path-in";
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * What one map holds on screen: its nodes, relationships and paths in as the backend last said
 * them (or as this screen has just changed them), and the same as Svelte Flow draws them. Every
 * change goes through here, so the two never drift apart. While "Show our paths in" is on, the
 * canvas also draws the members who can reach the nodes (paths-overlay.ts): kept apart in
 * `overlay`, never among the map's nodes or flow nodes, and made again when the paths or the
 * nodes on the map change (not when a node moves: the lines follow it by themselves).
 */
export class MapContents {
  nodes = $state.raw<MapNode[]>([]);
  edges = $state.raw<MapEdge[]>([]);
  paths = $state.raw<PathIn[]>([]);
  /** Bound to the canvas: Svelte Flow moves and selects these itself while a node is dragged. */
  flowNodes = $state.raw<PowerFlowNode[]>([]);
  flowEdges = $state.raw<PowerFlowEdge[]>([]);
  /** "Show our paths in": off until asked for, and kept while the map is open. */
  pathsShown = $state(false);
  overlay = $state.raw<PathsOverlay>(NO_OVERLAY);
  /** Bound to the canvas: the flow nodes and edges, with the overlay's after them while shown. */
  readonly canvasNodes: CanvasNode[];
  readonly canvasEdges: CanvasEdge[];

  readonly reach: ReadonlyMap<NodeId, number>;
  readonly relationships: ReadonlyMap<NodeId, number>;
  readonly #byId: ReadonlyMap<string, MapNode>;

  constructor() {
    this.reach = $derived(reachByNode(this.paths));
    this.relationships = $derived(relationshipsByNode(this.edges));
    this.#byId = $derived(new Map(this.nodes.map((n) => [n.id as string, n])));
    // Without the overlay, the very arrays the map's changes make.
    this.canvasNodes = $derived(
      this.overlay.nodes.length === 0 ? this.flowNodes : [...this.flowNodes, ...this.overlay.nodes],
    );
    this.canvasEdges = $derived(
      this.overlay.edges.length === 0 ? this.flowEdges : [...this.flowEdges, ...this.overlay.edges],
    );
  }

  /**
   * What Svelte Flow changed itself (places while a node is dragged, the selection, the sizes it
   * measured): the map's flow nodes back into `flowNodes`, the overlay's into the overlay.
   */
  canvasNodesChanged(next: readonly CanvasNode[]): void {
    this.flowNodes = next.filter(isPowerNode);
    if (this.overlay.nodes.length === 0) return;
    // While a node is dragged the members stay as they were: the overlay, and so the edges, too.
    const members = next.filter(isMemberNode);
    if (!sameItems(members, this.overlay.nodes)) this.overlay = { ...this.overlay, nodes: members };
  }

  canvasEdgesChanged(next: readonly CanvasEdge[]): void {
    this.flowEdges = next.filter(isPowerEdge);
    if (this.overlay.edges.length === 0) return;
    const lines = next.filter(isPathEdge);
    if (!sameItems(lines, this.overlay.edges)) this.overlay = { ...this.overlay, edges: lines };
  }

  /** Our paths in drawn on the canvas, or taken off it. */
  showPaths(on: boolean): void {
    this.pathsShown = on;
    this.overlay = on ? pathsOverlay(this.paths, this.nodes, this.overlay) : NO_OVERLAY;
  }

  /** The overlay made again after the paths, or the nodes they reach, changed. */
  #redrawPaths(): void {
    if (this.pathsShown) this.overlay = pathsOverlay(this.paths, this.nodes, this.overlay);
  }

  /** Everything afresh from the backend; the nodes in `selected` stay selected. */
  reset(view: MapView, selected: ReadonlySet<string> = new Set()): void {
    this.nodes = view.map.nodes;
    this.edges = view.map.edges;
    this.paths = view.paths;
    const reach = reachByNode(view.paths);
    this.flowNodes = view.map.nodes.map((n) => {
      const f = flowNode(n, reach.get(n.id) ?? 0);
      return selected.has(n.id) ? { ...f, selected: true } : f;
    });
    this.flowEdges = view.map.edges.map((e) => flowEdge(e, this.#nameOf));
    this.#redrawPaths();
  }

  readonly #nameOf = (id: NodeId): string => this.node(id)?.fields.label ?? "";

  node(id: string): MapNode | undefined {
    return this.#byId.get(id);
  }

  edge(id: string): MapEdge | undefined {
    return this.edges.find((e) => e.id === id);
  }

  /** The relationships that end at any of `ids`. */
  edgesOf(ids: ReadonlySet<string>): MapEdge[] {
    return this.edges.filter((e) => ids.has(e.fields.from) || ids.has(e.fields.to));
  }

  /** Adds nodes, or puts changed ones (moved, edited) in place of their old selves. */
  putNodes(changed: readonly MapNode[]): void {
    if (changed.length === 0) return;
    const byId = new Map(changed.map((n) => [n.id as string, n]));
    const kept = this.nodes.map((n) => byId.get(n.id) ?? n);
    const known = new Set(this.nodes.map((n) => n.id as string));
    const added = changed.some((n) => !known.has(n.id));
    const renamed = new Set<string>(
      changed.filter((n) => known.has(n.id) && this.node(n.id)?.fields.label !== n.fields.label).map((n) => n.id),
    );
    this.nodes = [...kept, ...changed.filter((n) => !known.has(n.id))];
    this.flowNodes = patchFlowNodes(this.flowNodes, changed, new Set(), this.reach);
    // What a screen reader says of their relationships names them.
    if (renamed.size > 0) {
      this.flowEdges = patchFlowEdges(this.flowEdges, this.edgesOf(renamed), new Set(), this.#nameOf);
    }
    // A node come back can be reached again; the lines to a renamed one say its new name.
    if (added || renamed.size > 0) this.#redrawPaths();
  }

  /** Puts nodes the canvas has moved by a hair back exactly on their places. */
  settle(nodes: readonly MapNode[]): void {
    const off = nodes.filter((n) => {
      const at = toFlow(n.fields);
      const f = this.flowNodes.find((flow) => flow.id === n.id);
      return f !== undefined && (f.position.x !== at.x || f.position.y !== at.y);
    });
    if (off.length > 0) this.flowNodes = patchFlowNodes(this.flowNodes, off, new Set(), this.reach);
  }

  /** Takes nodes off, with the relationships that ended at them (as the backend does). */
  removeNodes(ids: ReadonlySet<string>): void {
    const edgesGone = new Set(this.edgesOf(ids).map((e) => e.id as string));
    this.nodes = this.nodes.filter((n) => !ids.has(n.id));
    this.edges = this.edges.filter((e) => !edgesGone.has(e.id));
    this.flowNodes = patchFlowNodes(this.flowNodes, [], ids, this.reach);
    this.flowEdges = patchFlowEdges(this.flowEdges, [], edgesGone, this.#nameOf);
    this.#redrawPaths();
  }

  putEdge(edge: MapEdge): void {
    const known = this.edges.some((e) => e.id === edge.id);
    this.edges = known ? this.edges.map((e) => (e.id === edge.id ? edge : e)) : [...this.edges, edge];
    this.flowEdges = patchFlowEdges(this.flowEdges, [edge], new Set(), this.#nameOf);
  }

  removeEdge(id: string): void {
    this.edges = this.edges.filter((e) => e.id !== id);
    this.flowEdges = patchFlowEdges(this.flowEdges, [], new Set([id]), this.#nameOf);
  }

  /** Selects exactly these nodes on the canvas (and no relationship). */
  select(ids: ReadonlySet<string>): void {
    this.flowNodes = selectFlowNodes(this.flowNodes, ids);
    if (this.flowEdges.some((e) => e.selected)) {
      this.flowEdges = this.flowEdges.map((e) => (e.selected ? { ...e, selected: false } : e));
    }
  }

  /** Selects one relationship alone. */
  selectEdge(id: string): void {
    this.flowNodes = selectFlowNodes(this.flowNodes, new Set());
    this.flowEdges = this.flowEdges.map((e) =>
      Boolean(e.selected) === (e.id === id) ? e : { ...e, selected: e.id === id },
    );
  }
}
