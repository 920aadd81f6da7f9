import { describe, expect, it } from "vitest";
import { locale } from "../i18n/locale.svelte";
import { menuLabels, parseMenuAction } from "./menu-actions";

describe("parseMenuAction", () => {
  it("accepts the known ids", () => {
    expect(parseMenuAction("backup")).toBe("backup");
    expect(parseMenuAction("restore")).toBe("restore");
    expect(parseMenuAction("settings")).toBe("settings");
  });

  it("ignores anything else", () => {
    expect(parseMenuAction("quit")).toBeNull();
    expect(parseMenuAction("")).toBeNull();
    expect(parseMenuAction({ id: "backup" })).toBeNull();
    expect(parseMenuAction(undefined)).toBeNull();
  });
});

describe("menuLabels", () => {
  it("names the native menu's items in the screens' language", () => {
    expect(menuLabels()).toEqual({
      chapter: "Chapter",
      settings: "Settings",
      backup: "Back up…",
      restore: "Restore from a backup…",
      quit: "Quit",
    });
    locale.code = "es";
    try {
      expect(menuLabels().chapter).toBe("Capítulo");
      expect(menuLabels().quit).toBe("Salir");
    } finally {
      locale.code = "en";
    }
  });
});
