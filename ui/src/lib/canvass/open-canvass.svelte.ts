import * as canvassClient from "../api/client/canvass";
import { toAppError, type AppError } from "../api/errors";
import type { AssessmentId, CanvassId, CanvassView, DoorId, Turf } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { OpenRecord } from "../navigation/open-record.svelte";
import { AssignDraft, CutDraft } from "./canvass-drafts.svelte";

export type OpenCanvassPorts = Pick<
  typeof canvassClient,
  "getCanvass" | "cutTurfs" | "assignTurf" | "wentBackToDoor" | "carryCanvassSurvey"
>;

const realPorts: OpenCanvassPorts = {
  getCanvass: canvassClient.getCanvass,
  cutTurfs: canvassClient.cutTurfs,
  assignTurf: canvassClient.assignTurf,
  wentBackToDoor: canvassClient.wentBackToDoor,
  carryCanvassSurvey: canvassClient.carryCanvassSurvey,
};

/**
 * The canvass shown on the right: its facts, turfs and summary, the form cutting its doors
 * into turfs, and the one saying who walks a turf and when. A canvass without turfs has the cut
 * form open, since cutting is its next step; one with turfs opens it on asking ("Cut again").
 */
export class OpenCanvass extends OpenRecord<CanvassView, CanvassId> {
  cut = $state<CutDraft | null>(null);
  /** The form under one turf's row: who walks it, and in which shift. */
  assigning = $state<AssignDraft | null>(null);
  /** A door being taken off the list to go back to, or the survey being changed. */
  busy = $state<DoorId | "survey" | null>(null);
  /** Why the last of those was refused, shown where it was asked. */
  actionError = $state<AppError | null>(null);

  readonly #ports: OpenCanvassPorts;

  constructor(ports: OpenCanvassPorts = realPorts) {
    super((id) => ports.getCanvass(id), (view) => view.canvass.id);
    this.#ports = ports;
  }

  /** Shows a canvass, or fetches the shown one again; another one closes its forms. */
  override async show(id: CanvassId | null): Promise<boolean> {
    if (id !== this.id) {
      this.cut = null;
      this.assigning = null;
    }
    const shown = await super.show(id);
    if (shown && this.detail) this.#cutFor(this.detail);
    return shown;
  }

  override replace(view: CanvassView): void {
    if (view.canvass.id !== this.id) this.cut = null;
    super.replace(view);
    this.#cutFor(view);
    // Cut again, the turfs are new ones: a form for one gone goes with it.
    const turf = this.assigning?.turfId;
    if (turf !== undefined && !view.turfs.some((t) => t.id === turf)) this.assigning = null;
  }

  override reset(): void {
    super.reset();
    this.cut = null;
    this.busy = null;
    this.actionError = null;
    this.assigning = null;
  }

  /** Whether a form on the canvass holds typing not yet saved. */
  get dirty(): boolean {
    const cut = this.cut;
    return (cut?.dirty ?? false) || (cut?.picker.picked.size ?? 0) > 0 || (this.assigning?.dirty ?? false);
  }

  /** "Assign" or "Change" on a turf's row: its form, filled with what the turf has. */
  startAssign(turf: Turf): void {
    if (this.detail && this.assigning?.turfId !== turf.id) this.assigning = new AssignDraft(turf);
  }

  /** Escape or Cancel: the turf stays as it was. */
  cancelAssign(): void {
    this.assigning = null;
  }

  /** Saves who walks the turf and when (empty boxes clear them); a refusal stays on the form. */
  async saveAssign(): Promise<boolean> {
    const draft = this.assigning;
    const id = this.id;
    if (!draft || id === null) return false;
    return saveDraft(draft, async ({ canvassers, shift }) => {
      const view = await this.#ports.assignTurf(id, draft.turfId, canvassers, shift);
      if (this.id !== id) return;
      if (this.assigning === draft) this.assigning = null;
      this.replace(view);
    });
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
