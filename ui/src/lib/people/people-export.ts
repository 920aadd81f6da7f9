import type { ExportedFile, PeopleFormat } from "../api/types";
import { fileName } from "../format/file-name";
import { say, t } from "../i18n/locale.svelte";
import type { ExportChoice as FileExportChoice } from "../forms/file-export.svelte";

export type ExportChoice = FileExportChoice<PeopleFormat>;

/** The files people can be exported as, in the order they are offered, in the screens' language. */
export function exportChoices(): ExportChoice[] {
  return [
    { format: "csv", label: t("people-export-csv"), hint: t("people-export-csv-hint") },
    { format: "json", label: t("people-export-json"), hint: t("people-export-json-hint") },
    {
      format: "action-network",
      label: t("people-export-action-network"),
      hint: t("people-export-action-network-hint"),
    },
    { format: "spoke", label: t("people-export-spoke"), hint: t("people-export-spoke-hint") },
  ];
}

/** "Saved 1,204 people to spoke-upload-2026-11-25.csv." */
export function exportedText(file: ExportedFile): string {
  return t("people-export-saved", { count: file.rows, file: fileName(file.path) });
}

/** One line per reason: "Left out 12 people who asked not to be texted." (the backend's reason
 *  reads after a count of people). */
export function leftOutLines(file: ExportedFile): string[] {
  return file.left_out.map(
    ({ why, count }) => t("people-export-left-out", { count, why: say(why) }),
  );
}
