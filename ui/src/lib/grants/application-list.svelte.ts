import * as grantsClient from "../api/client/grants";
import type { Application } from "../api/types";
import { RecordListState } from "../navigation/record-list.svelte";

export type ListApplications = typeof grantsClient.listApplications;

/** Every application of the chapter, newest first, and which one is selected. */
export class ApplicationList extends RecordListState<Application> {
  constructor(list: ListApplications = grantsClient.listApplications) {
    super(list);
  }

  get applications(): Application[] {
    return this.items;
  }
}
