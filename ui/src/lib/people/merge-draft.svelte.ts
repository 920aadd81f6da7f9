import { fieldMessage } from "../api/errors";
import type {
  MergeComparison,
  MergeField,
  MergeRequest,
  Person,
  RecordHistory,
} from "../api/types";
import { Draft } from "../forms/draft.svelte";
import {
  defaultSide,
  joinedLists,
  MERGE_FORM_FIELDS,
  mergeRequest,
  otherSide,
  validateMerge,
  type Joined,
  type MergeValues,
  type Side,
} from "./duplicates";

/**
 * The compare-and-merge form for two records: which one is kept, whose value stays for each
 * group where they differ, and who is merging. A group not chosen by hand follows the kept
 * record (or the other one where the kept record holds nothing), also after the kept record
 * is swapped.
 */
export class MergeDraft extends Draft<MergeValues> {
  readonly comparison: MergeComparison;

  constructor(comparison: MergeComparison, mergedBy: string) {
    super({ keep: "a", chosen: {}, mergedBy }, validateMerge, MERGE_FORM_FIELDS);
    this.comparison = comparison;
  }

  get keep(): Side {
    return this.values.keep;
  }

  get kept(): Person {
    return this.recordOn(this.values.keep);
  }

  get mergedAway(): Person {
    return this.recordOn(otherSide(this.values.keep));
  }

  /** The lists the kept record ends up with: both records' phones, emails, tags and so on. */
  get joined(): Joined {
    return joinedLists(this.kept, this.mergedAway);
  }

  recordOn(side: Side): Person {
    return side === "a" ? this.comparison.a : this.comparison.b;
  }

  /** The one-on-ones, meetings and ladder changes of the record on one side. */
  historyOn(side: Side): RecordHistory {
    return side === "a" ? this.comparison.a_history : this.comparison.b_history;
  }

  /** What moves to the kept record: the history of the one merged away. */
  get moving(): RecordHistory {
    return this.historyOn(otherSide(this.values.keep));
  }

  /**
   * The refusal shown next to "Merge records": a refused input as its sentence alone, any
   * other error as it came.
   */
  get refusal(): { message: string; details?: string | null } | null {
    const error = this.formError;
    return error?.kind === "invalid_input" ? { message: fieldMessage(error) } : error;
  }

  keepRecord(side: Side): void {
    this.values.keep = side;
  }

  /** Whose value of a group stays. */
  choice(field: MergeField): Side {
    return this.values.chosen[field] ?? defaultSide(field, this.values.keep, this.comparison);
  }

  choose(field: MergeField, side: Side): void {
    this.values.chosen[field] = side;
  }

  /** The request to send, or null while the form shows what to fix. */
  submit(): MergeRequest | null {
    if (!this.attempt()) return null;
    const { keep, mergedBy } = this.values;
    return mergeRequest(this.comparison, keep, (field) => this.choice(field), mergedBy);
  }
}
