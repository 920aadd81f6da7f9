import type { OneOnOneInput, PersonId } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import {
  newOneOnOne,
  ONE_ON_ONE_FIELDS,
  oneOnOneInput,
  validateOneOnOne,
  type OneOnOneValues,
} from "./one-on-one";

/** The "log a one-on-one" form for one person. */
export class OneOnOneDraft extends Draft<OneOnOneValues> {
  readonly personId: PersonId;

  /** @param today "YYYY-MM-DD" on this laptop: the default date and the latest allowed. */
  constructor(personId: PersonId, today: string, heldBy: string) {
    super(newOneOnOne(today, heldBy), (values) => validateOneOnOne(values, today), ONE_ON_ONE_FIELDS);
    this.personId = personId;
  }

  submit(): OneOnOneInput | null {
    return this.attempt() ? oneOnOneInput(this.personId, this.values) : null;
  }
}
