import * as orgsClient from "../api/client/orgs";
import { invalidField, toAppError, type AppError } from "../api/errors";
import type { OrgDetail, OrgDuplicatePair, OrgLikeness, OrgMergeId } from "../api/types";
import { formatList } from "../i18n/intl";
import { t } from "../i18n/locale.svelte";
import { LatestOnly } from "../navigation/latest-only";
import { rememberedOrganizer, rememberOrganizer } from "../people/organizer";

export type OrgDuplicatePorts = Pick<
  typeof orgsClient,
  "orgDuplicates" | "mergeOrgs" | "notSameOrgs" | "undoOrgMerge"
> & {
  /** The organizer's name remembered on this laptop ("" when none). */
  organizer: () => string;
};

const realPorts: OrgDuplicatePorts = {
  orgDuplicates: orgsClient.orgDuplicates,
  mergeOrgs: orgsClient.mergeOrgs,
  notSameOrgs: orgsClient.notSameOrgs,
  undoOrgMerge: orgsClient.undoOrgMerge,
  organizer: () => rememberedOrganizer(),
};

/** A pair's key, the same whichever way round it comes. */
export function orgPairKey(pair: OrgDuplicatePair): string {
  return [pair.a.id, pair.b.id].sort().join("|");
}

function likenessLabel(likeness: OrgLikeness): string {
  switch (likeness) {
    case "same_words":
      return t("orgs-likeness-same-words");
    case "name_within":
      return t("orgs-likeness-name-within");
    case "same_website":
      return t("orgs-likeness-same-website");
    case "same_phone":
      return t("orgs-likeness-same-phone");
    case "same_email":
      return t("orgs-likeness-same-email");
  }
}

/** Why two organizations look alike, in words ("The same words in their names and the same phone"). */
export function orgLikenessText(likeness: readonly OrgLikeness[]): string {
  return formatList(likeness.map(likenessLabel));
}

/** The pair being merged: which side is kept (`a` unless swapped). */
export type OrgMergeChoice = { key: string; pair: OrgDuplicatePair; keepA: boolean };

/**
 * Organizations that look like one: the directory's likely pairs, merging one pair (and
 * undoing a merge from the kept record), and "not the same".
 */
export class OrgDuplicates {
  pairs = $state.raw<OrgDuplicatePair[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  /** The list of likely pairs is on screen. */
  isOpen = $state(false);
  /** The pair whose merge form is open. */
  merging = $state<OrgMergeChoice | null>(null);
  mergedBy = $state("");
  mergedByError = $state<string | null>(null);
  /** The pair whose "not the same" form is open. */
  deciding = $state<string | null>(null);
  decidedBy = $state("");
  decidedByError = $state<string | null>(null);
  /** A pair's merge or "not the same" is on its way. */
  busy = $state(false);
  /** What went wrong with the last merge or "not the same", and on which pair. */
  pairError = $state<{ key: string; error: AppError } | null>(null);
  /** The merge whose "Undo merge" is waiting for a yes. */
  confirmingUndo = $state<OrgMergeId | null>(null);
  undoing = $state(false);
  undoError = $state<AppError | null>(null);

  readonly #ports: OrgDuplicatePorts;
  readonly #latest = new LatestOnly();

  constructor(ports: OrgDuplicatePorts = realPorts) {
    this.#ports = ports;
  }

  get count(): number {
    return this.pairs.length;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const pairs = await this.#ports.orgDuplicates();
      if (!this.#latest.isCurrent(ticket)) return;
      this.pairs = pairs;
      this.error = null;
      this.loaded = true;
      if (this.merging && !pairs.some((p) => orgPairKey(p) === this.merging?.key)) this.merging = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) {
        this.error = toAppError(reason);
        this.loaded = true;
      }
    }
  }

  open(): void {
    this.isOpen = true;
    void this.load();
  }

  close(): void {
    if (this.busy) return;
    this.isOpen = false;
    this.merging = null;
    this.deciding = null;
  }

