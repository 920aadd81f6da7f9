import { open, save } from "@tauri-apps/plugin-dialog";
import { toAppError } from "../api/errors";

const BACKUP_FILES = [{ name: "Groundwork backup", extensions: ["sqlite", "db"] }];

/** The system "Save as" dialog for a backup; null when the organizer closed it. */
export async function pickBackupDestination(defaultPath: string): Promise<string | null> {
  try {
    return await save({
      title: "Back up the chapter",
      defaultPath,
      filters: [{ name: "Groundwork backup", extensions: ["sqlite"] }],
    });
  } catch (reason) {
    throw toAppError(reason);
  }
}

/** The system "Open" dialog for a backup file; null when the organizer closed it. */
export async function pickBackupToRestore(): Promise<string | null> {
  try {
    return await open({
      title: "Restore from a backup",
      multiple: false,
      directory: false,
      filters: BACKUP_FILES,
    });
  } catch (reason) {
    throw toAppError(reason);
  }
}
