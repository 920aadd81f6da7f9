import { formatNumber } from "../i18n/intl";
import { t } from "../i18n/locale.svelte";

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/**
 * A file size in the units people see in their file manager: "12 KB", "3.4 MB", "120 MB".
 * Anything that is not empty shows as at least 1 KB so a small backup never reads "0 KB".
 */
export function formatByteSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return t("size-kb", { size: formatNumber(0) });
  if (bytes < MB) return t("size-kb", { size: formatNumber(Math.max(1, Math.round(bytes / KB))) });
  if (bytes < GB) return t("size-mb", { size: scaled(bytes / MB) });
  return t("size-gb", { size: scaled(bytes / GB) });
}

// One decimal place only while it tells you something (3.4 MB), not on big numbers (120 MB);
// numbers written the screen's language's way.
function scaled(value: number): string {
  return formatNumber(value, value < 10 ? 1 : 0);
}
