import type { OrgSummary } from "../api/types";
import { recordListKeydown, type ListKeyEvent } from "../navigation/record-list-keys";

/** What the keys need from the Organizations area. */
export type OrgKeyTarget = {
  list: {
    orgs: readonly OrgSummary[];
    selected: OrgSummary | null;
    neighbour(delta: number): OrgSummary | null;
  };
  select(id: OrgSummary["id"], options?: { focus?: boolean }): void;
};

/** Rows a Page Up or Page Down jumps. */
export const ORG_PAGE_JUMP = 10;

/**
 * The directory's keys, shared by the search box and the list: ↑/↓ (and Page Up/Down) move
 * the selection, Enter opens the selected organization. Home and End only count in the list,
 * where they do not fight the text cursor.
 */
export function orgListKeydown(
  event: ListKeyEvent,
  orgs: OrgKeyTarget,
  { inList = false }: { inList?: boolean } = {},
): void {
  const list = orgs.list;
  recordListKeydown(
    event,
    { items: list.orgs, selected: list.selected, neighbour: (d) => list.neighbour(d) },
    orgs.select.bind(orgs),
    { pageJump: ORG_PAGE_JUMP, homeEnd: inList },
  );
}
