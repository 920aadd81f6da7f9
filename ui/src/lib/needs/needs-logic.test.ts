import { describe, expect, it, vi } from "vitest";
import { assessmentId } from "../test-ids";
import {
  areasText,
  formNumber,
  formNumbersText,
  formsEnteredText,
  languageName,
  languagesText,
  methodsText,
  periodText,
  untranslatedText,
} from "./assessment-facts";
import {
  assessmentInput,
  emptyAssessment,
  splitList,
  validateAssessment,
  type AssessmentValues,
} from "./assessment-form";
import { namedNeeds } from "./follow-up-needs";
import {
  countError,
  defaultLanguageKey,
  languageCodes,
  languageOptions,
  paperChoices,
  printButtonText,
  printedText,
  printFailure,
  printProgressText,
} from "./forms-print-choices";
import { AppError } from "../api/errors";
import { assessmentListKeydown } from "./list-keys";
import {
  barPercent,
  formatMean,
  formatShare,
  groupHeading,
  groupsOf,
  needRowText,
  spreadText,
  responsesText,
  shareLabel,
} from "./ranking-chart";
import { tabAfterKey } from "./tab-keys";
import { assessment, need, needsRanking, respondent, survey } from "./test-needs";

describe("the needs chart", () => {
  it("writes shares as whole percents, never hiding a need a few named", () => {
    expect(formatShare(0.56)).toBe("56%");
    expect(formatShare(0.5649)).toBe("56%");
    expect(formatShare(1)).toBe("100%");
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(0.003)).toBe("<1%");
    expect(formatShare(1.2)).toBe("100%");
    expect(formatShare(Number.NaN)).toBe("0%");
  });

  it("writes the mean severity to one decimal", () => {
    expect(formatMean(3.25)).toBe("3.3");
    expect(formatMean(3)).toBe("3.0");
    expect(formatMean(4.96)).toBe("5.0");
    expect(formatMean(null)).toBeNull();
  });

  it("labels a bar with its share and how hard the need is", () => {
    expect(shareLabel({ share: 0.56, mean_severity: 3.3 })).toBe("56% · mean 3.3 of 5");
    expect(shareLabel({ share: 0.1, mean_severity: null })).toBe("10% · not rated");
  });

  it("makes a bar as long as the share of respondents", () => {
    expect(barPercent(0.56)).toBe(56);
    expect(barPercent(0.5649)).toBe(56.5);
    expect(barPercent(0)).toBe(0);
    expect(barPercent(-0.2)).toBe(0);
    expect(barPercent(3)).toBe(100);
  });

  it("says the whole row in one sentence", () => {
    const housing = need(1, { title: "Housing", respondents: 148, share: 0.5606, mean_severity: 3.31 });
    expect(needRowText(housing, 264)).toBe(
      "1. Housing: named by 148 of 264 people (56%), mean severity 3.3 of 5; rated by 90 people, 1 to 5: 10 · 20 · 30 · 20 · 10",
    );
    expect(needRowText({ ...housing, mean_severity: null, rated: 0 }, 1)).toBe(
      "1. Housing: named by 148 of 1 person (56%), not rated",
    );
  });

  it("spreads the ratings over the scale, or says nothing when no one rated it", () => {
    expect(spreadText({ rated: 1200, distribution: [0, 1, 4, 1195, 0] })).toBe(
      "Rated by 1,200 people, 1 to 5: 0 · 1 · 4 · 1,195 · 0",
    );
    expect(spreadText({ rated: 0, distribution: [0, 0, 0, 0, 0] })).toBeNull();
  });

  it("counts the forms entered", () => {
    expect(responsesText(264)).toBe("264 forms entered");
    expect(responsesText(1)).toBe("1 form entered");
    expect(responsesText(1200)).toBe("1,200 forms entered");
    expect(responsesText(0)).toBe("No forms entered yet");
  });

  it("heads each group by its area or its language, the biggest first", () => {
    expect(groupHeading("area", "Eastside")).toBe("Eastside");
    expect(groupHeading("area", "(not given)")).toBe("Area not given");
    expect(groupHeading("language", "es")).toBe("Spanish");
    expect(groupHeading("language", "(not given)")).toBe("Language not given");
    const groups = groupsOf(needsRanking(), "area").map((g) => g.group);
    expect(groups).toEqual(["Riverbend", "Eastside", "(not given)"]);
    expect(groupsOf(needsRanking(), "language").map((g) => g.group)).toEqual(["en", "es"]);
  });
});

