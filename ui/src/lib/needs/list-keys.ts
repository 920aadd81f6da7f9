import type { Assessment } from "../api/types";

/** What the keys need from the Needs area. */
export type AssessmentKeyTarget = {
  list: {
    assessments: readonly Assessment[];
    selected: Assessment | null;
    neighbour(delta: number): Assessment | null;
  };
  select(id: string, options?: { focus?: boolean }): void;
};

/**
 * The assessment list's keys: ↑/↓ move the selection, Home/End go to the newest and the
 * oldest, Enter hands the keyboard to the selected assessment.
 */
export function assessmentListKeydown(
  event: Pick<KeyboardEvent, "key" | "preventDefault" | "altKey" | "ctrlKey" | "metaKey">,
  needs: AssessmentKeyTarget,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const list = needs.list;
  if (event.key === "Enter") {
    const assessment = list.selected ?? list.neighbour(1);
    if (!assessment) return;
    event.preventDefault();
    needs.select(assessment.id, { focus: true });
    return;
  }
  const moves: Record<string, () => Assessment | null> = {
    ArrowDown: () => list.neighbour(1),
    ArrowUp: () => list.neighbour(-1),
    Home: () => list.assessments[0] ?? null,
    End: () => list.assessments.at(-1) ?? null,
  };
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  const target = move();
  if (target && target.id !== list.selected?.id) needs.select(target.id);
}
