import { createContext } from "svelte";
import * as nationalClient from "../api/client/national";
import type { ApplicationId, RoundId } from "../api/types";
import { localDate } from "../format/date";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { OpenRound, type OpenRoundPorts } from "./open-round.svelte";
import { Reviewers, type ReviewersPorts } from "./reviewers.svelte";
import { NewRoundDraft } from "./round-draft.svelte";
import { RoundList } from "./round-list.svelte";

export type RoundsPorts = Pick<typeof nationalClient, "listRounds" | "createRound"> &
  OpenRoundPorts &
  ReviewersPorts;

/**
 * The Rounds area, the national committee's side of small grants: its rounds on the left, the
 * one chosen on the right (or the form starting one), and within it one application at a
 * time, reviewed, decided and paid. It lives as long as the app, so scores half given wait
 * while the committee looks at another application's file; a different database starts it
 * afresh.
 */
export class Rounds extends DiscardGuard {
  readonly list: RoundList;
  readonly round: OpenRound;
  readonly reviewers: Reviewers;
  /** The new-round form; it takes the place of the round on the right. */
  adding = $state<NewRoundDraft | null>(null);

  readonly #ports: RoundsPorts;
  #chapterRevision: number | null = null;

  /** `today`: this laptop's calendar day ("YYYY-MM-DD"), a payment's day unless told. */
  constructor(ports: RoundsPorts = nationalClient, today: () => string = () => localDate()) {
    super();
    this.#ports = ports;
    this.list = new RoundList(() => ports.listRounds());
    this.round = new OpenRound(ports, today);
    this.reviewers = new Reviewers(ports);
  }

  /** Whether a form in the area holds something not yet saved. */
  get dirty(): boolean {
    return (this.adding?.dirty ?? false) || this.round.dirty;
  }

  /**
   * The screen opened: start afresh for another database, fetch what may be stale, and show
   * the round with the latest deadline when none is chosen yet.
   */
  async enter(chapterRevision: number): Promise<void> {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    const selected = this.list.selectedId;
    if (selected !== null) void this.round.show(selected);
    await Promise.all([this.list.load(), this.reviewers.load()]);
    const latest = this.list.rounds[0];
    if (this.list.selectedId === null && this.adding === null && latest) {
      this.list.selectedId = latest.id;
      await this.round.show(latest.id);
    }
  }

  /** Shows a round on the right, asking first if that would drop unsaved typing. */
  select(id: RoundId, options: { focus?: boolean } = {}): void {
    const other = id !== this.round.id;
    const unsaved = (this.adding?.dirty ?? false) || (other && this.round.dirty);
    this.guard((other || this.adding !== null) && unsaved, () => {
      this.adding = null;
      this.list.selectedId = id;
      if (options.focus) this.round.focusRequested = true;
      void this.round.show(id);
    });
  }

  addRound(): void {
    this.guard(this.dirty, () => {
      this.adding = new NewRoundDraft();
    });
  }

  /** Escape or Cancel on the new-round form. */
  cancelAdding(): void {
    this.guard(this.adding?.dirty ?? false, () => {
      this.adding = null;
      this.round.focusRequested = this.round.detail !== null;
    });
  }

  async saveAdding(): Promise<boolean> {
    const draft = this.adding;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const round = await this.#ports.createRound(input);
      if (this.adding === draft) this.adding = null;
      this.list.selectedId = round.id;
      this.round.focusRequested = true;
      await Promise.all([this.round.show(round.id), this.list.load()]);
    });
  }

  /** Opens an application from the round's table, asking first if that drops unsaved scores. */
  openApplication(id: ApplicationId): void {
    const open = this.round.application;
    this.guard(id !== open.id && open.dirty, () => {
      if (this.round.openApplication(id)) open.focusRequested = true;
    });
  }

  /** Back to the round from an application. */
  closeApplication(): void {
    const open = this.round.application;
    this.guard(open.dirty, () => {
      const was = open.id;
      this.round.closeApplication();
      this.round.returnTo = was;
    });
  }

  #reset(): void {
    this.list.reset();
    this.round.reset();
    this.reviewers.reset();
    this.adding = null;
    this.pendingDiscard = null;
  }
}

export const [getRounds, setRounds] = createContext<Rounds>();
