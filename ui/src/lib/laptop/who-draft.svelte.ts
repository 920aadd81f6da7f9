import { Draft } from "../forms/draft.svelte";
import { checkWho, emptyWho, WHO_FIELDS, type WhoValues } from "./who";

/** A member saying who they are, or someone new joining with the same. */
export class WhoDraft extends Draft<WhoValues> {
  /** Nobody has this name and this fact: the member may try again or join as someone new. */
  notFound = $state(false);

  /** Someone new joining: asked for a fact their record can keep. */
  readonly joining: boolean;

  constructor(values: WhoValues = emptyWho(), joining = false) {
    super(values, (v) => checkWho(v, joining), WHO_FIELDS);
    this.joining = joining;
  }

  submit(): WhoValues | null {
    return this.attempt() ? { ...this.values } : null;
  }
}
