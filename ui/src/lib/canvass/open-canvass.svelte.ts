import * as canvassClient from "../api/client/canvass";
import type { CanvassId, CanvassView } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { OpenRecord } from "../navigation/open-record.svelte";
import { CutDraft } from "./canvass-drafts.svelte";

export type OpenCanvassPorts = Pick<typeof canvassClient, "getCanvass" | "cutTurfs">;

const realPorts: OpenCanvassPorts = {
  getCanvass: canvassClient.getCanvass,
  cutTurfs: canvassClient.cutTurfs,
};

/**
 * The canvass shown on the right: its facts, turfs and summary, and the form cutting its doors
 * into turfs. A canvass without turfs has the form open, since cutting is its next step; one
 * with turfs opens it on asking ("Cut again").
 */
export class OpenCanvass extends OpenRecord<CanvassView, CanvassId> {
  cut = $state<CutDraft | null>(null);

  readonly #ports: OpenCanvassPorts;

  constructor(ports: OpenCanvassPorts = realPorts) {
    super((id) => ports.getCanvass(id), (view) => view.canvass.id);
    this.#ports = ports;
  }

  /** Shows a canvass, or fetches the shown one again; another one closes the cut form. */
  override async show(id: CanvassId | null): Promise<boolean> {
    if (id !== this.id) this.cut = null;
    const shown = await super.show(id);
    if (shown && this.detail) this.#cutFor(this.detail);
    return shown;
  }

  override replace(view: CanvassView): void {
    if (view.canvass.id !== this.id) this.cut = null;
    super.replace(view);
    this.#cutFor(view);
  }

  override reset(): void {
    super.reset();
    this.cut = null;
  }

  /** "Cut again": the turfs printed so far are replaced once it is saved. */
  startCut(): void {
    if (this.detail && this.cut === null) this.cut = new CutDraft();
  }

  /** Escape or Cancel; a canvass still without turfs keeps its form. */
  cancelCut(): void {
    if (this.detail && this.detail.turfs.length > 0) this.cut = null;
  }

  /** Cuts the turfs; a refusal (results already entered, no doors) stays on the form. */
  async saveCut(): Promise<boolean> {
    const draft = this.cut;
    const id = this.id;
    if (!draft || id === null) return false;
    return saveDraft(draft, async (input) => {
      const view = await this.#ports.cutTurfs(id, input);
      if (this.id !== id) return;
      if (this.cut === draft) this.cut = null;
      this.replace(view);
      this.focusRequested = true;
    });
  }

  #cutFor(view: CanvassView): void {
    if (view.turfs.length === 0 && this.cut === null) this.cut = new CutDraft();
  }
}
