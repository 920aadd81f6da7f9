import { createContext } from "svelte";
import * as campaigns from "../../api/client/campaigns";
import * as orgs from "../../api/client/orgs";
import * as people from "../../api/client/people";
import { invalidField, toAppError, type AppError } from "../../api/errors";
import type { Added, EdgeId, MapEdge, MapId, MapNode, NodeId, NodeInput, PathIn } from "../../api/types";
import { t } from "../../i18n/locale.svelte";
import { saveDraft } from "../../forms/save-draft";
import { LatestOnly } from "../../navigation/latest-only";
import { analyse, type Analysis } from "./analysis";
import { StepRunner, stepText, type MapStep, type MapWritePorts, type Move } from "./commands";
import { MapContents } from "./contents.svelte";
import { EdgeDraft, NewNodeDraft, NodeDraft } from "./drafts.svelte";
import { nudged, samePlace, type Place } from "./grid";
import { History } from "./history.svelte";
import { sameLink, withLink, type RecordLink } from "./record-link";
import { RecordNames, type RecordNamePorts } from "./record-names.svelte";
import { FIRST_SORT, mapRows, sortRows, type MapRow, type Sort } from "./table";
import { alignmentWord, powerWord } from "./words";

export type PowerMapPorts = MapWritePorts &
  RecordNamePorts &
  Pick<typeof campaigns, "getMap" | "addNodeConnections"> & {
    /** Runs `run` after `ms` milliseconds; the answer cancels it. */
    later: (run: () => void, ms: number) => () => void;
  };

