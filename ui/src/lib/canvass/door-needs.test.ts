import { describe, expect, it } from "vitest";
import { locale } from "../i18n/locale.svelte";
import { needNames, needNumbers, readNeeds, typedNeeds } from "./door-needs";
import { doorSurvey } from "./test-canvass";

const keys = (typed: string) => readNeeds(typed, doorSurvey()).needs.map((need) => need.key);

describe("the needs typed from a walk sheet", () => {
  it("reads the sheet's numbers as the survey's keys, however they are separated", () => {
    expect(keys("1 5 3")).toEqual(["housing", "food", "work"]);
    expect(keys("1,5,3")).toEqual(["housing", "food", "work"]);
    expect(keys(" 1, 5;  3 ")).toEqual(["housing", "food", "work"]);
    expect(keys("")).toEqual([]);
    expect(readNeeds("2", doorSurvey()).problem).toBeNull();
  });

  it("counts a number written twice once", () => {
    const reading = readNeeds("5 5 1", doorSurvey());
    expect(reading.needs.map((need) => need.number)).toEqual([5, 1]);
    expect(reading.problem).toBeNull();
  });

  it("says which number is not on the sheet", () => {
    expect(readNeeds("1 7", doorSurvey()).problem).toBe("7 is not on the sheet: its needs are numbered 1 to 5.");
    expect(readNeeds("0", doorSurvey()).problem).toBe("0 is not on the sheet: its needs are numbered 1 to 5.");
  });

  it("says what is not a number at all", () => {
    expect(readNeeds("1 x", doorSurvey()).problem).toBe(
      "“x” is not a number: type the needs' numbers as the row has them, like 1 5 7.",
    );
    expect(readNeeds("1.5", doorSurvey()).problem).toContain("“1.5”");
  });

  it("takes three needs at most", () => {
    expect(readNeeds("1 2 3 4", doorSurvey()).problem).toBe("4 needs typed: a door names three at most.");
    expect(readNeeds("1 2 3 3", doorSurvey()).problem).toBeNull();
  });

  it("names the needs in the screens' language", () => {
    const { needs } = readNeeds("1 5", doorSurvey());
    expect(needNames(needs)).toBe("Housing and rent · Food");
    locale.code = "es";
    try {
      expect(needNames(needs)).toBe("Vivienda y renta · Comida");
    } finally {
      locale.code = "en";
    }
  });

  it("gives the numbers back for keys entered before, in the sheet's order", () => {
    expect(needNumbers(["food", "housing"], doorSurvey())).toEqual([1, 5]);
    expect(typedNeeds(["food", "housing"], doorSurvey())).toBe("1 5");
    expect(typedNeeds(["food"], null)).toBe("");
  });
});
