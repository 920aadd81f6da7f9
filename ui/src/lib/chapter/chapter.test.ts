import { describe, expect, it } from "vitest";
import type { ChapterSettings } from "../api/types";
import { defaultLanguageChoice } from "./languages";
import { SettingsDraft } from "./settings-draft.svelte";
import { MAX_NAME_LENGTH, validateSettings } from "./settings-validation";
import { defaultTimeZone, FALLBACK_TIME_ZONE, zoneOptions } from "./time-zone";

const settings = (over: Partial<ChapterSettings> = {}): ChapterSettings => ({
  name: "Eastside Tenants",
  paper_size: "letter",
  print_languages: ["en"],
  time_zone: "America/Chicago",
  ...over,
});

describe("defaultLanguageChoice", () => {
  it("prints bilingual when the chapter prints both languages", () => {
    expect(defaultLanguageChoice(settings({ print_languages: ["en", "es"] }))).toBe("en+es");
    expect(defaultLanguageChoice(settings({ print_languages: ["es", "en"] }))).toBe("en+es");
  });

  it("uses the only language otherwise", () => {
    expect(defaultLanguageChoice(settings({ print_languages: ["es"] }))).toBe("es");
    expect(defaultLanguageChoice(settings({ print_languages: ["en"] }))).toBe("en");
  });

  it("falls back to English without settings or languages", () => {
    expect(defaultLanguageChoice(null)).toBe("en");
    expect(defaultLanguageChoice(settings({ print_languages: [] }))).toBe("en");
  });
});

describe("defaultTimeZone", () => {
  const known = ["America/Chicago", "America/New_York", "Europe/Madrid"];

  it("uses the laptop's zone when the backend knows it", () => {
    expect(defaultTimeZone(known, "Europe/Madrid")).toBe("Europe/Madrid");
  });

  it("falls back to New York for an unknown or missing zone", () => {
    expect(defaultTimeZone(known, "Etc/Unknown")).toBe(FALLBACK_TIME_ZONE);
    expect(defaultTimeZone(known, undefined)).toBe(FALLBACK_TIME_ZONE);
    expect(defaultTimeZone([], "Europe/Madrid")).toBe(FALLBACK_TIME_ZONE);
  });

  it("always offers the current value", () => {
    expect(zoneOptions([], "America/New_York")).toEqual(["America/New_York"]);
    expect(zoneOptions(known, "America/Chicago")).toEqual(known);
  });
});

describe("validateSettings", () => {
  it("accepts complete settings", () => {
    expect(validateSettings(settings())).toEqual({});
  });

  it("asks for a name", () => {
    expect(validateSettings(settings({ name: "   " })).name).toMatch(/name/);
    expect(validateSettings(settings({ name: "x".repeat(MAX_NAME_LENGTH + 1) })).name).toMatch(
      /shorter/,
    );
  });

  it("asks for a national committee's name as the committee's", () => {
    expect(validateSettings(settings({ name: "" }), "national").name).toMatch(/committee/);
    const draft = new SettingsDraft(null, "America/Chicago");
    draft.role = "national";
    expect(draft.submit()).toBeNull();
    expect(draft.errors.name).toMatch(/committee/);
  });

  it("asks for at least one language and a zone", () => {
    const errors = validateSettings(settings({ print_languages: [], time_zone: "" }));
    expect(errors.print_languages).toBeDefined();
    expect(errors.time_zone).toBeDefined();
  });
});

describe("SettingsDraft", () => {
  it("starts from the chapter's settings", () => {
    const draft = new SettingsDraft(settings({ paper_size: "a4" }), "Europe/Madrid");
    expect(draft.values).toEqual(settings({ paper_size: "a4" }));
  });

  it("uses the given zone for a new chapter", () => {
    const draft = new SettingsDraft(null, "Europe/Madrid");
    expect(draft.values.time_zone).toBe("Europe/Madrid");
    expect(draft.values.print_languages).toEqual(["en"]);
  });

  it("refuses to submit an empty name and trims a good one", () => {
    const draft = new SettingsDraft(null, "America/Chicago");
    expect(draft.submit()).toBeNull();
    draft.name = "  Eastside  ";
    expect(draft.submit()?.name).toBe("Eastside");
  });

  it("lists newly ticked languages in the order they are offered", () => {
    const draft = new SettingsDraft(null, "America/Chicago");
    draft.languages = ["es", "en"];
    expect(draft.values.print_languages).toEqual(["en", "es"]);
  });

  it("keeps the chapter's order of preference", () => {
    const spanishFirst = new SettingsDraft(settings({ print_languages: ["es", "en"] }), "UTC");
    spanishFirst.languages = ["en", "es"];
    expect(spanishFirst.values.print_languages).toEqual(["es", "en"]);

    const spanishOnly = new SettingsDraft(settings({ print_languages: ["es"] }), "UTC");
    spanishOnly.languages = ["en", "es"];
    expect(spanishOnly.values.print_languages).toEqual(["es", "en"]);
    spanishOnly.languages = ["en"];
    expect(spanishOnly.values.print_languages).toEqual(["en"]);
  });
});
