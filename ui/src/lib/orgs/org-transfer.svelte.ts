import * as listsClient from "../api/client/lists";
import * as orgsClient from "../api/client/orgs";
import { toAppError, type AppError } from "../api/errors";
import type { OrgFormat, OrgImportReport } from "../api/types";
import { fileName } from "../format/file-name";
import { FileExport } from "../forms/file-export.svelte";
import { t } from "../i18n/locale.svelte";
import { rememberedOrganizer, rememberOrganizer } from "../people/organizer";

export type OrgImportState =
  | { phase: "closed" }
  /** Asking who is importing, with the button that opens the file dialog. */
  | { phase: "asking" }
  /** The file dialog is open, or the file is being read. */
  | { phase: "working" }
  | { phase: "done"; report: OrgImportReport; file: string }
  | { phase: "failed"; error: AppError; file: string };

export type OrgImportPorts = Pick<typeof listsClient, "chooseListFile"> &
  Pick<typeof orgsClient, "importOrgs">;

const realImportPorts: OrgImportPorts = {
  chooseListFile: listsClient.chooseListFile,
  importOrgs: orgsClient.importOrgs,
};

/**
 * Importing a list of organizations: say who is importing, choose the file, then the report
 * (or why the file was refused, nothing of it added) until the organizer closes it.
 */
export class OrgImport {
  state = $state<OrgImportState>({ phase: "closed" });
  importedBy = $state("");
  /** What to fix in "Imported by", once Choose was pressed without it. */
  importedByError = $state<string | null>(null);
  readonly #ports: OrgImportPorts;

  constructor(ports: OrgImportPorts = realImportPorts) {
    this.#ports = ports;
  }

  get isOpen(): boolean {
    return this.state.phase !== "closed";
  }

  get busy(): boolean {
    return this.state.phase === "working";
  }

  open(): void {
    if (this.busy) return;
    if (this.importedBy.trim() === "") this.importedBy = rememberedOrganizer();
    this.importedByError = null;
    this.state = { phase: "asking" };
  }

  close(): void {
    if (!this.busy) this.state = { phase: "closed" };
  }

  /** Asks for the file and adds what it holds; answers with the report, or null. */
  async choose(): Promise<OrgImportReport | null> {
    if (this.busy) return null;
    const by = this.importedBy.trim();
    if (by === "") {
      this.importedByError = t("orgs-imported-by-missing");
      return null;
    }
    this.importedByError = null;
    this.state = { phase: "working" };
    let path: string | null = null;
    try {
      path = await this.#ports.chooseListFile({
        title: t("orgs-import-dialog-title"),
        filter: t("orgs-import-dialog-files"),
      });
      if (path === null) {
        this.state = { phase: "asking" };
        return null;
      }
      const report = await this.#ports.importOrgs(path, by);
      rememberOrganizer(by);
      this.state = { phase: "done", report, file: fileName(path) };
      return report;
    } catch (reason) {
      this.state = { phase: "failed", error: toAppError(reason), file: path ? fileName(path) : "" };
      return null;
    }
  }
}

export type OrgExportPorts = Pick<typeof orgsClient, "exportOrgs">;

/** Writing the whole directory to a file, as CSV or JSON. */
export class OrgExport extends FileExport<OrgFormat> {
  constructor(ports: OrgExportPorts = { exportOrgs: orgsClient.exportOrgs }) {
    super("csv", (format) => ports.exportOrgs(format));
  }
}
