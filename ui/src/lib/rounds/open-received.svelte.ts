import * as nationalClient from "../api/client/national";
import { toAppError, type AppError } from "../api/errors";
import type {
  ApplicationId,
  Criterion,
  Ledger,
  Received,
  ReviewerId,
  ReviewSheet,
  ReviewView,
} from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { LatestOnly } from "../navigation/latest-only";
import { DecisionDraft, PaymentDraft } from "./decision-drafts.svelte";
import { RegionDraft } from "./region-draft.svelte";
import { ConflictDraft, ScoreDraft } from "./review-drafts.svelte";
import type { RoundMeans } from "./round-means.svelte";

export type ReceivedPorts = Pick<
  typeof nationalClient,
  | "reviewSheet"
  | "saveReview"
  | "declareConflict"
  | "decideApplication"
  | "recordPayment"
  | "setChapterRegion"
  | "knownRegions"
>;

/** What the round around the application hears from it. */
export type ReceivedEvents = {
  /** A decision changed the round's figures and the application's standing: fetch it again. */
  decided: () => Promise<void>;
  /** The chapter's region changed, on every application it sent: fetch the round again. */
  placed: () => Promise<void>;
  /** A payment answered with the round's ledger. */
  paid: (ledger: Ledger) => void;
};

/** A payment just recorded, said under the form. */
export type Paid = { cents: number; paidOn: string };

/**
 * The application open in a round: what the chapter sent is the round's to show; here is the
 * review (as one reviewer, or as the committee as a whole), the decision and the payments.
 * Who is reviewing stays chosen from one application to the next, as a reviewer goes down the
 * list.
 */
export class OpenReceived {
  id = $state<ApplicationId | null>(null);
  /** Who is reviewing; null: the committee as a whole, which sees everyone's scores. */
  reviewer = $state<ReviewerId | null>(null);
  sheet = $state.raw<ReviewSheet | null>(null);
  sheetLoading = $state(false);
  /**
   * The reviewer declared a conflict of interest with the application: the backend's refusal
   * to show the scores, shown in their place.
   */
  refused = $state<AppError | null>(null);
  /** The sheet could not be fetched for another reason. */
  sheetError = $state<AppError | null>(null);
  /** The chosen reviewer's scores; null for the committee as a whole, or a reviewer refused. */
  scoreForm = $state<ScoreDraft | null>(null);
  /** Open while the chosen reviewer declares a conflict of interest. */
  conflictForm = $state<ConflictDraft | null>(null);
  decision = $state<DecisionDraft | null>(null);
  /** The region the sending chapter is in. */
  region = $state<RegionDraft | null>(null);
  /** The regions the committee has named, offered as it types. */
  knownRegions = $state.raw<string[]>([]);
  /** Only an award is paid. */
  payment = $state<PaymentDraft | null>(null);
  paid = $state<Paid | null>(null);
  /** Set when the application should take the keyboard focus as soon as it is on screen. */
  focusRequested = $state(false);

  readonly dirty: boolean = $derived(
    (this.scoreForm?.dirty ?? false) ||
      (this.conflictForm?.dirty ?? false) ||
      (this.decision?.dirty ?? false) ||
      (this.region?.dirty ?? false) ||
      (this.payment?.dirty ?? false),
  );

  readonly #ports: ReceivedPorts;
  readonly #means: RoundMeans;
  readonly #events: ReceivedEvents;
  readonly #today: () => string;
  readonly #latest = new LatestOnly();
  #rubric: readonly Criterion[] = [];

  constructor(ports: ReceivedPorts, means: RoundMeans, events: ReceivedEvents, today: () => string) {
    this.#ports = ports;
    this.#means = means;
    this.#events = events;
    this.#today = today;
  }

  /** Opens an application of the round, with the round's rubric to score it on. */
  open(received: Received, rubric: readonly Criterion[]): void {
    if (received.id !== this.id) {
      this.#clear();
      this.id = received.id;
      this.#rubric = rubric;
      void this.loadSheet();
      void this.#loadRegions();
    }
    this.follow(received, rubric);
  }

