import { describe, expect, it } from "vitest";
import { backendIds, catalogueFiles, catalogues, Catalogues } from "./catalogues";
import { ENGLISH, LANGUAGES } from "./languages";

// Every source file of the app, as text; the i18n module itself defines `t` rather than using it.
const SOURCES = import.meta.glob<string>(
  ["../../**/*.ts", "../../**/*.svelte", "!../../**/*.test.ts", "!./*.ts"],
  { query: "?raw", import: "default", eager: true },
);

// `t("id"` and `tParts("id"`, not `locale.t(` or `format(`.
const CALL = /(?<![\w$#.])t(?:Parts)?\(\s*/g;
const LITERAL = /^(["'`])([^"'`$]+)\1/;

/** The ids the code asks for, and the calls whose id is not written out (the scan misses those). */
function scan(): { used: Set<string>; hidden: string[] } {
  const used = new Set<string>();
  const hidden: string[] = [];
  for (const [path, text] of Object.entries(SOURCES)) {
    for (const call of text.matchAll(CALL)) {
      const rest = text.slice(call.index + call[0].length);
      const literal = LITERAL.exec(rest);
      if (literal) used.add(literal[2]);
      else hidden.push(`${path}: ${text.slice(call.index, call.index + 40)}`);
    }
  }
  return { used, hidden };
}

describe("the catalogues", () => {
  const { used: screens, hidden } = scan();
  // What the backend says is used too: by id, from what it sends.
  const used = new Set([...screens, ...backendIds()]);

  it("take in what the backend says, in English from the backend's own file", () => {
    expect(backendIds()).toContain("error-field-reason");
    expect(catalogues.has("en", "error-field-reason")).toBe(true);
  });

  it("are found by the scan of the code", () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
    expect(used.has("find-someone")).toBe(true);
  });

  it("are asked for by written-out ids only, so the scan sees every one", () => {
    expect(hidden).toEqual([]);
  });

  it("have one file for each language in the list, and no file outside it", () => {
    const files = Object.keys(catalogueFiles()).sort();
    expect(files).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it("read without a slip: no message given twice or lost to a syntax error", () => {
    expect(catalogues.problems).toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`${language.code}.ftl has every message the code uses`, () => {
      const missing = [...used].filter((id) => !catalogues.has(language.code, id));
      if (language.partial && language.code !== ENGLISH) {
        expect(missing.filter((id) => !catalogues.has(ENGLISH, id))).toEqual([]);
      } else {
        expect(missing).toEqual([]);
      }
    });

    it(`${language.code}.ftl has no message that nothing uses`, () => {
      expect(catalogues.ids(language.code).filter((id) => !used.has(id))).toEqual([]);
    });
  }
});

describe("a message a language lacks", () => {
  const sources = {
    en: "greeting = Welcome\nfarewell = See you soon\nhelp = Ask { $name }",
    es: "greeting = Bienvenidos",
  };

  it("shows in English", () => {
    const c = new Catalogues(sources);
    expect(c.format("es", "greeting")).toBe("Bienvenidos");
    expect(c.format("es", "farewell")).toBe("See you soon");
    expect(c.format("es", "help", { name: "Rosa" })).toBe("Ask Rosa");
  });

  it("is listed as untranslated", () => {
    const c = new Catalogues(sources);
    expect(c.untranslated("es")).toEqual(["farewell", "help"]);
    expect(c.untranslated("en")).toEqual([]);
  });

  it("shows its id when no catalogue has it, so it is noticed", () => {
    expect(new Catalogues(sources).format("es", "nowhere")).toBe("nowhere");
  });

  it("is told from a message lost to a syntax slip", () => {
    const c = new Catalogues({ en: "fine = Fine\nbroken = { $oops\n" });
    expect(c.problems).toEqual(["en.ftl: could not read broken"]);
  });
});
