import { listen, type UnlistenFn } from "@tauri-apps/api/event";

/** The native menu's items the window acts on; the shell emits their id as the payload. */
export type MenuAction = "backup" | "restore" | "settings";

const ACTIONS: ReadonlySet<string> = new Set<MenuAction>(["backup", "restore", "settings"]);

export function parseMenuAction(payload: unknown): MenuAction | null {
  return typeof payload === "string" && ACTIONS.has(payload) ? (payload as MenuAction) : null;
}

/**
 * Calls `handle` for each known item chosen from the native menu. Resolves to a function that
 * stops listening. Outside Tauri (the page opened in a plain browser) there is no menu, and
 * this quietly does nothing rather than breaking the page.
 */
export async function listenForMenu(handle: (action: MenuAction) => void): Promise<UnlistenFn> {
  try {
    return await listen<unknown>("menu", (event) => {
      const action = parseMenuAction(event.payload);
      if (action) handle(action);
    });
  } catch {
    return () => {};
  }
}
