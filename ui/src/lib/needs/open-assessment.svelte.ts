import type * as needsClient from "../api/client/needs";
import type { AssessmentDetail, AssessmentId } from "../api/types";
import { OpenRecord } from "../navigation/open-record.svelte";

export type GetAssessment = typeof needsClient.getAssessment;

/** The assessment shown on the right: its facts and its survey. */
export class OpenAssessment extends OpenRecord<AssessmentDetail, AssessmentId> {
  constructor(get: GetAssessment) {
    super(get, (detail) => detail.assessment.id);
  }
}
