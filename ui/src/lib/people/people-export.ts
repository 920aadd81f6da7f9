import type { ExportedFile, PeopleFormat } from "../api/types";
import { formatCounted } from "../format/count";
import { fileName } from "../format/file-name";

export type ExportChoice = { format: PeopleFormat; label: string; hint: string };

/** The files people can be exported as, in the order they are offered. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  {
    format: "csv",
    label: "Everyone, as a spreadsheet (CSV)",
    hint: "One row per person. Phones and emails are left blank for anyone who asked not to be reached that way.",
  },
  {
    format: "json",
    label: "Everyone, as JSON",
    hint: "The same, for other software.",
  },
  {
    format: "action-network",
    label: "An upload for Action Network",
    hint: "Only people who may be emailed; a phone only for those who may be texted.",
  },
  {
    format: "spoke",
    label: "An upload for Spoke",
    hint: "Only people who may be texted and have a number that can take a text.",
  },
];

/** "Saved 1,204 people to spoke-upload-2026-11-25.csv." */
export function exportedText(file: ExportedFile): string {
  return `Saved ${formatCounted(file.rows, "person", "people")} to ${fileName(file.path)}.`;
}

/** One line per reason: "Left out 12 people who asked not to be texted." (the backend's reason
 *  reads after a count of people). */
export function leftOutLines(file: ExportedFile): string[] {
  return file.left_out.map(
    ({ why, count }) => `Left out ${formatCounted(count, "person", "people")} ${why}.`,
  );
}
