import * as peopleClient from "../api/client/people";
import { invalidField, toAppError, type AppError } from "../api/errors";
import type { DuplicatePair, PersonDetail } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { t } from "../i18n/locale.svelte";
import { LatestOnly } from "../navigation/latest-only";
import { pairKey } from "./duplicates";
import { MergeDraft } from "./merge-draft.svelte";
import { rememberedOrganizer, rememberOrganizer } from "./organizer";

export type DuplicatePorts = Pick<
  typeof peopleClient,
  "findDuplicates" | "comparePeople" | "mergePeople" | "markNotDuplicates"
> & {
  /** The organizer's name remembered on this laptop ("" when none). */
  organizer: () => string;
};

const realPorts: DuplicatePorts = {
  findDuplicates: peopleClient.findDuplicates,
  comparePeople: peopleClient.comparePeople,
  mergePeople: peopleClient.mergePeople,
  markNotDuplicates: peopleClient.markNotDuplicates,
  organizer: () => rememberedOrganizer(),
};

/** Said under "Your name" when it is empty. */
function nameNeeded(): string {
  return t("people-decided-by-missing");
}

/** Where the compare-and-merge panel was opened from, so closing it goes back there. */
export type ReviewOrigin = "list" | "record";

/** One pair being compared: the two records once they have loaded, and the merge form. */
export class MergeReview {
  readonly pair: DuplicatePair;
  readonly from: ReviewOrigin;
  draft = $state<MergeDraft | null>(null);
  /** Loading the two records failed. */
  error = $state<AppError | null>(null);
  /** The "merging cannot be undone" question is on screen. */
  confirming = $state(false);

  constructor(pair: DuplicatePair, from: ReviewOrigin) {
    this.pair = pair;
    this.from = from;
  }

  get key(): string {
    return pairKey(this.pair);
  }
}

/**
 * Records that look like one person: the chapter's list of likely pairs, "not the same person",
 * and comparing and merging one pair. Lives with `People`, so a half-made merge is still there
 * after a look elsewhere.
 */
export class Duplicates {
  pairs = $state.raw<DuplicatePair[]>([]);
  /** How many pairs there are in all; `pairs` holds the strongest few hundred of them. */
  total = $state(0);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  /** Who is deciding "not the same person"; offered from the name remembered on this laptop. */
  decidedBy = $state("");
  decidedByError = $state<string | null>(null);
  /** The pair being marked as two people, and what went wrong with the last one. */
  marking = $state<string | null>(null);
  markError = $state<{ key: string; error: AppError } | null>(null);
  /** The last pair marked as two people, said once on screen. */
  lastDecided = $state<string | null>(null);
  review = $state<MergeReview | null>(null);
  /** After the panel closes, the button that opened it takes the focus back. */
  returnFocus = $state<{ from: ReviewOrigin; key: string } | null>(null);

  readonly #ports: DuplicatePorts;
  readonly #latest = new LatestOnly();

  constructor(ports: DuplicatePorts = realPorts) {
    this.#ports = ports;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const found = await this.#ports.findDuplicates();
      if (!this.#latest.isCurrent(ticket)) return;
      this.pairs = found.pairs;
      this.total = found.total;
      this.error = null;
      this.loaded = true;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) {
        this.error = toAppError(reason);
        this.loaded = true;
      }
    }
  }

  /** Fills in "your name" from this laptop's memory when it is still empty. */
  offerName(): void {
    if (this.decidedBy.trim() === "") this.decidedBy = this.#ports.organizer();
  }

  /** "Not the same person": the pair leaves the list and is not suggested again. */
  async markNotDuplicates(pair: DuplicatePair): Promise<boolean> {
    if (this.marking !== null) return false;
    const key = pairKey(pair);
    const decidedBy = this.decidedBy.trim();
    this.markError = null;
    this.lastDecided = null;
    if (decidedBy === "") {
      this.decidedByError = nameNeeded();
      return false;
    }
    this.decidedByError = null;
    this.marking = key;
    try {
      await this.#ports.markNotDuplicates(pair.a.id, pair.b.id, decidedBy);
      rememberOrganizer(decidedBy);
      this.#drop((p) => pairKey(p) === key);
      this.lastDecided = t("people-marked-not-same", {
        a: pair.a.display_name,
        b: pair.b.display_name,
      });
      void this.load();
      return true;
    } catch (reason) {
      const error = toAppError(reason);
      if (invalidField(error) === "decided_by") {
        this.decidedByError = nameNeeded();
      } else {
        this.markError = { key, error };
      }
      return false;
    } finally {
      this.marking = null;
    }
  }

  /** Opens the compare-and-merge panel on a pair and fetches both records. */
  async openReview(pair: DuplicatePair, from: ReviewOrigin): Promise<void> {
    const review = new MergeReview(pair, from);
    this.review = review;
    this.returnFocus = null;
    try {
      const comparison = await this.#ports.comparePeople(pair.a.id, pair.b.id);
      if (this.review !== review) return;
      const name = this.#ports.organizer() || this.decidedBy.trim();
      review.draft = new MergeDraft(comparison, name);
    } catch (reason) {
      if (this.review === review) review.error = toAppError(reason);
    }
  }

  /** Escape, Cancel or Back: closes the panel and hands the focus back to what opened it. */
  closeReview(): ReviewOrigin | null {
    const review = this.review;
    if (!review) return null;
    this.review = null;
    this.returnFocus = { from: review.from, key: review.key };
    return review.from;
  }

  /** "Merge records": checks the form, then asks the organizer to confirm. */
  requestMerge(): boolean {
    const draft = this.review?.draft;
    if (!this.review || !draft || draft.saving) return false;
    if (draft.submit() === null) return false;
    this.review.confirming = true;
    return true;
  }

  cancelMerge(): void {
    if (this.review) this.review.confirming = false;
  }

  /**
   * Merges once confirmed. Answers with the kept record and the id of the one merged away, or
   * null (the form says why).
   */
  async confirmMerge(): Promise<{ kept: PersonDetail; mergedId: string } | null> {
    const review = this.review;
    const draft = review?.draft;
    if (!review || !draft || draft.saving) return null;
    review.confirming = false;
    let merged: { kept: PersonDetail; mergedId: string } | null = null;
    await saveDraft(draft, async (request) => {
      const detail = await this.#ports.mergePeople(request);
      rememberOrganizer(request.merged_by);
      if (this.decidedBy.trim() === "") this.decidedBy = request.merged_by;
      if (this.review === review) this.review = null;
      // Pairs with the record merged away are gone; the kept one's others are fetched again.
      this.#drop((p) => p.a.id === request.merge || p.b.id === request.merge);
      void this.load();
      merged = { kept: detail, mergedId: request.merge };
    });
    return merged;
  }

  /** Takes pairs off the list at once, before the list is fetched again. */
  #drop(gone: (pair: DuplicatePair) => boolean): void {
    const kept = this.pairs.filter((p) => !gone(p));
    this.total = Math.max(0, this.total - (this.pairs.length - kept.length));
    this.pairs = kept;
  }

  reset(): void {
    this.#latest.invalidate();
    this.pairs = [];
    this.total = 0;
    this.loaded = false;
    this.error = null;
    this.decidedByError = null;
    this.marking = null;
    this.markError = null;
    this.lastDecided = null;
    this.review = null;
    this.returnFocus = null;
  }
}
