import * as nationalClient from "../api/client/national";
import { toAppError, type AppError } from "../api/errors";
import type { ApplicationId, Imported, Ledger, Received, RoundId, RoundView } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { OpenRecord } from "../navigation/open-record.svelte";
import { OpenReceived, type ReceivedPorts } from "./open-received.svelte";
import { RoundMeans } from "./round-means.svelte";
import { RubricDraft } from "./rubric-draft.svelte";

export type OpenRoundPorts = Pick<typeof nationalClient, "getRound" | "importApplicationFile" | "saveRubric"> &
  ReceivedPorts;

/** What an application file did, with the names to say it by. */
export type ImportOutcome = { outcome: Imported; id: ApplicationId; title: string; chapter: string };

/**
 * The round shown on the right: its ledger, its applications (each with the committee's mean
 * score once known), its rubric being edited, the files chapters send imported into it, and
 * the one application opened from its table.
 */
export class OpenRound extends OpenRecord<RoundView, RoundId> {
  rubric = $state<RubricDraft | null>(null);
  importing = $state(false);
  imported = $state<ImportOutcome | null>(null);
  importError = $state<AppError | null>(null);
  /** The application just closed, whose row takes the keyboard focus back in the table. */
  returnTo = $state<ApplicationId | null>(null);
  readonly means: RoundMeans;
  readonly application: OpenReceived;

  /** The application open, as the round last came. */
  readonly received: Received | null;
  readonly dirty: boolean;

  readonly #ports: OpenRoundPorts;

  constructor(ports: OpenRoundPorts, today: () => string) {
    super((id) => ports.getRound(id), (view) => view.round.id);
    this.#ports = ports;
    this.means = new RoundMeans(ports);
    this.application = new OpenReceived(
      ports,
      this.means,
      {
        decided: async () => {
          await this.show(this.id);
        },
        placed: async () => {
          await this.show(this.id);
        },
        paid: (ledger) => this.#setLedger(ledger),
      },
      today,
    );
    this.received = $derived(this.detail?.applications.find((a) => a.id === this.application.id) ?? null);
    this.dirty = $derived((this.rubric?.dirty ?? false) || this.application.dirty);
  }

  /** Shows a round, or fetches the shown one again; another one starts afresh. */
  override async show(id: RoundId | null): Promise<boolean> {
    if (id !== this.id) this.#close();
    const shown = await super.show(id);
    if (shown && this.detail) this.#follow(this.detail);
    return shown;
  }

  override replace(view: RoundView): void {
    if (view.round.id !== this.id) this.#close();
    super.replace(view);
    this.#follow(view);
  }

  /** Opens an application of the round in its place on the right. */
  openApplication(id: ApplicationId): boolean {
    const received = this.detail?.applications.find((a) => a.id === id);
    if (!received || !this.detail) return false;
    this.application.open(received, this.detail.rubric);
    return true;
  }

  closeApplication(): void {
    this.application.close();
  }

  /**
   * "Import an application file": the backend asks for the file, checks its signature and the
   * round's rules, and says whether it was new, already here, or a new version of one; the
   * round is then fetched again to show it.
   */
  async importFile(): Promise<void> {
    const round = this.id;
    if (round === null || this.importing) return;
    this.importing = true;
    this.importError = null;
    this.imported = null;
    try {
      const file = await this.#ports.importApplicationFile(round);
      if (file === null || this.id !== round) return;
      await this.show(round);
      const received = this.detail?.applications.find((a) => a.id === file.id);
      this.imported = {
        outcome: file.outcome,
        id: file.id,
        title: received?.sent.content.initiative.title ?? "",
        chapter: received?.chapter_name ?? "",
      };
      // A new version may be read differently by the reviewers; its mean is fetched again.
      if (file.outcome !== "already_imported") void this.means.load([file.id], true);
    } catch (reason) {
      if (this.id === round) this.importError = toAppError(reason);
    } finally {
      this.importing = false;
    }
  }

  /** Saves the rubric whole; the weighted scores follow the new weights. */
  async saveRubric(): Promise<boolean> {
    const draft = this.rubric;
    const round = this.id;
    if (!draft || round === null) return false;
    return saveDraft(draft, async (criteria) => {
      const rubric = await this.#ports.saveRubric(round, criteria);
      if (this.id !== round || !this.detail) return;
      this.detail = { ...this.detail, rubric };
      this.rubric = new RubricDraft(rubric);
      this.rubric.justSaved = true;
      this.#follow(this.detail);
      void this.means.load(this.detail.applications.map((a) => a.id), true);
    });
  }

  override reset(): void {
    super.reset();
    this.#close();
  }

  #setLedger(ledger: Ledger): void {
    if (this.detail) this.detail = { ...this.detail, ledger };
  }

  /** The forms and the open application follow the round as it came. */
  #follow(view: RoundView): void {
    if (this.rubric === null) this.rubric = new RubricDraft(view.rubric);
    void this.means.load(view.applications.map((a) => a.id));
    const open = this.application.id;
    if (open === null) return;
    const received = view.applications.find((a) => a.id === open);
    if (received) this.application.follow(received, view.rubric);
    else this.application.close();
  }

  #close(): void {
    this.rubric = null;
    this.returnTo = null;
    this.imported = null;
    this.importError = null;
    this.means.reset();
    this.application.close();
  }
}
