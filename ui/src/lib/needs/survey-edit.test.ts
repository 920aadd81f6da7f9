import { describe, expect, it, vi } from "vitest";
import { AppError } from "../api/errors";
import type { AssessmentDetail, Survey } from "../api/types";
import {
  cleanSurvey,
  findQuestion,
  keyFrom,
  sameSurvey,
  surveyTexts,
  takenKeys,
  textAt,
  untranslated,
  whyKept,
  withChoice,
  withLanguage,
  withoutChoice,
  withoutQuestion,
  withQuestion,
  withText,
} from "./survey-edit";
import { SurveyEdit, type SurveyPorts } from "./survey-edit.svelte";
import { testDetail, testSurvey } from "./survey-test-data";
import { isLanguageCode, languageName, rememberLanguageName, textIn } from "./survey-texts";

describe("keys made from English words", () => {
  it("are lower_snake_case ASCII", () => {
    expect(keyFrom("Do you have mold?", [], "question")).toBe("do_you_have_mold");
    expect(keyFrom("  Café / Niño's school ", [], "choice")).toBe("cafe_nino_s_school");
  });

  it("stay short", () => {
    const key = keyFrom("In the last year, which of these has your household faced at home?", [], "q");
    expect(key).toBe("in_the_last_year_which_of_these");
    expect(key.length).toBeLessThanOrEqual(32);
  });

  it("are unique among the taken ones", () => {
    expect(keyFrom("Other", ["other"], "choice")).toBe("other_2");
    expect(keyFrom("Other", ["other", "other_2"], "choice")).toBe("other_3");
  });

  it("fall back when the words have no letters to use", () => {
    expect(keyFrom("¿?", [], "choice")).toBe("choice");
    expect(keyFrom("日本語", ["question"], "question")).toBe("question_2");
  });
});

describe("untranslated texts", () => {
  it("are counted per language, named as the backend names them", () => {
    const survey = withLanguage(testSurvey(), "vi");
    const missing = untranslated(survey, "vi");
    expect(missing.length).toBe(surveyTexts(survey).length);
    expect(missing.slice(0, 5)).toEqual(["title", "intro", "consent", "housing: title", "housing_hard"]);
    expect(missing).toContain("housing_tenure: rent");
    expect(untranslated(survey, "es")).toEqual([]);
  });

  it("count a text of only spaces as missing", () => {
    const survey = withText(testSurvey(), { at: "title" }, "es", "   ");
    expect(untranslated(survey, "es")).toEqual(["title"]);
  });
});

describe("edits", () => {
  it("set one text without touching the survey they came from", () => {
    const before = testSurvey();
    const copy = structuredClone(before);
    const after = withText(before, { at: "choice", question: "housing_tenure", choice: "own" }, "vi", "Sở hữu");
    expect(before).toEqual(copy);
    expect(textAt(after, { at: "choice", question: "housing_tenure", choice: "own" })).toEqual({
      en: "We own",
      es: "Somos dueños",
      vi: "Sở hữu",
    });
    const domain = withText(after, { at: "domain", domain: "work" }, "en", "Jobs");
    expect(domain.domains[1].title.en).toBe("Jobs");
    const about = withText(domain, { at: "question", question: "anything_else" }, "es", "¿Algo más que decir?");
    expect(findQuestion(about, "anything_else")?.text.es).toBe("¿Algo más que decir?");
  });

  it("take out a text emptied in one language", () => {
    const after = withText(testSurvey(), { at: "intro" }, "es", "");
    expect(after.intro).toEqual({ en: "Hi, we are your neighbours." });
  });

  it("add a question at the end of a need, keyed uniquely across the survey", () => {
    const { survey, key } = withQuestion(testSurvey(), "housing", {
      kind: "single",
      text: { english: "Food", local: { lang: "es", text: "Comida" } },
      choices: [{ english: "Yes" }, { english: "" }, { english: "Yes" }],
    });
    // "food" is a need's key already.
    expect(key).toBe("food_2");
    const added = survey.domains[0].questions.at(-1);
    expect(added).toEqual({
      key: "food_2",
      kind: "single",
      text: { en: "Food", es: "Comida" },
      choices: [
        { key: "yes", text: { en: "Yes" } },
        { key: "yes_2", text: { en: "Yes" } },
      ],
    });
    const scale = withQuestion(survey, "work", { kind: "yes_no", text: { english: "Do you work nights?" }, choices: [] });
    expect(findQuestion(scale.survey, "do_you_work_nights")).toEqual({
      key: "do_you_work_nights",
      kind: "yes_no",
      text: { en: "Do you work nights?" },
    });
    expect(takenKeys(scale.survey)).toContain("do_you_work_nights");
  });

  it("add a choice keyed uniquely within its question", () => {
    const { survey, key } = withChoice(testSurvey(), "housing_problems", { english: "Other" });
    expect(key).toBe("other_2");
    expect(findQuestion(survey, "housing_problems")?.choices?.map((c) => c.key)).toEqual([
      "rent_went_up",
      "repairs_not_done",
      "other",
      "other_2",
    ]);
  });

  it("remove a question or a choice", () => {
    const survey = withoutChoice(withoutQuestion(testSurvey(), "work_looking"), "housing_tenure", "own");
    expect(findQuestion(survey, "work_looking")).toBeNull();
    expect(findQuestion(survey, "housing_tenure")?.choices?.map((c) => c.key)).toEqual(["rent"]);
  });

  it("keep what the ranking needs", () => {
    const survey = testSurvey();
    expect(whyKept(survey, { at: "question", question: "housing_hard" })).toMatch(/scale/);
    expect(whyKept(survey, { at: "question", question: "top_three" })).toMatch(/top-three/);
    expect(whyKept(survey, { at: "choice", question: "top_three", choice: "food" })).toMatch(/needs/);
    expect(whyKept(survey, { at: "question", question: "housing_tenure" })).toBeNull();
    expect(whyKept(survey, { at: "choice", question: "housing_tenure", choice: "own" })).toBeNull();
    const one = withoutChoice(survey, "housing_tenure", "own");
    expect(whyKept(one, { at: "choice", question: "housing_tenure", choice: "rent" })).toMatch(/at least one/);
  });

  it("are compared as they would be saved", () => {
    const survey = testSurvey();
    expect(sameSurvey(survey, withText(survey, { at: "title" }, "en", "Neighbourhood Needs Survey  "))).toBe(true);
    expect(sameSurvey(survey, withText(survey, { at: "title" }, "en", "Needs"))).toBe(false);
    const cleaned = cleanSurvey(withText(survey, { at: "title" }, "vi", "  "));
    expect(cleaned.title).toEqual({ en: "Neighbourhood Needs Survey", es: "Encuesta sobre las necesidades del vecindario" });
  });
});

