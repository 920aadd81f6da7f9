import type { AssessmentInput } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import {
  ASSESSMENT_FIELDS,
  assessmentInput,
  emptyAssessment,
  validateAssessment,
  type AssessmentValues,
} from "./assessment-form";

/** The new-assessment form. */
export class AssessmentDraft extends Draft<AssessmentValues> {
  constructor() {
    super(emptyAssessment(), validateAssessment, ASSESSMENT_FIELDS);
  }

  /** The input to save, or null while the form shows what to fix. */
  submit(): AssessmentInput | null {
    return this.attempt() ? assessmentInput(this.values) : null;
  }
}
