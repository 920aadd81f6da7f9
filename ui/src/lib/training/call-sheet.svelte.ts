import * as printClient from "../api/client/print";
import * as trainingClient from "../api/client/training";
import type { CallSheetRequest, ChapterSettings, ModuleId } from "../api/types";
import { PrintedSheet } from "../print/printed-sheet.svelte";

export type CallSheetPorts = Pick<typeof trainingClient, "printCallSheet"> & Pick<typeof printClient, "openInViewer">;

const realPorts: CallSheetPorts = {
  printCallSheet: trainingClient.printCallSheet,
  openInViewer: printClient.openInViewer,
};

/**
 * The people who still need a module, on paper to call them from: name, phone, where they are
 * on the ladder, and room to mark each call. Those who asked not to be called or texted are
 * not on it.
 */
export class CallSheet extends PrintedSheet {
  readonly moduleId: ModuleId;
  readonly #ports: CallSheetPorts;

  constructor(moduleId: ModuleId, settings: ChapterSettings | null, ports: CallSheetPorts = realPorts) {
    super(settings, ports.openInViewer);
    this.moduleId = moduleId;
    this.#ports = ports;
  }

  request(): CallSheetRequest {
    return { module: this.moduleId, lang: this.lang, paper: this.paper };
  }

  async print(): Promise<void> {
    if (this.printing) return;
    await this.printWith(() => this.#ports.printCallSheet(this.request()));
  }
}
