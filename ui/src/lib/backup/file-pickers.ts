import { open, save } from "@tauri-apps/plugin-dialog";
import { toAppError } from "../api/errors";
import { t } from "../i18n/locale.svelte";

/** The system "Save as" dialog for a backup; null when the organizer closed it. */
export async function pickBackupDestination(defaultPath: string): Promise<string | null> {
  try {
    return await save({
      title: t("backup-dialog-title"),
      defaultPath,
      filters: [{ name: t("backup-file-kind"), extensions: ["sqlite"] }],
    });
  } catch (reason) {
    throw toAppError(reason);
  }
}

/** The system "Open" dialog for a backup file; null when the organizer closed it. */
export async function pickBackupToRestore(): Promise<string | null> {
  try {
    return await open({
      title: t("restore-dialog-title"),
      multiple: false,
      directory: false,
      filters: [{ name: t("backup-file-kind"), extensions: ["sqlite", "db"] }],
    });
  } catch (reason) {
    throw toAppError(reason);
  }
}
