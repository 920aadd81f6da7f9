import { recordListKeydown, type ListKeyEvent } from "./record-list-keys";

/**
 * What the keys of a list need from its area (Meetings, Needs): the records, under
 * `list[key]`, the selected one and its neighbours, and a way to open one.
 */
export type ListAreaTarget<K extends string, T extends { id: string }> = {
  list: { readonly [P in K]: readonly T[] } & {
    selected: T | null;
    neighbour(delta: number): T | null;
  };
  select(id: string, options?: { focus?: boolean }): void;
};

/** The keys of an area's list of records (see `recordListKeydown`): newest first, oldest last. */
export function listAreaKeydown<K extends string, T extends { id: string }>(
  event: ListKeyEvent,
  area: ListAreaTarget<K, T>,
  key: K,
): void {
  const list = area.list;
  recordListKeydown(
    event,
    { items: list[key], selected: list.selected, neighbour: (d) => list.neighbour(d) },
    area.select.bind(area),
  );
}
