import type { Assessment } from "../api/types";
import { RecordListState } from "../navigation/record-list.svelte";

/** Every assessment, newest first, and which one is selected. */
export class AssessmentList extends RecordListState<Assessment> {
  get assessments(): Assessment[] {
    return this.items;
  }
}
