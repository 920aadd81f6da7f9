import { Draft } from "../forms/draft.svelte";
import { checkWho, emptyWho, WHO_FIELDS, type WhoValues } from "./who";

/** A member saying who they are, or someone new joining with the same. */
export class WhoDraft extends Draft<WhoValues> {
  /** Nobody has this name and this fact: the member may try again or join as someone new. */
  notFound = $state(false);

  constructor(values: WhoValues = emptyWho()) {
    super(values, checkWho, WHO_FIELDS);
  }

  submit(): WhoValues | null {
    return this.attempt() ? { ...this.values } : null;
  }
}
