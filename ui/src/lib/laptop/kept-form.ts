// A member's unfinished form, kept while the window lives: if the window is reloaded (a stray
// F5, a restart of the screen) while they fill it in, it opens again with what they had typed
// and in the language they chose, instead of empty. It is kept in the window's session storage,
// which goes with the window, and dropped as soon as the member is done, says "That's not me",
// or the next member's turn begins, so it is never there for anyone else.
import type { MemberValues } from "./member-form";

export type KeptForm = {
  /** The name the member was greeted by: a form is only given back to the same greeting. */
  name: string;
  /** The screens' language the member chose. */
  language: string;
  values: MemberValues;
};

export interface FormKeeper {
  keep(form: KeptForm): void;
  /** The form kept for the member greeted as `name`, if any. */
  take(name: string): KeptForm | null;
  forget(): void;
}

const KEY = "groundwork.laptop.unfinished-form";

function isKept(value: unknown): value is KeptForm {
  if (!value || typeof value !== "object") return false;
  const kept = value as Partial<KeptForm>;
  return (
    typeof kept.name === "string" &&
    typeof kept.language === "string" &&
    typeof kept.values === "object" &&
    kept.values !== null &&
    Array.isArray(kept.values.rows)
  );
}

/** The keeper the window uses; `storage` is the window's session storage unless a test gives one. */
export function sessionKeeper(storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null): FormKeeper {
  return {
    keep(form) {
      try {
        storage?.setItem(KEY, JSON.stringify(form));
      } catch {
        // Storage full or refused: the form simply is not kept, as before.
      }
    },
    take(name) {
      try {
        const text = storage?.getItem(KEY);
        const kept: unknown = text ? JSON.parse(text) : null;
        return isKept(kept) && kept.name === name ? kept : null;
      } catch {
        return null;
      }
    },
    forget() {
      try {
        storage?.removeItem(KEY);
      } catch {
        // Nothing kept that could be removed.
      }
    },
  };
}

/** The window's session storage, where there is one (not in unit tests without a DOM). */
export function windowSessionStorage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}
