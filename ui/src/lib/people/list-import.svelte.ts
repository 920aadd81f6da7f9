import * as jobsClient from "../api/client/jobs";
import * as listsClient from "../api/client/lists";
import type { ImportReport } from "../api/types";
import { fileName } from "../format/file-name";
import { LongJob, newJobId, type LongJobPorts, type LongJobState } from "../jobs/long-job.svelte";

export type ListImportState = LongJobState<"import", ImportReport>;

/** What an import needs from the outside world; tests hand in fakes. */
export type ListImportPorts = LongJobPorts & Pick<typeof listsClient, "chooseListFile" | "importPeople">;

const realPorts: ListImportPorts = {
  chooseListFile: listsClient.chooseListFile,
  importPeople: listsClient.importPeople,
  cancelJob: jobsClient.cancelJob,
  newJobId,
};

/**
 * Importing a membership list: pick the file, run the import as a long job (progress, Cancel),
 * then keep its report on screen until the organizer closes it. One import at a time.
 */
export class ListImport {
  /** The file being imported, or last imported: "june-members.csv". */
  fileName = $state("");
  readonly #job: LongJob<"import", ImportReport>;
  readonly #ports: ListImportPorts;

  constructor(ports: ListImportPorts = realPorts) {
    this.#ports = ports;
    this.#job = new LongJob(ports);
  }

  get state(): ListImportState {
    return this.#job.state;
  }

  get busy(): boolean {
    return this.#job.busy;
  }

  /**
   * Asks for the file, then imports it. Answers with the report, or null when the dialog was
   * closed or the import was cancelled or failed (the state says which).
   */
  async choose(): Promise<ImportReport | null> {
    if (this.busy) return null;
    let path: string | null;
    try {
      path = await this.#ports.chooseListFile();
    } catch (reason) {
      this.fileName = "";
      this.#job.fail("import", reason);
      return null;
    }
    if (path === null || this.busy) return null;
    const chosen = path;
    this.fileName = fileName(chosen);
    return this.#job.run("import", (jobId, onProgress) =>
      this.#ports.importPeople(chosen, jobId, onProgress),
    );
  }

  cancel(): Promise<void> {
    return this.#job.cancel();
  }

  /** Closes the report (or the failure, or "cancelled"); a running import carries on. */
  dismiss(): void {
    this.#job.dismiss();
  }
}
