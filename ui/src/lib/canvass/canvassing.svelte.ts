import { createContext } from "svelte";
import * as canvassClient from "../api/client/canvass";
import type { CanvassId, Turf } from "../api/types";
import { localDate } from "../format/date";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { CanvassDraft } from "./canvass-drafts.svelte";
import { CanvassList } from "./canvass-list.svelte";
import { ChapterDoors } from "./chapter-doors.svelte";
import { OpenCanvass } from "./open-canvass.svelte";
import { ResultsEntry, type EntryPorts } from "./results-entry.svelte";
import { SurveyChoices } from "./survey-choices.svelte";

export type CreateCanvass = Pick<typeof canvassClient, "createCanvass">;

export type CanvassingParts = {
  list: CanvassList;
  canvass: OpenCanvass;
  doors: ChapterDoors;
  /** The needs assessments a new canvass can take to the doors. */
  surveys: SurveyChoices;
  create: CreateCanvass;
  /** Today on this laptop's calendar ("YYYY-MM-DD"), the day a new canvass starts on. */
  today: () => string;
  /** Undefined: the real backend. */
  entry?: EntryPorts;
};

function realParts(): CanvassingParts {
  return {
    list: new CanvassList(),
    canvass: new OpenCanvass(),
    doors: new ChapterDoors(),
    surveys: new SurveyChoices(),
    create: { createCanvass: canvassClient.createCanvass },
    today: () => localDate(),
  };
}

/**
 * The Canvassing area: the chapter's doors, its canvasses on the left, the one open on the
 * right (or the form starting one), and, taking the whole screen, the entry of its walk
 * sheets. It lives as long as the app, so a sheet half typed in waits while the organizer looks
 * someone up; a different chapter starts it afresh.
 */
export class Canvassing extends DiscardGuard {
  readonly list: CanvassList;
  readonly canvass: OpenCanvass;
  readonly doors: ChapterDoors;
  readonly surveys: SurveyChoices;
  /** The new-canvass form; it takes the place of the record on the right. */
  adding = $state<CanvassDraft | null>(null);
  /** Typing the open canvass's walk sheets in; it takes the whole screen. */
  entry = $state<ResultsEntry | null>(null);

  readonly #create: CreateCanvass;
  readonly #today: () => string;
  readonly #entryPorts: EntryPorts | undefined;
  #chapterRevision: number | null = null;

  constructor(parts: CanvassingParts = realParts()) {
    super();
    this.list = parts.list;
    this.canvass = parts.canvass;
    this.doors = parts.doors;
    this.surveys = parts.surveys;
    this.#create = parts.create;
    this.#today = parts.today;
    this.#entryPorts = parts.entry;
  }

  /** Whether a form in the area holds something not yet saved. */
  get dirty(): boolean {
    return (this.adding?.dirty ?? false) || this.canvass.dirty;
  }

  /**
   * The screen opened: start afresh for another chapter, fetch what may be stale, and show the
   * latest canvass when none is chosen yet.
   */
  async enter(chapterRevision: number): Promise<void> {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    const selected = this.list.selectedId;
    if (selected !== null && this.entry === null) void this.canvass.show(selected);
    await Promise.all([this.list.load(), this.doors.load()]);
    const latest = this.list.canvasses[0];
    if (this.list.selectedId === null && this.adding === null && latest) {
      this.list.selectedId = latest.id;
      void this.canvass.show(latest.id);
    }
  }

  /** Shows a canvass on the right, asking first if that would drop unsaved typing. */
  select(id: CanvassId, options: { focus?: boolean } = {}): void {
    const other = id !== this.canvass.id;
    const unsaved = (this.adding?.dirty ?? false) || (other && this.canvass.dirty);
    this.guard((other || this.adding !== null) && unsaved, () => {
      this.adding = null;
      this.list.selectedId = id;
      if (options.focus) this.canvass.focusRequested = true;
      void this.canvass.show(id);
    });
  }

  addCanvass(): void {
    this.guard(this.dirty, () => {
      this.adding = new CanvassDraft(this.#today());
      void this.surveys.load();
    });
  }

  /** Escape or Cancel on the new-canvass form. */
  cancelAdding(): void {
    this.guard(this.adding?.dirty ?? false, () => {
      this.adding = null;
      this.canvass.focusRequested = this.canvass.detail !== null;
    });
  }

  async saveAdding(): Promise<boolean> {
    const draft = this.adding;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const made = await this.#create.createCanvass(input);
      if (this.adding === draft) this.adding = null;
      this.list.selectedId = made.id;
      this.canvass.focusRequested = true;
      await Promise.all([this.canvass.show(made.id), this.list.load()]);
    });
  }

  /** Cuts the open canvass into turfs; the list says how many it has. */
  async saveCut(): Promise<boolean> {
    const saved = await this.canvass.saveCut();
    if (saved) await this.list.load();
    return saved;
  }

  /** Opens a turf's "who walks it" form, asking first when another turf's has unsaved typing. */
  startAssign(turf: Turf): void {
    const draft = this.canvass.assigning;
    const other = draft !== null && draft.turfId !== turf.id;
    this.guard(other && draft.dirty, () => this.canvass.startAssign(turf));
  }

  /** "Enter results" on the open canvass: its sheets, one at a time. */
  startEntry(): void {
    const view = this.canvass.detail;
    if (!view || view.turfs.length === 0 || this.adding !== null) return;
    this.entry = new ResultsEntry(view, this.#entryPorts);
  }

  /** "Done": back to the canvass, its summary brought up to date, after asking about words typed. */
  closeEntry(): void {
    const entry = this.entry;
    if (!entry) return;
    this.guard(entry.dirty, () => {
      this.entry = null;
      if (this.canvass.id === entry.canvassId) this.canvass.replace(entry.view);
      // Codes still on their way change the summary once they are in.
      void entry.settled().then(() => {
        if (this.canvass.id === entry.canvassId) this.canvass.replace(entry.view);
      });
      this.canvass.focusRequested = true;
    });
  }

  #reset(): void {
    this.list.reset();
    this.canvass.reset();
    this.doors.reset();
    this.surveys.reset();
    this.adding = null;
    this.entry = null;
    this.pendingDiscard = null;
  }
}

export const [getCanvassing, setCanvassing] = createContext<Canvassing>();
