import * as canvassClient from "../api/client/canvass";
import type { Canvass } from "../api/types";
import { RecordListState } from "../navigation/record-list.svelte";

export type ListCanvasses = typeof canvassClient.listCanvasses;

/** Every canvass, the latest day first, and which one is selected. */
export class CanvassList extends RecordListState<Canvass> {
  constructor(list: ListCanvasses = canvassClient.listCanvasses) {
    super(list);
  }

  get canvasses(): Canvass[] {
    return this.items;
  }
}
