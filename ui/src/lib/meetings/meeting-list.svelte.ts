import * as client from "../api/client";
import type { Meeting } from "../api/types";
import { RecordListState } from "../navigation/record-list.svelte";

export type ListMeetings = () => Promise<Meeting[]>;

/** Every meeting, newest first, and which one is selected. */
export class MeetingList extends RecordListState<Meeting> {
  constructor(list: ListMeetings = client.listMeetings) {
    super(list);
  }

  get meetings(): Meeting[] {
    return this.items;
  }
}