describe("assessment facts", () => {
  it("names languages in English", () => {
    expect(languageName("en")).toBe("English");
    expect(languageName("es")).toBe("Spanish");
    expect(languageName("vi")).toBe("Vietnamese");
    expect(languagesText(["en", "es"])).toBe("English, Spanish");
  });

  it("numbers forms the way they print", () => {
    expect(formNumber("K7QF", 1)).toBe("K7QF-0001");
    expect(formNumber("K7QF", 12345)).toBe("K7QF-12345");
    expect(formNumbersText("K7QF")).toBe("Forms print as K7QF-0001, K7QF-0002, …");
  });

  it("says how far the entry has got", () => {
    expect(formsEnteredText(assessment())).toBe("264 of 300 forms entered");
    expect(formsEnteredText(assessment({ forms_printed: 0, responses: 0 }))).toBe("No forms printed yet");
    expect(formsEnteredText(assessment({ forms_printed: 1, responses: 0 }))).toBe("0 of 1 form entered");
  });

  it("writes the period, the areas and the methods", () => {
    expect(periodText("2026-03-01", "2026-04-30")).toBe("Mar 1 to Apr 30, 2026");
    expect(periodText("2025-12-01", "2026-01-31")).toBe("Dec 1, 2025 to Jan 31, 2026");
    expect(periodText("2026-03-01", null)).toBe("From Mar 1, 2026");
    expect(periodText(null, "2026-04-30")).toBe("Until Apr 30, 2026");
    expect(periodText(null, null)).toBe("No dates set");
    expect(areasText([])).toBe("No areas listed yet");
    expect(methodsText(["door_to_door", "listening_session"])).toBe("Door to door, listening sessions");
    expect(methodsText([])).toBe("Not said");
  });

  it("says what is left to translate", () => {
    expect(untranslatedText({ lang: "es", missing: Array(12).fill("x") })).toBe(
      "Spanish: 12 texts not translated yet",
    );
    expect(untranslatedText({ lang: "vi", missing: ["title"] })).toBe(
      "Vietnamese: 1 text not translated yet",
    );
  });
});

describe("the new-assessment form", () => {
  const filled = (over: Partial<AssessmentValues> = {}): AssessmentValues => ({
    ...emptyAssessment(),
    name: "  Eastside spring 2026 ",
    areas: "Eastside, Riverbend,, eastside ; Mill Hill",
    ...over,
  });

  it("splits areas on commas, dropping blanks and repeats", () => {
    expect(splitList("Eastside, Riverbend,, eastside ; Mill Hill")).toEqual([
      "Eastside",
      "Riverbend",
      "Mill Hill",
    ]);
    expect(splitList("  ")).toEqual([]);
  });

  it("needs a name, real days in order and real language codes", () => {
    expect(validateAssessment(emptyAssessment()).name).toBeTruthy();
    expect(validateAssessment(filled())).toEqual({});
    expect(validateAssessment(filled({ startsOn: "2026-04-30", endsOn: "2026-03-01" })).ends_on).toMatch(
      /before/,
    );
    expect(validateAssessment(filled({ startsOn: "2026-02-31" })).starts_on).toBeTruthy();
    expect(validateAssessment(filled({ otherLanguages: "vi, Vietnamese" })).other_languages).toMatch(
      /“Vietnamese” is not/,
    );
    expect(validateAssessment(filled({ languages: [] })).languages).toBeTruthy();
    expect(validateAssessment(filled({ languages: [], otherLanguages: "vi" }))).toEqual({});
  });

  it("sends what was typed, trimmed, with every language once", () => {
    const input = assessmentInput(
      filled({
        areaKind: "zip_codes",
        methods: ["tabling"],
        startsOn: "2026-03-01",
        otherLanguages: "VI, es, ht",
      }),
    );
    expect(input).toEqual({
      name: "Eastside spring 2026",
      area_kind: "zip_codes",
      areas: ["Eastside", "Riverbend", "Mill Hill"],
      starts_on: "2026-03-01",
      ends_on: null,
      methods: ["tabling"],
      languages: ["en", "es", "vi", "ht"],
    });
  });
});

