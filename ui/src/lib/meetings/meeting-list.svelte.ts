import * as meetingsClient from "../api/client/meetings";
import type { Meeting } from "../api/types";
import { RecordListState } from "../navigation/record-list.svelte";

export type ListMeetings = typeof meetingsClient.listMeetings;

/** Every meeting, newest first, and which one is selected. */
export class MeetingList extends RecordListState<Meeting> {
  constructor(list: ListMeetings = meetingsClient.listMeetings) {
    super(list);
  }

  get meetings(): Meeting[] {
    return this.items;
  }
}
