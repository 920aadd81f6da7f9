// Our paths in, drawn on the canvas when asked: each member of the chapter who can reach a node
// of the map is a small node of its own in a lane under the grid (member-lane.ts), with a line
// to every node they can reach. Made again from the paths and the nodes' places, and never part
// of the map: not saved, not sent, not dragged, selected or removed, not in the table or the
// analysis. They are kept apart from the map's own flow nodes and edges; MapContents puts the
// two together only for Svelte Flow to draw.
import type { CoordinateExtent, Edge, Node } from "@xyflow/svelte";
import type { MapNode, PathIn, PersonId } from "../../api/types";
import { t } from "../../i18n/locale.svelte";
import { tieRoleLabel } from "../../orgs/labels";
import { HANDLE_IN } from "./flow";
import { MEMBER_SIZE, memberLane, type LaneMember } from "./member-lane";

/** The member's handle, where their lines start: the circle's centre. */
export const MEMBER_HANDLE = "member";
/** The overlay's ids, apart from the map's own (which the backend makes). */
const MEMBER_PREFIX = "member:";
const PATH_PREFIX = "path:";
/** What a screen reader says of a member besides their label (MapCanvas holds the words). */
export const MEMBER_HELP_ID = "map-member-help";
/** The map's nodes are kept inside the grid (NODE_EXTENT); the lane is below it. */
const ANYWHERE: CoordinateExtent = [
  [-Infinity, -Infinity],
  [Infinity, Infinity],
];

export type MemberNodeData = {
  personId: PersonId;
  name: string;
  /** How wide the name may be, in flow units, without meeting a neighbour's. */
  room: number;
};
export type MemberFlowNode = Node<MemberNodeData, "member">;
export type PathLineData = { strength: number; introduces: boolean };
export type PathFlowEdge = Edge<PathLineData, "path-in">;

export type PathsOverlay = {
  nodes: MemberFlowNode[];
  edges: PathFlowEdge[];
  /** How many of the map's nodes the members reach between them. */
  places: number;
  bottom: number | null;
};

export const NO_OVERLAY: PathsOverlay = { nodes: [], edges: [], places: 0, bottom: null };

export function memberNodeId(personId: PersonId): string {
  return `${MEMBER_PREFIX}${personId}`;
}

/** Whether an id on the canvas is the overlay's rather than the map's. */
export function isOverlayId(id: string): boolean {
  return id.startsWith(MEMBER_PREFIX) || id.startsWith(PATH_PREFIX);
}

/** A path's line: thicker the closer the tie (strength 1 to 5). */
export function pathLineWidth(strength: number): number {
  return 1 + Math.min(5, Math.max(1, strength)) * 0.6;
}

/** Dashed, but solid where the member would introduce us. */
export function pathLineDash(introduces: boolean): string | null {
  return introduces ? null : "8 6";
}

/** "Keisha Williams knows someone at Iglesia San José Obrero (Leader, tie 5 of 5)". */
export function pathLineLabel(path: PathIn, place: string): string {
  const words = { name: path.person_name, place, role: tieRoleLabel(path.role), strength: path.strength };
  return path.would_introduce ? t("map-path-line-introduce", words) : t("map-path-line", words);
}

function memberNode(member: LaneMember, before?: MemberFlowNode): MemberFlowNode {
  const position = { x: member.at.x - MEMBER_SIZE / 2, y: member.at.y - MEMBER_SIZE / 2 };
  const ariaLabel = t("map-member-label", { name: member.name, count: member.paths.length });
  const data = { personId: member.personId, name: member.name, room: member.room };
  if (
    before &&
    before.position.x === position.x &&
    before.position.y === position.y &&
    before.ariaLabel === ariaLabel &&
    before.data.room === data.room
  ) {
    return before;
  }
  return {
    id: memberNodeId(member.personId),
    type: "member",
    position,
    width: MEMBER_SIZE,
    height: MEMBER_SIZE,
    extent: ANYWHERE,
    draggable: false,
    selectable: false,
    deletable: false,
    connectable: false,
    focusable: true,
    ariaRole: "button",
    ariaLabel,
    data,
    domAttributes: {
      "data-testid": "map-member",
      "data-person-id": member.personId,
      "data-person-name": member.name,
      // What Enter does here, in place of what it does on a node of the map.
      "aria-describedby": MEMBER_HELP_ID,
    },
  };
}

function pathLine(path: PathIn, place: string): PathFlowEdge {
  return {
    id: `${PATH_PREFIX}${path.person_id}:${path.node_id}`,
    type: "path-in",
    source: memberNodeId(path.person_id),
    target: path.node_id,
    sourceHandle: MEMBER_HANDLE,
    targetHandle: HANDLE_IN,
    selectable: false,
    deletable: false,
    focusable: false,
    interactionWidth: 0,
    ariaLabel: pathLineLabel(path, place),
    data: { strength: path.strength, introduces: path.would_introduce },
    domAttributes: { "data-testid": "map-path-line" },
  };
}

/**
 * The overlay's nodes and lines for the map's paths in: a member kept where they were (and as
 * they were said) is the very same object as `before`'s, so Svelte Flow need not measure it again.
 */
export function pathsOverlay(
  paths: readonly PathIn[],
  nodes: readonly MapNode[],
  before: PathsOverlay = NO_OVERLAY,
): PathsOverlay {
  const lane = memberLane(paths, nodes);
  const names = new Map(nodes.map((n) => [n.id as string, n.fields.label]));
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const reached = new Set<string>();
  const edges: PathFlowEdge[] = [];
  for (const member of lane.members) {
    for (const path of member.paths) {
      reached.add(path.node_id);
      edges.push(pathLine(path, names.get(path.node_id) ?? ""));
    }
  }
  return {
    nodes: lane.members.map((m) => memberNode(m, old.get(memberNodeId(m.personId)))),
    edges,
    places: reached.size,
    bottom: lane.bottom,
  };
}
