import type { PaperSize } from "../api/types";

export const PAPER_SIZES: ReadonlyArray<{ value: PaperSize; label: string }> = [
  { value: "letter", label: "US Letter" },
  { value: "a4", label: "A4" },
];