const realPorts: PowerMapPorts = {
  getMap: campaigns.getMap,
  addMapNode: campaigns.addMapNode,
  updateMapNode: campaigns.updateMapNode,
  moveMapNodes: campaigns.moveMapNodes,
  removeMapNode: campaigns.removeMapNode,
  addMapEdge: campaigns.addMapEdge,
  updateMapEdge: campaigns.updateMapEdge,
  removeMapEdge: campaigns.removeMapEdge,
  addNodeConnections: campaigns.addNodeConnections,
  getPerson: people.getPerson,
  getOrg: orgs.getOrg,
  later: (run, ms) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** Arrow-key moves this close together are sent, and undone, as one. */
export const NUDGE_WAIT_MS = 600;

export type MapView = "map" | "table";

/** Nodes put back where they were because the backend refused their new place. */
export type PlaceRefusal = {
  ids: readonly string[];
  /** The place's part it refused ("alignment", "power"), to show beside that field. */
  field: "alignment" | "power" | null;
  error: AppError;
};

/** What is about to be removed, waiting for "Remove" in the dialog. */
export type Removal = { nodes: MapNode[]; edge: MapEdge | null };

function placeOf(node: MapNode): Place {
  return { alignment: node.fields.alignment, power: node.fields.power };
}

function placed(node: MapNode, at: Place): MapNode {
  return { ...node, fields: { ...node.fields, ...at, judged: true } };
}

/**
 * One power map on screen: loading it, the canvas and the table over the same nodes, moving
 * (dragged, arrow keys, the table's choosers: shown at once, put back if refused), adding,
 * changing and removing nodes and relationships, each step undoable; the selection and the side
 * panel's forms; the record a node stands for; "add this one's connections"; our paths in drawn
 * on the canvas; and what the map says (the analysis).
 */
export class PowerMap {
  readonly mapId: MapId;
  readonly contents = new MapContents();
  readonly history = new History<MapStep>();
  readonly records: RecordNames;

  status = $state<"loading" | "ready" | "failed">("loading");
  loadError = $state<AppError | null>(null);
  name = $state("");
  isSample = $state(false);

  view = $state<MapView>("map");
  snap = $state(false);
  sort = $state<Sort>(FIRST_SORT);

  selectedIds = $state.raw<NodeId[]>([]);
  selectedEdgeId = $state<EdgeId | null>(null);
  nodeDraft = $state<NodeDraft | null>(null);
  edgeDraft = $state<EdgeDraft | null>(null);
  /** The "Add a node" form, while open. */
  newNode = $state<NewNodeDraft | null>(null);
  removing = $state.raw<Removal | null>(null);

  /** A step that failed (removing, undoing): shown over the canvas. */
  error = $state<AppError | null>(null);
  refusal = $state.raw<PlaceRefusal | null>(null);
  /** What just happened, for the screen reader's live region and the sighted alike. */
  notice = $state("");
  connections = $state.raw<{ nodeId: NodeId; added: Added } | null>(null);
  connectionsError = $state<AppError | null>(null);
  addingConnections = $state(false);
  /** A node being linked to its record, or unlinked. */
  linking = $state(false);
  linkError = $state<AppError | null>(null);
  /** Asks the canvas to give a node the keyboard, and to bring it to the middle when `centre`. */
  focusRequest = $state.raw<{ id: NodeId; centre: boolean } | null>(null);

  readonly analysis: Analysis;
  readonly rows: MapRow[];
  readonly selectedNode: MapNode | null;

  readonly #ports: PowerMapPorts;
  readonly #steps: StepRunner;
  readonly #latest = new LatestOnly();
  #tail: Promise<unknown> = Promise.resolve();
  /** Nodes moved by the arrow keys and not yet sent, as they were before the first key. */
  readonly #nudged = new Map<string, MapNode>();
  #cancelNudge: (() => void) | null = null;

  constructor(mapId: MapId, ports: PowerMapPorts = realPorts) {
    this.mapId = mapId;
    this.#ports = ports;
    this.#steps = new StepRunner(mapId, ports, this.contents);
    this.records = new RecordNames(ports);
    this.analysis = $derived(analyse(this.contents.nodes, this.contents.reach));
    this.rows = $derived(
      sortRows(mapRows(this.contents.nodes, this.contents.reach, this.contents.relationships), this.sort),
    );
    this.selectedNode = $derived(
      this.selectedIds.length === 1 ? (this.contents.node(this.selectedIds[0]) ?? null) : null,
    );
  }

  /** Writes go one after another, in the order asked, whatever became of the one before. */
  #queue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task, task);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    if (this.status !== "ready") this.status = "loading";
    this.loadError = null;
    try {
      const view = await this.#ports.getMap(this.mapId);
      if (!this.#latest.isCurrent(ticket)) return;
      this.name = view.map.name;
      this.isSample = view.map.is_sample;
      this.contents.reset(view, new Set(this.selectedIds));
      this.status = "ready";
      this.#afterChange();
    } catch (reason) {
      if (!this.#latest.isCurrent(ticket)) return;
      this.loadError = toAppError(reason);
      if (this.status !== "ready") this.status = "failed";
    }
  }

  pathsOf(id: NodeId): PathIn[] {
    return this.contents.paths.filter((p) => p.node_id === id);
  }

  /**
   * "Show our paths in": the members who can reach the map's nodes drawn on the canvas, each
   * with a line to every node they can reach (or taken off again); what it shows is said too.
   */
  showPaths(on: boolean): void {
    this.contents.showPaths(on);
    if (!on) return;
    const { nodes, places } = this.contents.overlay;
    this.notice =
      nodes.length === 0 ? t("map-paths-shown-none") : t("map-paths-shown", { members: nodes.length, places });
  }

  // Selection and the side panel.

  /** The canvas says what is selected now (it says so often, mostly unchanged). */
  selectionChanged(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    const nodes = nodeIds.flatMap((id) => {
      const node = this.contents.node(id);
      return node ? [node.id] : [];
    });
    const edge = nodes.length === 0 && edgeIds.length === 1 ? this.contents.edge(edgeIds[0]) : undefined;
    const same =
      nodes.length === this.selectedIds.length && nodes.every((id, i) => id === this.selectedIds[i]);
    if (same && (edge?.id ?? null) === this.selectedEdgeId) return;
    this.selectedIds = nodes;
    this.selectedEdgeId = edge?.id ?? null;
    const one = this.selectedNode;
    if (one === null) this.nodeDraft = null;
    else if (this.nodeDraft?.nodeId !== one.id) this.nodeDraft = new NodeDraft(one);
    if (edge) {
      if (this.edgeDraft?.edgeId !== edge.id) this.edgeDraft = new EdgeDraft(edge.fields.from, edge);
    } else if (this.edgeDraft?.edgeId) {
      this.edgeDraft = null;
    }
    if (this.connections && this.connections.nodeId !== one?.id) this.connections = null;
    this.connectionsError = null;
    this.linkError = null;
  }

  /** Selects one node from outside the canvas (a table row): the side panel shows it. */
  selectOnly(id: NodeId): void {
    this.contents.select(new Set([id]));
    this.selectionChanged([id], []);
  }

  /** Selects one relationship alone: the side panel shows it. */
  selectEdge(id: EdgeId): void {
    this.contents.selectEdge(id);
    this.selectionChanged([], [id]);
  }

  /** Selects one node and shows it on the canvas, with the keyboard on it (the analysis). */
  reveal(id: NodeId): void {
    this.view = "map";
    this.selectOnly(id);
    this.focusRequest = { id, centre: true };
  }

  /** Escape in the side panel: nothing selected, and the keyboard back on the node's shape. */
  leavePanel(): void {
    const id = this.selectedIds.length === 1 ? this.selectedIds[0] : null;
    this.clearSelection();
    if (id && this.view === "map") this.focusRequest = { id, centre: false };
  }

  clearSelection(): void {
    this.contents.select(new Set());
    this.selectionChanged([], []);
    this.edgeDraft = null;
  }

  /** Forms kept in step after a change: one not touched shows the node as it is now. */
  #afterChange(): void {
    const ids = this.selectedIds.filter((id) => this.contents.node(id));
    if (ids.length !== this.selectedIds.length) this.selectionChanged(ids, []);
    const draft = this.nodeDraft;
    const node = draft ? this.contents.node(draft.nodeId) : undefined;
    if (draft && node) {
      if (!draft.dirty && !draft.saving) this.nodeDraft = new NodeDraft(node);
      else draft.rebase(node);
    }
    if (this.edgeDraft?.edgeId && !this.contents.edge(this.edgeDraft.edgeId)) this.edgeDraft = null;
  }

  // Moving.

  /** Sends moves already shown; records them, or puts the nodes back and says why. */
  async #commitMoves(moves: Move[], before: readonly MapNode[]): Promise<boolean> {
    if (moves.length === 0) return true;
    this.refusal = null;
    try {
      await this.#queue(() => this.#steps.place(moves, "to"));
      this.history.record({ kind: "move", moves, label: before[0]?.fields.label ?? "" });
      this.#afterChange();
      return true;
    } catch (reason) {
      const error = toAppError(reason);
      const field = invalidField(error);
      this.contents.putNodes(before);
      this.refusal = {
        ids: moves.map((m) => m.id),
        field: field === "alignment" || field === "power" ? field : null,
        error,
      };
      this.#afterChange();
      return false;
    }
  }

  /**
   * Shows nodes at new places at once (before the backend answers), then sends them as one
   * move, after whatever the arrow keys moved.
   */
  async moveTo(places: ReadonlyMap<string, Place>): Promise<boolean> {
    const flushed = this.flushNudges();
    const before: MapNode[] = [];
    const moves: Move[] = [];
    const unmoved: MapNode[] = [];
    for (const [id, to] of places) {
      const node = this.contents.node(id);
      if (!node) continue;
      if (samePlace(placeOf(node), to) && node.fields.judged) {
        unmoved.push(node);
        continue;
      }
      before.push(node);
      moves.push({ id: node.id, from: placeOf(node), to, wasJudged: node.fields.judged });
    }
    // A node dragged by less than a place shows goes back exactly on its place.
    this.contents.settle(unmoved);
    this.contents.putNodes(before.map((n, i) => placed(n, moves[i].to)));
    const committed = this.#commitMoves(moves, before);
    await flushed;
    return committed;
  }

  /** The arrow keys: the selected nodes a step across and up; sent once the keys rest. */
  nudge(across: number, up: number): void {
    const changed: MapNode[] = [];
    for (const id of this.selectedIds) {
      const node = this.contents.node(id);
      if (!node) continue;
      if (!this.#nudged.has(id)) this.#nudged.set(id, node);
      changed.push(placed(node, nudged(placeOf(node), across, up, this.snap)));
    }
    if (changed.length === 0) return;
    this.contents.putNodes(changed);
    const first = changed[0].fields;
    this.notice = t("map-moved-to", {
      label: first.label,
      alignment: alignmentWord(first.alignment),
      power: powerWord(first.power),
    });
    this.#cancelNudge?.();
    this.#cancelNudge = this.#ports.later(() => void this.flushNudges(), NUDGE_WAIT_MS);
  }

  /** Sends what the arrow keys moved, now. */
  async flushNudges(): Promise<void> {
    this.#cancelNudge?.();
    this.#cancelNudge = null;
    if (this.#nudged.size === 0) return;
    const before = [...this.#nudged.values()];
    this.#nudged.clear();
    const moves: Move[] = [];
    for (const node of before) {
      const now = this.contents.node(node.id);
      if (!now) continue;
      moves.push({ id: node.id, from: placeOf(node), to: placeOf(now), wasJudged: node.fields.judged });
    }
    await this.#commitMoves(moves, before);
  }

  // Adding, changing, removing.

  openNewNode(): void {
    this.newNode = new NewNodeDraft();
  }

  closeNewNode(): void {
    this.newNode = null;
  }

  async addNode(): Promise<boolean> {
    const draft = this.newNode;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const node = await this.#queue(() => this.#ports.addMapNode(this.mapId, input));
      this.contents.putNodes([node]);
      this.history.record({ kind: "add-node", node });
      this.newNode = null;
      this.notice = t("map-added", { label: node.fields.label });
      if (this.view === "map") this.reveal(node.id);
      else this.selectOnly(node.id);
    });
  }

  async saveNode(): Promise<boolean> {
    const draft = this.nodeDraft;
    if (!draft) return false;
    await this.flushNudges();
    const before = draft.node;
    return saveDraft(draft, async (input) => {
      const saved = await this.#queue(() => this.#steps.editNode(before.id, input));
      this.history.record({ kind: "edit-node", id: before.id, before: before.fields, after: saved.fields });
      this.notice = t("map-saved", { label: saved.fields.label });
      if (this.nodeDraft === draft) this.nodeDraft = new NodeDraft(saved);
      await this.#linkChanged(before.fields, saved.fields);
    });
  }

  /**
   * Links a node to the record it stands for (`name`: the record's, as the picker showed it),
   * or unlinks it (null); saved at once, as one step Undo takes back.
   */
  async linkRecord(id: NodeId, link: RecordLink | null, name = ""): Promise<boolean> {
    await this.flushNudges();
    const node = this.contents.node(id);
    if (!node) return false;
    const after = withLink(node.fields, link);
    if (sameLink(node.fields, after)) return true;
    this.linking = true;
    this.linkError = null;
    try {
      await this.#queue(() => this.#steps.editNode(id, after));
      this.history.record({ kind: "edit-node", id, before: node.fields, after });
      if (link && name !== "") this.records.remember(link, name);
      this.notice = link ? t("map-linked", { label: after.label, name }) : t("map-unlinked", { label: after.label });
      this.#afterChange();
      await this.#linkChanged(node.fields, after);
      return true;
    } catch (reason) {
      this.linkError = toAppError(reason);
      return false;
    } finally {
      this.linking = false;
    }
  }

  /** Our paths in come from the record a node stands for: asked for again when it changed. */
  async #linkChanged(before: NodeInput, after: NodeInput): Promise<void> {
    if (!sameLink(before, after)) await this.load();
  }

  /** The table's target box: the node marked or unmarked at once. */
  async setTarget(id: NodeId, isTarget: boolean): Promise<boolean> {
    const node = this.contents.node(id);
    if (!node || node.fields.is_target === isTarget) return true;
    const after = { ...node.fields, is_target: isTarget };
    try {
      await this.#queue(() => this.#steps.editNode(id, after));
      this.history.record({ kind: "edit-node", id, before: node.fields, after });
      this.#afterChange();
      return true;
    } catch (reason) {
      this.error = toAppError(reason);
      return false;
    }
  }

  /** Asks first: the selected nodes, else the selected relationship. */
  askRemove(): void {
    const nodes = this.selectedIds.map((id) => this.contents.node(id)).filter((n) => n !== undefined);
    const edge = this.selectedEdgeId ? (this.contents.edge(this.selectedEdgeId) ?? null) : null;
    if (nodes.length > 0) this.removing = { nodes, edge: null };
    else if (edge) this.removing = { nodes: [], edge };
  }

  cancelRemove(): void {
    this.removing = null;
  }

  async confirmRemove(): Promise<void> {
    const removal = this.removing;
    this.removing = null;
    if (!removal) return;
    await this.flushNudges();
    this.error = null;
    if (removal.edge) {
      await this.removeEdge(removal.edge.id);
      return;
    }
    const ids = new Set<string>(removal.nodes.map((n) => n.id));
    const edges = this.contents.edgesOf(ids);
    try {
      await this.#queue(() => this.#steps.removeNodes(removal.nodes.map((n) => n.id)));
    } catch (reason) {
      this.error = toAppError(reason);
    }
    // What did go is recorded, even when the backend refused one of several.
    const gone = removal.nodes.filter((n) => !this.contents.node(n.id));
    if (gone.length > 0) {
      const goneIds = new Set<string>(gone.map((n) => n.id));
      const goneEdges = edges.filter((e) => goneIds.has(e.fields.from) || goneIds.has(e.fields.to));
      this.history.record({ kind: "remove-nodes", nodes: gone, edges: goneEdges });
      this.notice = t("map-removed", { count: gone.length, label: gone[0].fields.label });
    }
    this.#afterChange();
  }

  /** A relationship drawn on the canvas or asked for in the panel: the panel asks the rest. */
  startEdge(from: NodeId, to: NodeId | null = null): void {
    this.edgeDraft = new EdgeDraft(from, null, to);
  }

  cancelEdge(): void {
    this.edgeDraft = null;
  }

  async saveEdge(): Promise<boolean> {
    const draft = this.edgeDraft;
    if (!draft) return false;
    const id = draft.edgeId;
    const before = id ? this.contents.edge(id) : undefined;
    return saveDraft(draft, async (input) => {
      if (id && before) {
        const saved = await this.#queue(() => this.#steps.editEdge(id, input));
        this.history.record({ kind: "edit-edge", id, before: before.fields, after: saved.fields });
        if (this.edgeDraft === draft) this.edgeDraft = new EdgeDraft(saved.fields.from, saved);
      } else {
        const added = await this.#queue(() => this.#ports.addMapEdge(this.mapId, input));
        this.contents.putEdge(added);
        this.history.record({ kind: "add-edge", edge: added });
        if (this.edgeDraft === draft) this.edgeDraft = null;
      }
      this.notice = t("map-edge-saved");
    });
  }

  async removeEdge(id: EdgeId): Promise<void> {
    const edge = this.contents.edge(id);
    if (!edge) return;
    try {
      await this.#queue(() => this.#steps.removeEdge(id));
      this.history.record({ kind: "remove-edge", edge });
      this.notice = t("map-edge-removed");
      if (this.edgeDraft?.edgeId === id) this.edgeDraft = null;
      if (this.selectedEdgeId === id) this.selectedEdgeId = null;
    } catch (reason) {
      this.error = toAppError(reason);
    }
  }

  /**
   * "Add this one's connections": the records' people and organizations around it, then the map
   * again; one step, which Undo takes back (the nodes and relationships it put there, as the
   * map now holds them).
   */
  async addConnections(id: NodeId): Promise<void> {
    this.addingConnections = true;
    this.connections = null;
    this.connectionsError = null;
    const label = this.contents.node(id)?.fields.label ?? "";
    try {
      const added = await this.#queue(() => this.#ports.addNodeConnections(id));
      await this.load();
      const nodes = added.node_ids.flatMap((n) => this.contents.node(n) ?? []);
      const edges = added.edge_ids.flatMap((e) => this.contents.edge(e) ?? []);
      if (nodes.length > 0 || edges.length > 0) {
        this.history.record({ kind: "add-connections", label, nodes, edges });
      }
      this.connections = { nodeId: id, added };
      this.notice = t("map-connections-added", { nodes: added.nodes, edges: added.edges });
    } catch (reason) {
      this.connectionsError = toAppError(reason);
    } finally {
      this.addingConnections = false;
    }
  }

  // Undo and redo.

  undo(): Promise<void> {
    return this.#travel("undo");
  }

  redo(): Promise<void> {
    return this.#travel("redo");
  }

  /** Undo or Redo: after what the arrow keys moved, one step, said in the live region. */
  async #travel(way: "undo" | "redo"): Promise<void> {
    await this.flushNudges();
    this.error = null;
    try {
      const step = await this.#queue(() =>
        way === "undo"
          ? this.history.undo((s) => this.#steps.undo(s))
          : this.history.redo((s) => this.#steps.redo(s)),
      );
      // What "Add this one's connections" said it brought is no longer so.
      if (step?.kind === "add-connections") this.connections = null;
      if (step?.kind === "edit-node") await this.#linkChanged(step.before, step.after);
      if (step) {
        const what = stepText(step);
        this.notice = way === "undo" ? t("map-undone", { what }) : t("map-redone", { what });
      }
    } catch (reason) {
      this.error = toAppError(reason);
    }
    this.#afterChange();
  }

  /** Leaving the screen: what the arrow keys moved is sent, not lost. */
  leave(): void {
    void this.flushNudges();
    this.#latest.invalidate();
  }
}

export const [getPowerMap, setPowerMap] = createContext<PowerMap>();
