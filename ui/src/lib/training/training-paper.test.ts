import { describe, expect, it, vi } from "vitest";
import type { ChapterSettings, PrintedFile } from "../api/types";
import { moduleId } from "../test-ids";
import { moduleLanguageChoice, TrainingPaper } from "./training-paper.svelte";

const settings: ChapterSettings = {
  name: "Eastside",
  paper_size: "letter",
  print_languages: ["en", "es"],
  time_zone: "America/Chicago",
};

const file: PrintedFile = { path: "/tmp/one-on-ones-handout.pdf", pages: 2 };

function paper(langs: ("en" | "es")[] = ["en", "es"]) {
  const printTraining = vi.fn(async () => file);
  const sheet = new TrainingPaper(moduleId("one-on-ones"), settings, langs, "handout", {
    printTraining,
    openInViewer: vi.fn(),
  });
  return { sheet, printTraining };
}

describe("a module on paper", () => {
  it("asks for the part, language and paper chosen", async () => {
    const { sheet, printTraining } = paper();
    expect(sheet.request()).toEqual({
      module: "one-on-ones",
      part: "handout",
      lang: "en+es",
      paper: "letter",
      booklet: false,
    });
    sheet.what = "worksheet";
    sheet.lang = "es";
    sheet.paper = "a4";
    sheet.booklet = true;
    await sheet.print();
    expect(printTraining).toHaveBeenCalledWith({
      module: "one-on-ones",
      part: "worksheet",
      lang: "es",
      paper: "a4",
      booklet: true,
    });
    expect(sheet.printed).toEqual(file);
  });

  it("prints the whole module as a packet, never folded", () => {
    const { sheet } = paper();
    sheet.booklet = true;
    sheet.what = "packet";
    expect(sheet.canFold).toBe(false);
    expect(sheet.request()).toMatchObject({ part: null, booklet: false });
  });

  it("starts in the languages the module is written in", () => {
    expect(paper(["en"]).sheet.lang).toBe("en");
    expect(moduleLanguageChoice("es", ["en"])).toBe("en");
    expect(moduleLanguageChoice("en+es", ["es"])).toBe("es");
    expect(moduleLanguageChoice("es", ["en", "es"])).toBe("es");
  });

  it("shows a failure instead of throwing it", async () => {
    const { sheet, printTraining } = paper();
    printTraining.mockRejectedValueOnce({ kind: "print", message: "The printer folder is full.", details: null });
    await sheet.print();
    expect(sheet.error?.message).toBe("The printer folder is full.");
    expect(sheet.printed).toBeNull();
  });
});

describe("the languages offered", () => {
  it("are both, each, or both together only for a module written in both", () => {
    expect(paper(["en", "es"]).sheet.languageChoices).toEqual(["en", "es", "en+es"]);
    expect(paper(["es"]).sheet.languageChoices).toEqual(["es"]);
  });
});
