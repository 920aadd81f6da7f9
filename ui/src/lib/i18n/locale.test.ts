import { afterEach, describe, expect, it } from "vitest";
import { formatDateTime } from "../format/date-time";
import { formatCount } from "../format/count";
import { Catalogues } from "./catalogues";
import { formatList } from "./intl";
import { systemLanguage } from "./languages";
import { LANGUAGE_KEY, Locale, locale, plain, say, startingLanguage, t, tParts } from "./locale.svelte";

/** A laptop's localStorage, as far as the language goes. */
function store(initial: string | null = null) {
  const items = new Map<string, string>();
  if (initial !== null) items.set(LANGUAGE_KEY, initial);
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

afterEach(() => {
  locale.code = "en";
});

describe("the language to start in", () => {
  it("is the one chosen on this laptop before, whatever the system says", () => {
    expect(startingLanguage("es", ["en-US", "en"])).toBe("es");
    expect(startingLanguage("en", ["es-MX"])).toBe("en");
  });

  it("is the system's when nothing is stored and the screens can be in it", () => {
    expect(startingLanguage(null, ["es-MX", "en-US"])).toBe("es");
    expect(startingLanguage(null, ["fr-CA", "es-US", "en"])).toBe("es");
    expect(startingLanguage(null, ["en-GB"])).toBe("en");
  });

  it("is English when the system's languages are none of ours", () => {
    expect(startingLanguage(null, ["fr-FR", "de"])).toBe("en");
    expect(startingLanguage(null, [])).toBe("en");
  });

  it("ignores a stored language the screens no longer have", () => {
    expect(startingLanguage("tlh", ["es-419"])).toBe("es");
  });

  it("reads a system tag in any case and with either separator", () => {
    expect(systemLanguage(["ES_us"])).toBe("es");
    expect(systemLanguage(["pt-BR"])).toBeNull();
  });
});

describe("Locale", () => {
  it("starts from the stored choice over the system's language, and tells the page", () => {
    const applied: string[] = [];
    const current = new Locale({
      storage: store("es"),
      systemLanguages: ["en-US"],
      applied: (code) => applied.push(code),
    });
    expect(current.code).toBe("es");
    expect(applied).toEqual(["es"]);
  });

  it("starts in the system's language when nothing is stored", () => {
    const current = new Locale({ storage: store(), systemLanguages: ["es-MX"] });
    expect(current.code).toBe("es");
    expect(current.t("find-someone")).toBe("Buscar a alguien");
  });

  it("switches at once, keeps the choice on this laptop and tells the page", () => {
    const laptop = store();
    const applied: string[] = [];
    const current = new Locale({
      storage: laptop,
      systemLanguages: ["en-US"],
      applied: (code) => applied.push(code),
    });
    expect(current.t("nav-settings")).toBe("Settings");
    current.choose("es");
    expect(current.t("nav-settings")).toBe("Configuración");
    expect(laptop.items.get(LANGUAGE_KEY)).toBe("es");
    expect(applied).toEqual(["en", "es"]);
    current.choose("xx");
    expect(current.code).toBe("es");
  });

  it("lends the screens to a member's language without remembering it, then gives them back", () => {
    const laptop = store("en");
    const applied: string[] = [];
    const current = new Locale({
      storage: laptop,
      systemLanguages: ["en-US"],
      applied: (code) => applied.push(code),
    });
    current.borrow("es");
    expect(current.t("nav-settings")).toBe("Configuración");
    expect(laptop.items.get(LANGUAGE_KEY)).toBe("en");
    current.borrow("xx");
    expect(current.code).toBe("es");
    current.restore();
    expect(current.code).toBe("en");
    expect(applied).toEqual(["en", "es", "en"]);
  });

  it("still works when the laptop refuses storage", () => {
    const refusing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    const current = new Locale({ storage: refusing, systemLanguages: ["es"] });
    expect(current.code).toBe("es");
    current.choose("en");
    expect(current.code).toBe("en");
  });

  it("falls back to English for a message the language lacks, and lists it", () => {
    const partial = new Catalogues({
      en: "find = Find someone\nleave = Leave the sample",
      es: "find = Buscar a alguien",
    });
    const current = new Locale({ storage: store("es"), systemLanguages: [] }, partial);
    expect(current.t("find")).toBe("Buscar a alguien");
    expect(current.t("leave")).toBe("Leave the sample");
    expect(current.untranslated).toEqual(["leave"]);
  });
});

describe("plurals, by each language's rules", () => {
  it("in English", () => {
    expect(t("settings-untranslated", { count: 1 })).toBe(
      "One text is not translated yet; it shows in English.",
    );
    expect(t("settings-untranslated", { count: 1200 })).toBe(
      "1,200 texts are not translated yet; they show in English.",
    );
  });

  it("in Spanish", () => {
    locale.code = "es";
    expect(t("settings-untranslated", { count: 1 })).toBe(
      "Falta un texto por traducir; se muestra en inglés.",
    );
    expect(t("settings-untranslated", { count: 3 })).toBe(
      "Faltan 3 textos por traducir; se muestran en inglés.",
    );
    // Spanish has a "many" form for round millions; the catch-all variant takes it.
    expect(t("settings-untranslated", { count: 1000000 })).toBe(
      "Faltan 1,000,000 textos por traducir; se muestran en inglés.",
    );
  });
});

describe("lists, numbers and dates follow the language", () => {
  it("joins a list the English way and the Spanish way", () => {
    expect(formatList(["Ana", "Luis", "Rosa"])).toBe("Ana, Luis, and Rosa");
    expect(formatList(["Ana", "Luis"], "or")).toBe("Ana or Luis");
    locale.code = "es";
    expect(formatList(["Ana", "Luis", "Rosa"])).toBe("Ana, Luis y Rosa");
    expect(formatList(["Ana", "Luis"], "or")).toBe("Ana o Luis");
    expect(formatList(["Ana", "Luis", "Rosa"], "and", "en-US")).toBe("Ana, Luis, and Rosa");
  });

  it("writes dates and times in the current language", () => {
    // Newer ICU puts a narrow no-break space before "PM"; any space will do here.
    const shown = () =>
      formatDateTime("2026-03-04T03:15:00Z", "America/Chicago").replace(/\s/g, " ");
    expect(shown()).toBe("Mar 3, 2026, 9:15 PM");
    locale.code = "es";
    // "p.m." or "p. m.", as the ICU version has it.
    expect(shown()).toMatch(/^3 mar 2026, 9:15 p\. ?m\.$/);
    expect(formatCount(50000)).toBe("50,000");
  });
});

describe("tParts", () => {
  it("splits a sentence around the part shown in its own element", () => {
    expect(tParts("settings-database", "path")).toEqual({
      before: "The chapter's data is kept in ",
      after: "",
    });
    locale.code = "es";
    const { before, after } = tParts("start-problem-file", "path");
    expect(before).toBe("El archivo es ");
    expect(after).toBe(". No se ha tocado.");
  });
});

describe("what the backend said", () => {
  const line = { id: "import-line", args: { line: 7 }, text: "line 7" };
  const why = { id: "import-van-no-vanid", args: {}, text: "no VANID" };
  const leftOut = { id: "import-left-out", args: { place: line, why }, text: "line 7: no VANID" };

  it("is its English in English", () => {
    expect(say(leftOut)).toBe("line 7: no VANID");
  });

  it("says the messages inside it in the screens' language too", () => {
    locale.code = "es";
    expect(say(leftOut)).toBe("línea 7: sin VANID");
    expect(say(plain("members.csv"))).toBe("members.csv");
  });
});