describe("texts and languages", () => {
  it("show in the wanted language, else in English", () => {
    expect(textIn({ en: "Food", es: "Comida" }, "es")).toBe("Comida");
    expect(textIn({ en: "Food", es: "Comida" }, "vi")).toBe("Food");
    expect(textIn({ es: "Comida" }, "vi")).toBe("Comida");
    expect(textIn({}, "vi")).toBe("");
  });

  it("codes are two or three letters", () => {
    expect(isLanguageCode("vi")).toBe(true);
    expect(isLanguageCode("hmn")).toBe(true);
    expect(isLanguageCode("Vietnamese")).toBe(false);
    expect(isLanguageCode("v1")).toBe(false);
  });

  it("are named by the system, or as the organizer named them", () => {
    const saved = new Map<string, string>();
    const store = { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v) };
    expect(languageName("vi", store)).toBe("Vietnamese");
    expect(languageName("qaa", store)).toBe("qaa");
    rememberLanguageName("qaa", " Garifuna ", store);
    expect(languageName("qaa", store)).toBe("Garifuna");
    expect(languageName("vi", store)).toBe("Vietnamese");
  });
});

/** A pretend backend that refuses to drop what has answers. */
function fakeBackend(answered: string[] = []) {
  const saved: Survey[] = [];
  const ports: SurveyPorts = {
    saveSurvey: vi.fn(async (_id: string, survey: Survey): Promise<AssessmentDetail> => {
      for (const key of answered) {
        if (!findQuestion(survey, key)) {
          throw new AppError(
            "invalid_input",
            `survey: the question '${key}' has 12 answers and cannot be removed`,
            null,
            "survey",
          );
        }
      }
      saved.push(survey);
      const languages = survey.languages;
      return {
        ...testDetail(survey),
        untranslated: languages
          .map((lang) => ({ lang, missing: untranslated(survey, lang) }))
          .filter((u) => u.missing.length > 0),
      };
    }),
  };
  return { ports, saved };
}

