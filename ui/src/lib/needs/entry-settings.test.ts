import { describe, expect, it } from "vitest";
import { locale } from "../i18n/locale.svelte";
import type { EntrySettings } from "./entry-form";
import { settingsSet, summaryOf } from "./entry-settings";

const methods = [{ value: "door_to_door" as const, one: "Door to door" }];
const settings = (over: Partial<EntrySettings> = {}): EntrySettings => ({
  enteredBy: "Rosa",
  area: "Eastside",
  language: "en",
  method: "door_to_door",
  ...over,
});

describe("the pile's settings folded into a line", () => {
  it("fold only once who is entering is said", () => {
    expect(settingsSet(settings())).toBe(true);
    expect(settingsSet(settings({ enteredBy: "  " }))).toBe(false);
  });

  it("say who, where, the forms' language and, when known, how they were gathered", () => {
    expect(summaryOf(settings(), methods)).toBe(
      "Entered by Rosa · area Eastside · forms in English · Door to door",
    );
    expect(summaryOf(settings({ area: "", method: "" }), methods)).toBe(
      "Entered by Rosa · area not known · forms in English",
    );
  });

  it("in Spanish", () => {
    locale.code = "es";
    try {
      expect(summaryOf(settings({ method: "" }), methods)).toMatch(/^Ingresa Rosa · zona Eastside · formularios en /);
    } finally {
      locale.code = "en";
    }
  });
});
