import type { Assessment } from "../api/types";
import { recordListKeydown, type ListKeyEvent } from "../navigation/record-list-keys";

/** What the keys need from the Needs area. */
export type AssessmentKeyTarget = {
  list: {
    assessments: readonly Assessment[];
    selected: Assessment | null;
    neighbour(delta: number): Assessment | null;
  };
  select(id: string, options?: { focus?: boolean }): void;
};

/** The assessment list's keys (see `recordListKeydown`): newest first, oldest last. */
export function assessmentListKeydown(event: ListKeyEvent, needs: AssessmentKeyTarget): void {
  const list = needs.list;
  recordListKeydown(
    event,
    { items: list.assessments, selected: list.selected, neighbour: (d) => list.neighbour(d) },
    needs.select.bind(needs),
  );
}
