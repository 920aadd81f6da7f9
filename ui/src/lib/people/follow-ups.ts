import type { FollowUp } from "../api/types";

/** Oldest date first (the longest overdue at the top), then by name, so the order is stable. */
export function sortFollowUps(list: readonly FollowUp[]): FollowUp[] {
  return [...list].sort(
    (a, b) =>
      a.follow_up_on.localeCompare(b.follow_up_on) ||
      a.person_name.localeCompare(b.person_name, "en", { sensitivity: "base" }) ||
      a.one_on_one_id.localeCompare(b.one_on_one_id),
  );
}

/** Everyone who holds a follow-up in the list, alphabetically, each once. */
export function organizersOf(list: readonly FollowUp[]): string[] {
  const names = new Map<string, string>();
  for (const item of list) {
    const name = item.held_by.trim();
    if (name !== "" && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
}

/** Only `heldBy`'s follow-ups (any capitalisation), or all of them for null. */
export function heldByOnly(list: readonly FollowUp[], heldBy: string | null): FollowUp[] {
  if (heldBy === null) return [...list];
  const wanted = heldBy.trim().toLowerCase();
  return list.filter((item) => item.held_by.trim().toLowerCase() === wanted);
}