  /**
   * The round came again (after a decision, an import, a rubric saved): the forms follow what
   * is saved, except where the committee is typing.
   */
  follow(received: Received, rubric: readonly Criterion[]): void {
    if (received.id !== this.id) return;
    if (this.decision === null || !this.decision.dirty) {
      const saved = this.decision?.justSaved ?? false;
      this.decision = new DecisionDraft(received);
      this.decision.justSaved = saved;
    }
    if (this.region === null || !this.region.dirty) {
      const saved = this.region?.justSaved ?? false;
      this.region = new RegionDraft(received);
      this.region.justSaved = saved;
    }
    if (received.status !== "awarded" || received.awarded_cents === null) {
      this.payment = null;
    } else if (this.payment === null || !this.payment.dirty) {
      this.payment = new PaymentDraft(received.awarded_cents, this.#today());
    }
    if (JSON.stringify(rubric) !== JSON.stringify(this.#rubric)) {
      this.#rubric = rubric;
      void this.loadSheet();
    }
  }

  /** "Reviewing as": a reviewer, or null for the committee as a whole. */
  chooseReviewer(reviewer: ReviewerId | null): void {
    if (reviewer === this.reviewer) return;
    this.reviewer = reviewer;
    this.conflictForm = null;
    void this.loadSheet();
  }

  /** Fetches the reviews as the chosen reviewer (or the committee) may see them. */
  async loadSheet(): Promise<void> {
    const id = this.id;
    const viewer = this.reviewer;
    if (id === null) return;
    const ticket = this.#latest.next();
    this.sheetLoading = true;
    try {
      const sheet = await this.#ports.reviewSheet(id, viewer);
      if (!this.#latest.isCurrent(ticket)) return;
      this.#showSheet(sheet, viewer);
      this.refused = null;
      this.sheetError = null;
    } catch (reason) {
      if (!this.#latest.isCurrent(ticket)) return;
      const error = toAppError(reason);
      this.sheet = null;
      this.scoreForm = null;
      // A reviewer with a conflict of interest is refused by design, not by a failure.
      this.refused = viewer !== null && error.kind === "conflict" ? error : null;
      this.sheetError = this.refused ? null : error;
    } finally {
      if (this.#latest.isCurrent(ticket)) this.sheetLoading = false;
    }
  }

  async saveReview(): Promise<boolean> {
    const draft = this.scoreForm;
    const id = this.id;
    const reviewer = this.reviewer;
    if (!draft || id === null || reviewer === null) return false;
    return saveDraft(draft, async ({ scores, notes }) => {
      const sheet = await this.#ports.saveReview(id, reviewer, scores, notes);
      this.#means.set(id, sheet.mean);
      if (this.id !== id || this.reviewer !== reviewer) return;
      this.#latest.invalidate();
      this.sheetLoading = false;
      this.#showSheet(sheet, reviewer);
      if (this.scoreForm) this.scoreForm.justSaved = true;
    });
  }

  startConflict(): void {
    if (this.reviewer !== null) this.conflictForm = new ConflictDraft();
  }

  cancelConflict(): void {
    this.conflictForm = null;
  }

  /**
   * The chosen reviewer declares a conflict of interest: their scores on it are taken back,
   * and the sheet, fetched again, is refused to them.
   */
  async declareConflict(): Promise<boolean> {
    const draft = this.conflictForm;
    const id = this.id;
    const reviewer = this.reviewer;
    if (!draft || id === null || reviewer === null) return false;
    return saveDraft(draft, async ({ reason }) => {
      await this.#ports.declareConflict(id, reviewer, reason);
      if (this.conflictForm === draft) this.conflictForm = null;
      void this.#means.load([id], true);
      if (this.id === id) await this.loadSheet();
    });
  }

  /** Awards or declines; a refusal (an award past what the round has left) stays on the form. */
  async decide(): Promise<boolean> {
    const draft = this.decision;
    const id = this.id;
    if (!draft || id === null) return false;
    return saveDraft(draft, async (decision) => {
      const received = await this.#ports.decideApplication(id, decision);
      if (this.id !== id) return;
      this.decision = new DecisionDraft(received);
      this.decision.justSaved = true;
      await this.#events.decided();
    });
  }

  /** Puts the chapter in the region typed (or in none); a refusal stays on the form. */
  async place(): Promise<boolean> {
    const draft = this.region;
    const id = this.id;
    if (!draft || id === null) return false;
    return saveDraft(draft, async ({ region }) => {
      const received = await this.#ports.setChapterRegion(id, region);
      if (this.id !== id) return;
      this.region = new RegionDraft(received);
      this.region.justSaved = true;
      void this.#loadRegions();
      await this.#events.placed();
    });
  }

  async #loadRegions(): Promise<void> {
    try {
      this.knownRegions = await this.#ports.knownRegions();
    } catch {
      // Only suggestions: the field works without them.
      this.knownRegions = [];
    }
  }

  async pay(): Promise<boolean> {
    const draft = this.payment;
    const id = this.id;
    if (!draft || id === null) return false;
    return saveDraft(draft, async ({ amountCents, paidOn, note }) => {
      const ledger = await this.#ports.recordPayment(id, amountCents, paidOn, note);
      this.#events.paid(ledger);
      if (this.id !== id || this.payment !== draft) return;
      this.paid = { cents: amountCents, paidOn };
      this.payment = new PaymentDraft(draft.awardedCents, this.#today());
    });
  }

  close(): void {
    this.#clear();
    this.id = null;
  }

  #showSheet(sheet: ReviewSheet, viewer: ReviewerId | null): void {
    this.sheet = sheet;
    this.#means.set(sheet.application, sheet.mean);
    this.scoreForm = viewer === null ? null : new ScoreDraft(this.#rubric, ownReview(sheet, viewer));
  }

  #clear(): void {
    this.#latest.invalidate();
    this.sheet = null;
    this.sheetLoading = false;
    this.refused = null;
    this.sheetError = null;
    this.scoreForm = null;
    this.conflictForm = null;
    this.decision = null;
    this.region = null;
    this.payment = null;
    this.paid = null;
    this.focusRequested = false;
  }
}

function ownReview(sheet: ReviewSheet, reviewer: ReviewerId): ReviewView | null {
  return sheet.reviews.find((r) => r.reviewer.id === reviewer) ?? null;
}
