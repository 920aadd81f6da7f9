import { createContext } from "svelte";
import * as chapterClient from "../api/client/chapter";
import { toAppError, type AppError } from "../api/errors";
import type { ChapterSettings, ChapterStatus, Role, StartProblem } from "../api/types";

/** Which chapter is open and its settings; the one source of truth the screens read. */
export class Chapter {
  status = $state<ChapterStatus | null>(null);
  loadError = $state<AppError | null>(null);
  /** Why the chapter database would not open at start; the window offers a way out. */
  problem = $state<StartProblem | null>(null);
  /** A failed switch into or out of the sample chapter. */
  sampleError = $state<AppError | null>(null);
  switching = $state(false);
  /**
   * Goes up whenever a different chapter (or a restored copy) is opened, but not when settings
   * are saved, so screens can start afresh from the new data without losing "Saved".
   */
  revision = $state(0);

  readonly settings: ChapterSettings | null = $derived(this.status?.settings ?? null);
  readonly isSample: boolean = $derived(this.status?.is_sample ?? false);
  /** A chapter's database, or a national committee's: the committee sees only its rounds. */
  readonly role: Role = $derived(this.status?.role ?? "chapter");

  /**
   * Opens the chapter at start. `locked` is asked once the database is known to open and
   * before anything else: while the laptop is being passed round the rest is refused, and
   * its answer true stops here.
   */
  async load(locked: () => Promise<boolean> = async () => false): Promise<void> {
    this.loadError = null;
    try {
      this.problem = await chapterClient.startProblem();
      if (this.problem !== null) return;
      if (await locked()) return;
      this.status = await chapterClient.chapterStatus();
    } catch (reason) {
      this.loadError = toAppError(reason);
    }
  }

  /** The start problem is over: a backup was put in place, or another chapter file opened. */
  recovered(status: ChapterStatus): void {
    this.problem = null;
    this.replace(status);
  }

  /** Rejects with an AppError so the form can show it next to its fields. */
  async save(settings: ChapterSettings): Promise<void> {
    this.status = await chapterClient.saveSettings(settings);
  }

  /** Names the open database as a national committee's; rejects as `save` does. */
  async startCommittee(settings: ChapterSettings): Promise<void> {
    this.status = await chapterClient.startCommittee(settings);
  }

  openSample(): Promise<void> {
    return this.#switch(chapterClient.openSample);
  }

  openNationalSample(): Promise<void> {
    return this.#switch(chapterClient.openNationalSample);
  }

  leaveSample(): Promise<void> {
    return this.#switch(chapterClient.leaveSample);
  }

  /** After a restore the backend reports the chapter that now is open. */
  replace(status: ChapterStatus): void {
    this.status = status;
    this.revision += 1;
  }

  async #switch(to: () => Promise<ChapterStatus>): Promise<void> {
    if (this.switching) return;
    this.switching = true;
    this.sampleError = null;
    try {
      this.replace(await to());
    } catch (reason) {
      this.sampleError = toAppError(reason);
    } finally {
      this.switching = false;
    }
  }
}

export const [getChapter, setChapter] = createContext<Chapter>();
