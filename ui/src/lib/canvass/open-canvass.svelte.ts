import * as canvassClient from "../api/client/canvass";
import { toAppError, type AppError } from "../api/errors";
import type { AssessmentId, CanvassId, CanvassView, DoorId } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { OpenRecord } from "../navigation/open-record.svelte";
import { CutDraft } from "./canvass-drafts.svelte";

export type OpenCanvassPorts = Pick<
  typeof canvassClient,
  "getCanvass" | "cutTurfs" | "wentBackToDoor" | "carryCanvassSurvey"
>;

const realPorts: OpenCanvassPorts = {
  getCanvass: canvassClient.getCanvass,
  cutTurfs: canvassClient.cutTurfs,
  wentBackToDoor: canvassClient.wentBackToDoor,
  carryCanvassSurvey: canvassClient.carryCanvassSurvey,
};

/**
 * The canvass shown on the right: its facts, turfs and summary, and the form cutting its doors
 * into turfs. A canvass without turfs has the form open, since cutting is its next step; one
 * with turfs opens it on asking ("Cut again").
 */
export class OpenCanvass extends OpenRecord<CanvassView, CanvassId> {
  cut = $state<CutDraft | null>(null);
  /** A door being taken off the list to go back to, or the survey being changed. */
  busy = $state<DoorId | "survey" | null>(null);
  /** Why the last of those was refused, shown where it was asked. */
  actionError = $state<AppError | null>(null);

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
    this.busy = null;
    this.actionError = null;
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

  /** Someone went back to the door: it leaves the list to go back to. */
  async wentBack(door: DoorId): Promise<boolean> {
    return this.#act(door, (id) => this.#ports.wentBackToDoor(id, door));
  }

  /** Takes a needs assessment's survey to the doors, or stops (null). */
  async carrySurvey(assessment: AssessmentId | null): Promise<boolean> {
    return this.#act("survey", (id) => this.#ports.carryCanvassSurvey(id, assessment));
  }

  async #act(what: DoorId | "survey", send: (id: CanvassId) => Promise<CanvassView>): Promise<boolean> {
    const id = this.id;
    if (id === null || this.busy !== null) return false;
    this.busy = what;
    this.actionError = null;
    try {
      const view = await send(id);
      if (this.id === id) this.replace(view);
      return true;
    } catch (error) {
      if (this.id === id) this.actionError = toAppError(error);
      return false;
    } finally {
      this.busy = null;
    }
  }

  #cutFor(view: CanvassView): void {
    if (view.turfs.length === 0 && this.cut === null) this.cut = new CutDraft();
  }
}
