import { open } from "@tauri-apps/plugin-dialog";
import { toAppError } from "../api/errors";

/** The system "Open" dialog for a membership list; null when the organizer closed it. */
export async function pickMembershipList(): Promise<string | null> {
  try {
    return await open({
      title: "Choose the membership list",
      multiple: false,
      directory: false,
      filters: [{ name: "CSV files", extensions: ["csv"] }],
    });
  } catch (reason) {
    throw toAppError(reason);
  }
}