describe("SurveyEdit", () => {
  it("edits texts in the language read, and saves them whole", async () => {
    const backend = fakeBackend();
    const edit = new SurveyEdit(testDetail(), backend.ports);
    edit.show("edit");
    edit.setLang("es");
    edit.setText({ at: "question", question: "work_looking" }, "¿Alguien en su casa busca trabajo?");
    expect(edit.dirty).toBe(true);
    const saved = await edit.save();
    expect(saved).not.toBeNull();
    expect(findQuestion(backend.saved[0], "work_looking")?.text.es).toBe("¿Alguien en su casa busca trabajo?");
    expect(edit.dirty).toBe(false);
    expect(edit.mode).toBe("read");
    expect(edit.note).toBe("Saved the survey.");
  });

  it("asks before leaving unsaved edits", () => {
    const edit = new SurveyEdit(testDetail(), fakeBackend().ports);
    edit.show("edit");
    edit.setText({ at: "title" }, "Our survey");
    edit.cancel();
    expect(edit.mode).toBe("edit");
    expect(edit.pendingDiscard).not.toBeNull();
    edit.keepEditing();
    expect(edit.draft.title.en).toBe("Our survey");
    edit.show("translate");
    edit.confirmDiscard();
    expect(edit.mode).toBe("translate");
    expect(edit.draft.title.en).toBe("Neighbourhood Needs Survey");
  });

  it("translates into the first language with texts missing", async () => {
    const backend = fakeBackend();
    const detail = { ...testDetail(withLanguage(testSurvey(), "vi")) };
    detail.untranslated = [{ lang: "vi", missing: untranslated(detail.survey, "vi") }];
    const edit = new SurveyEdit(detail, backend.ports);
    edit.show("translate");
    expect(edit.translateLang).toBe("vi");
    expect(edit.targetLanguages).toEqual(["es", "vi"]);
    edit.setText({ at: "title" }, "Khảo sát nhu cầu");
    const saved = await edit.save();
    expect(saved?.survey.title.vi).toBe("Khảo sát nhu cầu");
    expect(saved?.untranslated[0].missing).not.toContain("title");
    expect(edit.note).toBe("Saved the Vietnamese texts.");
  });

  it("adds a language and saves at once", async () => {
    const backend = fakeBackend();
    const edit = new SurveyEdit(testDetail(), backend.ports);
    expect(await edit.addLanguage("Vietnamese", "")).toBeNull();
    expect(edit.placedError?.at).toBe("language");
    expect(edit.placedError?.error.message).toMatch(/two or three letters/);
    expect(await edit.addLanguage("es", "")).toBeNull();
    expect(edit.placedError?.error.message).toMatch(/already runs in Spanish/);
    expect(await edit.addLanguage("xq", "")).toBeNull();
    expect(edit.placedError?.error.message).toMatch(/give the language a name/);
    const saved = await edit.addLanguage(" VI ", "");
    expect(saved?.survey.languages).toEqual(["en", "es", "vi"]);
    expect(saved?.untranslated.map((u) => u.lang)).toEqual(["vi"]);
    expect(edit.placedError).toBeNull();
    expect(edit.note).toMatch(/Added Vietnamese/);
  });

  it("removes a question on its own once confirmed, keeping other edits unsaved", async () => {
    const backend = fakeBackend();
    const edit = new SurveyEdit(testDetail(), backend.ports);
    edit.show("edit");
    edit.setText({ at: "title" }, "Our survey");
    edit.askRemove({ at: "question", question: "work_looking" }, "“Is anyone looking for work?”");
    expect(edit.removal).not.toBeNull();
    await edit.confirmRemove();
    expect(findQuestion(backend.saved[0], "work_looking")).toBeNull();
    expect(backend.saved[0].title.en).toBe("Neighbourhood Needs Survey");
    expect(findQuestion(edit.draft, "work_looking")).toBeNull();
    expect(edit.draft.title.en).toBe("Our survey");
    expect(edit.dirty).toBe(true);
  });

  it("shows the refusal beside a question that has answers, and keeps it", async () => {
    const edit = new SurveyEdit(testDetail(), fakeBackend(["work_looking"]).ports);
    edit.show("edit");
    edit.askRemove({ at: "question", question: "work_looking" }, "this question");
    await edit.confirmRemove();
    expect(edit.placedError?.at).toBe("work_looking");
    expect(edit.placedError?.error.message).toMatch(/has 12 answers/);
    expect(findQuestion(edit.draft, "work_looking")).not.toBeNull();
  });

  it("drops an unsaved new question without asking the backend", async () => {
    const backend = fakeBackend();
    const edit = new SurveyEdit(testDetail(), backend.ports);
    edit.show("edit");
    const key = edit.addQuestion("food", "text", { english: "What do you cook?" });
    expect(key).toBe("what_do_you_cook");
    edit.askRemove({ at: "question", question: "what_do_you_cook" }, "it");
    await edit.confirmRemove();
    expect(backend.ports.saveSurvey).not.toHaveBeenCalled();
    expect(edit.dirty).toBe(false);
  });

  it("refuses to remove what the ranking needs without asking", () => {
    const edit = new SurveyEdit(testDetail(), fakeBackend().ports);
    edit.askRemove({ at: "question", question: "food_hard" }, "it");
    expect(edit.removal).toBeNull();
    expect(edit.placedError?.at).toBe("food_hard");
  });

  it("adds a question with choices only when it has some", () => {
    const edit = new SurveyEdit(testDetail(), fakeBackend().ports);
    expect(edit.addQuestion("food", "multiple", { english: "Where do you shop?" }, [{ english: " " }])).toBeNull();
    expect(
      edit.addQuestion("food", "multiple", { english: "Where do you shop?" }, [{ english: "Corner store" }]),
    ).toBe("where_do_you_shop");
    expect(edit.addChoice("where_do_you_shop", { english: "Food bank" })).toBe("food_bank");
  });

  it("follows the saved survey when nothing is being edited", () => {
    const edit = new SurveyEdit(testDetail(), fakeBackend().ports);
    const newer = testDetail(withText(testSurvey(), { at: "title" }, "en", "Newer"));
    edit.sync(newer);
    expect(edit.draft.title.en).toBe("Newer");
    edit.setText({ at: "title" }, "Mine");
    edit.sync(testDetail(withText(testSurvey(), { at: "title" }, "en", "Newest")));
    expect(edit.draft.title.en).toBe("Mine");
  });
});
