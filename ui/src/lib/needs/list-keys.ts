import type { Assessment } from "../api/types";
import { listAreaKeydown, type ListAreaTarget } from "../navigation/list-area-keys";
import type { ListKeyEvent } from "../navigation/record-list-keys";

/** What the keys need from the Needs area. */
export type AssessmentKeyTarget = ListAreaTarget<"assessments", Assessment>;

/** The assessment list's keys (see `recordListKeydown`): newest first, oldest last. */
export function assessmentListKeydown(event: ListKeyEvent, needs: AssessmentKeyTarget): void {
  listAreaKeydown(event, needs, "assessments");
}
