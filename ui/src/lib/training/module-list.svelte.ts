import * as trainingClient from "../api/client/training";
import type { Lang, ModuleSummary } from "../api/types";
import { RecordListState } from "../navigation/record-list.svelte";

export type ListModules = typeof trainingClient.listModules;

/**
 * The library: the built-in modules in their order, then the chapter's own by title, each
 * titled in the screens' language where it is written in it; and which one is selected.
 */
export class ModuleList extends RecordListState<ModuleSummary> {
  constructor(lang: () => Lang, list: ListModules = trainingClient.listModules) {
    super(() => list(lang()));
  }

  get modules(): ModuleSummary[] {
    return this.items;
  }
}
