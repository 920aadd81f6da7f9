// The organizer using this laptop types their name into "held by" and "changed by" again and
// again; the last one typed is remembered on this laptop and offered next time.

const KEY = "groundwork.organizer";

type Store = Pick<Storage, "getItem" | "setItem">;

function storage(): Store | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some WebViews refuse storage outright; remembering is a convenience, not a need.
    return null;
  }
}

export function rememberedOrganizer(store: Store | null = storage()): string {
  try {
    return store?.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function rememberOrganizer(name: string, store: Store | null = storage()): void {
  const trimmed = name.trim();
  if (trimmed === "") return;
  try {
    store?.setItem(KEY, trimmed);
  } catch {
    // Full or refused: the form still works, it just will not be filled in next time.
  }
}
