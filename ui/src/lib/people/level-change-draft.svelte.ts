import type { PersonId } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import { LEVEL_CHANGE_FIELDS, validateLevelChange, type LevelChangeValues } from "./ladder";

export type LevelChangeRequest = { level: string; changedBy: string; reason: string | null };

/** The "change level" form for one person. */
export class LevelChangeDraft extends Draft<LevelChangeValues> {
  readonly personId: PersonId;

  /** @param current the person's level now, which the form refuses to "change" to. */
  constructor(personId: PersonId, current: string, start: LevelChangeValues) {
    super(start, (values) => validateLevelChange(values, current), LEVEL_CHANGE_FIELDS);
    this.personId = personId;
  }

  submit(): LevelChangeRequest | null {
    if (!this.attempt()) return null;
    const reason = this.values.reason.trim();
    return {
      level: this.values.level,
      changedBy: this.values.changedBy.trim(),
      reason: reason === "" ? null : reason,
    };
  }
}
