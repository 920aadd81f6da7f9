// The region the committee puts a chapter in, for the round summary's table by region. It is
// the chapter's, so setting it from one application sets it for all the chapter sends.
import type { Received } from "../api/types";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";

/** As long as the backend takes: longer is a paste gone wrong. */
export const MAX_REGION = 80;

export type RegionValues = { region: string };

export function validateRegion(values: RegionValues): FieldErrors {
  return [...values.region.trim()].length > MAX_REGION ? { region: t("rounds-region-too-long", { most: MAX_REGION }) } : {};
}

/** The region field: the chapter's region as saved, or empty while it has none. */
export class RegionDraft extends Draft<RegionValues> {
  /** Set on the fresh form a save leaves, so the page says "Saved" until the next change. */
  justSaved = $state(false);

  constructor(received: Received) {
    super({ region: received.region ?? "" }, validateRegion, ["region"]);
  }

  /** The region to save (null: none), or null while the form shows what to fix. */
  submit(): { region: string | null } | null {
    if (!this.attempt()) return null;
    const region = this.values.region.trim();
    return { region: region === "" ? null : region };
  }
}