describe("printing forms", () => {
  it("offers each language alone and each pair", () => {
    expect(languageOptions(["en", "es"])).toEqual([
      { key: "en", codes: ["en"], label: "English" },
      { key: "es", codes: ["es"], label: "Spanish" },
      { key: "en+es", codes: ["en", "es"], label: "English + Spanish" },
    ]);
    expect(languageOptions(["en"]).map((o) => o.key)).toEqual(["en"]);
    expect(languageOptions(["en", "es", "vi"]).map((o) => o.key)).toEqual([
      "en",
      "es",
      "vi",
      "en+es",
      "en+vi",
      "es+vi",
    ]);
    expect(languageCodes("en+es")).toEqual(["en", "es"]);
  });

  it("defaults to the chapter's print languages the survey has, as the backend does", () => {
    expect(defaultLanguageKey(["en", "es"], ["es", "en"])).toBe("es+en");
    expect(defaultLanguageKey(["en", "vi"], ["es"])).toBe("en");
    expect(defaultLanguageKey(["es"], ["en", "es"])).toBe("es");
  });

  it("names the chapter's paper in the default choice", () => {
    expect(paperChoices("a4")[0].label).toBe("Chapter's choice (A4)");
    expect(paperChoices(null).map((p) => p.value)).toEqual(["default", "letter", "a4"]);
  });

  it("prints 1 to 5,000 forms", () => {
    expect(countError(50)).toBeNull();
    expect(countError(5000)).toBeNull();
    expect(countError(0)).toBeTruthy();
    expect(countError(5001)).toBeTruthy();
    expect(countError(2.5)).toBeTruthy();
    expect(countError(null)).toBeTruthy();
    expect(printButtonText(50)).toBe("Print 50 forms");
    expect(printButtonText(1)).toBe("Print 1 form");
    expect(printButtonText(null)).toBe("Print forms");
  });

  it("counts the forms written and says which numbers were printed", () => {
    expect(printProgressText({ done: 12, total: 50, message: "forms" }, 50)).toBe("12 of 50 forms");
    expect(printProgressText(null, 50)).toBe("0 of 50 forms");
    expect(printedText({ path: "/p.pdf", pages: 150, first: "K7QF-0051", last: "K7QF-0100" })).toBe(
      "Printed forms K7QF-0051 to K7QF-0100 (150 pages)",
    );
    expect(printedText({ path: "/p.pdf", pages: 2, first: "K7QF-0051", last: "K7QF-0051" })).toBe(
      "Printed form K7QF-0051 (2 pages)",
    );
  });
});

describe("a refused print", () => {
  it("says the refusal without the field's name in front", () => {
    const refusal = new AppError(
      "invalid_input",
      "language: spanish still has 12 texts to translate",
      null,
      "languages",
      "spanish still has 12 texts to translate",
    );
    expect(printFailure(refusal).message).toBe("Spanish still has 12 texts to translate.");
    expect(printFailure(new AppError("io", "the disk is full", "ENOSPC")).message).toBe("the disk is full");
  });
});

describe("follow-ups and keys", () => {
  it("names the needs a respondent named by their English titles", () => {
    expect(namedNeeds(respondent("r1", { needs: ["housing", "work", "gone"] }), survey())).toEqual([
      "Housing",
      // No English title yet: the survey's first language that has one.
      "Trabajo",
      "gone",
    ]);
  });

  it("moves between tabs round the ends", () => {
    const tabs = ["a", "b", "c"];
    expect(tabAfterKey(tabs, "a", "ArrowRight")).toBe("b");
    expect(tabAfterKey(tabs, "c", "ArrowRight")).toBe("a");
    expect(tabAfterKey(tabs, "a", "ArrowLeft")).toBe("c");
    expect(tabAfterKey(tabs, "b", "Home")).toBe("a");
    expect(tabAfterKey(tabs, "b", "End")).toBe("c");
    expect(tabAfterKey(tabs, "b", "Enter")).toBeNull();
  });

  it("moves through the assessment list and opens one with Enter", () => {
    const list = [assessment({ id: assessmentId("new") }), assessment({ id: assessmentId("old") })];
    const select = vi.fn();
    const target = {
      list: {
        assessments: list,
        selected: list[0],
        neighbour: (delta: number) => list[Math.max(0, Math.min(1, delta))],
      },
      select,
    };
    const key = (name: string) => ({
      key: name,
      preventDefault: vi.fn(),
      altKey: false,
      ctrlKey: false,
      metaKey: false,
    });
    assessmentListKeydown(key("ArrowDown"), target);
    expect(select).toHaveBeenLastCalledWith("old");
    assessmentListKeydown(key("Enter"), target);
    expect(select).toHaveBeenLastCalledWith("new", { focus: true });
    select.mockClear();
    assessmentListKeydown(key("Home"), target);
    expect(select).not.toHaveBeenCalled();
  });
});
