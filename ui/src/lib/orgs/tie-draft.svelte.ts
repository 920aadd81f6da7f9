import type { OrganizationId, Tie, TieInput } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import { TIE_FIELDS, tieInput, tieValues, validateTie, type TieValues } from "./tie-form";

/** The form that ties someone to an organization, or changes how they are tied. */
export class TieDraft extends Draft<TieValues> {
  readonly orgId: OrganizationId;
  /** The tie being changed, or null for a new one (whose person is picked on the form). */
  readonly tie: Tie | null;

  constructor(orgId: OrganizationId, tie: Tie | null = null) {
    super(tieValues(tie), validateTie, TIE_FIELDS);
    this.orgId = orgId;
    this.tie = tie;
  }

  submit(): TieInput | null {
    return this.attempt() ? tieInput(this.orgId, this.values) : null;
  }
}
