// The words of an import's report and an export's result.
import type { ExportedFile, OrgFormat, OrgImportReport } from "../api/types";
import { fileName } from "../format/file-name";
import { say, t } from "../i18n/locale.svelte";
import type { ExportChoice as FileExportChoice } from "../forms/file-export.svelte";

/** "Read as CSV." */
export function importReadAs(report: OrgImportReport): string {
  return t("orgs-import-read-as", { how: say(report.read_as) });
}

/** "4 organizations added; 1 was already in the directory." */
export function importCounts(report: OrgImportReport): string {
  return t("orgs-import-counts", { added: report.added, already: report.already_there });
}

export type OrgExportChoice = FileExportChoice<OrgFormat>;

export function orgExportChoices(): OrgExportChoice[] {
  return [
    { format: "csv", label: t("orgs-export-csv"), hint: t("orgs-export-csv-hint") },
    { format: "json", label: t("orgs-export-json"), hint: t("orgs-export-json-hint") },
  ];
}

/** "Saved 16 organizations to organizations-2026-11-25.csv." */
export function orgExportedText(file: ExportedFile): string {
  return t("orgs-export-saved", { count: file.rows, file: fileName(file.path) });
}
