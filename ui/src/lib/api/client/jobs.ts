// Long jobs of any area (a backup, a restore, a list import, a batch of forms) are cancelled
// the same way, so Cancel lives apart from the areas that start them.
import { call } from "./call";

/** The running job stops and rejects with kind "cancelled", leaving the data as it was. */
export function cancelJob(jobId: string): Promise<void> {
  return call("cancel_job", { jobId });
}
