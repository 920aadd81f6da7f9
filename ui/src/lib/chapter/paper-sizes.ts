import type { PaperSize } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** Labels are getters, so they are in the screens' language whenever they are read. */
export const PAPER_SIZES: ReadonlyArray<{ readonly value: PaperSize; readonly label: string }> = [
  {
    value: "letter",
    get label() {
      return t("paper-letter");
    },
  },
  {
    value: "a4",
    get label() {
      return t("paper-a4");
    },
  },
];
