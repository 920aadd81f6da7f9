import { chooseListFile } from "../api/client";

/** The system "Open" dialog for a membership list; null when the organizer closed it. The
 *  backend shows it, so the end-to-end tests can answer it (see src-tauri commands/files.rs). */
export function pickMembershipList(): Promise<string | null> {
  return chooseListFile();
}
