import * as listsClient from "../api/client/lists";
import type { PeopleFormat } from "../api/types";
import { FileExport } from "../forms/file-export.svelte";

export type PeopleExportPorts = Pick<typeof listsClient, "exportPeople">;

const realPorts: PeopleExportPorts = { exportPeople: listsClient.exportPeople };

/**
 * Exporting everyone to a file: the chapter's own records, or an upload for a campaign tool;
 * what an upload left out is said with what was written.
 */
export class PeopleExport extends FileExport<PeopleFormat> {
  constructor(ports: PeopleExportPorts = realPorts) {
    super("csv", (format) => ports.exportPeople(format));
  }
}
