import { formatNumber } from "../i18n/intl";

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/**
 * A file size in the units people see in their file manager: "12 KB", "3.4 MB", "120 MB".
 * Anything that is not empty shows as at least 1 KB so a small backup never reads "0 KB".
 */
export function formatByteSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return "0 KB";
  if (bytes < MB) return `${formatNumber(Math.max(1, Math.round(bytes / KB)))} KB`;
  if (bytes < GB) return `${scaled(bytes / MB)} MB`;
  return `${scaled(bytes / GB)} GB`;
}

// One decimal place only while it tells you something (3.4 MB), not on big numbers (120 MB);
// numbers written the screen's language's way.
function scaled(value: number): string {
  return formatNumber(value, value < 10 ? 1 : 0);
}
