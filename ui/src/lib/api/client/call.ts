// The one place `invoke` is called. Every area module under client/ goes through `call`, so a
// rejection from the Rust side always reaches the screens as an AppError.
import { Channel, invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { toAppError } from "../errors";
import type { Progress } from "../types";

export async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}

export function progressChannel(onProgress: (progress: Progress) => void): Channel<Progress> {
  const channel = new Channel<Progress>();
  // Set before the channel is sent: messages that arrive earlier are not replayed.
  channel.onmessage = onProgress;
  return channel;
}
