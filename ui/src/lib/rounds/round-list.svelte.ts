import * as nationalClient from "../api/client/national";
import type { Round } from "../api/types";
import { RecordListState } from "../navigation/record-list.svelte";

export type ListRounds = typeof nationalClient.listRounds;

/** Every grant round of the committee, the latest deadline first, and which one is selected. */
export class RoundList extends RecordListState<Round> {
  constructor(list: ListRounds = nationalClient.listRounds) {
    super(list);
  }

  get rounds(): Round[] {
    return this.items;
  }
}
