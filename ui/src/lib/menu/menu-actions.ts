import { call } from "../api/client/call";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { MenuLabels } from "../api/types";
import { t } from "../i18n/locale.svelte";

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

/** The menu's items named in the screens' language (read afresh, so a change shows). */
export function menuLabels(): MenuLabels {
  return {
    chapter: t("menu-chapter"),
    settings: t("menu-settings"),
    backup: t("menu-backup"),
    restore: t("menu-restore"),
    quit: t("menu-quit"),
  };
}

/**
 * Names the native menu's items in the screens' language. Outside Tauri there is no menu; a
 * menu that cannot be renamed keeps its words, which is no reason to trouble the person.
 */
export async function labelMenu(labels: MenuLabels = menuLabels()): Promise<void> {
  try {
    await call("label_menu", { labels });
  } catch {
    // Nothing to rename (a plain browser), or the shell refused: the menu stays as it was.
  }
}