  /** "Merge…" on a pair: keeps `a` to begin with, offering the name remembered on this laptop. */
  startMerge(pair: OrgDuplicatePair): void {
    this.merging = { key: orgPairKey(pair), pair, keepA: true };
    this.deciding = null;
    this.pairError = null;
    this.mergedByError = null;
    if (this.mergedBy.trim() === "") this.mergedBy = this.#ports.organizer();
  }

  swap(): void {
    if (this.merging) this.merging = { ...this.merging, keepA: !this.merging.keepA };
  }

  cancelMerge(): void {
    if (!this.busy) this.merging = null;
  }

  /** Merges the chosen pair; answers with the kept record, or null (the form says why). */
  async merge(): Promise<OrgDetail | null> {
    const choice = this.merging;
    if (!choice || this.busy) return null;
    const mergedBy = this.mergedBy.trim();
    this.pairError = null;
    if (mergedBy === "") {
      this.mergedByError = t("orgs-merged-by-missing");
      return null;
    }
    this.mergedByError = null;
    const kept = choice.keepA ? choice.pair.a : choice.pair.b;
    const merged = choice.keepA ? choice.pair.b : choice.pair.a;
    this.busy = true;
    try {
      const detail = await this.#ports.mergeOrgs(kept.id, merged.id, mergedBy);
      rememberOrganizer(mergedBy);
      this.merging = null;
      this.isOpen = false;
      this.pairs = this.pairs.filter((p) => p.a.id !== merged.id && p.b.id !== merged.id);
      void this.load();
      return detail;
    } catch (reason) {
      const error = toAppError(reason);
      if (invalidField(error) === "merged_by") this.mergedByError = t("orgs-merged-by-missing");
      else this.pairError = { key: choice.key, error };
      return null;
    } finally {
      this.busy = false;
    }
  }

  /** "Not the same…" on a pair: asks who decides. */
  startNotSame(pair: OrgDuplicatePair): void {
    this.deciding = orgPairKey(pair);
    this.merging = null;
    this.pairError = null;
    this.decidedByError = null;
    if (this.decidedBy.trim() === "") this.decidedBy = this.#ports.organizer();
  }

  cancelNotSame(): void {
    if (!this.busy) this.deciding = null;
  }

  /** "Not the same": the pair leaves the list and is not suggested again. */
  async notSame(pair: OrgDuplicatePair): Promise<boolean> {
    if (this.busy) return false;
    const key = orgPairKey(pair);
    const decidedBy = this.decidedBy.trim();
    this.pairError = null;
    if (decidedBy === "") {
      this.decidedByError = t("orgs-decided-by-missing");
      return false;
    }
    this.decidedByError = null;
    this.busy = true;
    try {
      await this.#ports.notSameOrgs(pair.a.id, pair.b.id, decidedBy);
      rememberOrganizer(decidedBy);
      this.deciding = null;
      this.pairs = this.pairs.filter((p) => orgPairKey(p) !== key);
      void this.load();
      return true;
    } catch (reason) {
      const error = toAppError(reason);
      if (invalidField(error) === "decided_by") this.decidedByError = t("orgs-decided-by-missing");
      else this.pairError = { key, error };
      return false;
    } finally {
      this.busy = false;
    }
  }

  askUndo(id: OrgMergeId): void {
    this.confirmingUndo = id;
    this.undoError = null;
  }

  cancelUndo(): void {
    this.confirmingUndo = null;
  }

  /** Undoes the merge asked about; answers with the record that came back, or null. */
  async undo(): Promise<OrgDetail | null> {
    const id = this.confirmingUndo;
    if (id === null || this.undoing) return null;
    this.confirmingUndo = null;
    this.undoing = true;
    this.undoError = null;
    try {
      const detail = await this.#ports.undoOrgMerge(id);
      void this.load();
      return detail;
    } catch (reason) {
      this.undoError = toAppError(reason);
      return null;
    } finally {
      this.undoing = false;
    }
  }

  reset(): void {
    this.#latest.invalidate();
    this.pairs = [];
    this.loaded = false;
    this.error = null;
    this.isOpen = false;
    this.merging = null;
    this.deciding = null;
    this.mergedByError = null;
    this.decidedByError = null;
    this.busy = false;
    this.pairError = null;
    this.confirmingUndo = null;
    this.undoing = false;
    this.undoError = null;
  }
}
