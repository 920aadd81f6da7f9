import { afterEach, describe, expect, it, vi } from "vitest";
import type { ConnectionsAssessment, ConnectionsSurvey } from "../api/types";
import { locale } from "../i18n/locale.svelte";
import {
  cleanConnectionsSurvey,
  connectionsTextAt,
  connectionsUntranslated,
  connectionsWhyKept,
  connectionsWithChoice,
  connectionsWithout,
  connectionsWithQuestion,
  connectionsWithText,
  refusedPlace,
  rowsError,
  sameConnectionsSurvey,
  surveyShape,
} from "./connections-survey";
import { ConnectionsSurveyEdit, type ConnectionsSurveyPorts } from "./connections-survey.svelte";
import { Connections } from "./connections.svelte";
import { connectionsAssessment, ranked, refusal } from "./test-orgs";

afterEach(() => {
  locale.code = "en";
});

/** Shaped like the built-in survey: its opening texts, six lines, three questions of its own. */
function survey(): ConnectionsSurvey {
  return {
    languages: ["en", "es"],
    title: { en: "Where we belong", es: "Dónde participamos" },
    intro: { en: "Tell us about your communities.", es: "Cuéntenos de sus comunidades." },
    ties_prompt: { en: "One organization per line.", es: "Una organización por línea." },
    rows: 6,
    questions: [
      {
        key: "communities",
        kind: "multiple",
        text: { en: "Which of these are you part of?", es: "¿De cuáles forma parte?" },
        choices: [
          { key: "union", text: { en: "A union", es: "Un sindicato" } },
          { key: "school", text: { en: "A school", es: "Una escuela" } },
        ],
      },
      { key: "reach_out", kind: "yes_no", text: { en: "Would you help?", es: "¿Ayudaría?" } },
      { key: "anything_else", kind: "text", text: { en: "Anything else?", es: "¿Algo más?" } },
    ],
  };
}

function assessment(over: Partial<ConnectionsSurvey> = {}): ConnectionsAssessment {
  return connectionsAssessment({ code: "K7QF", survey: { ...survey(), ...over } });
}

function ports(over: Partial<ConnectionsSurveyPorts> = {}): ConnectionsSurveyPorts {
  return {
    saveConnectionsSurvey: vi.fn(async (sent: ConnectionsSurvey) => assessment(sent)),
    ...over,
  };
}

function opened(p: ConnectionsSurveyPorts = ports()): ConnectionsSurveyEdit {
  const edit = new ConnectionsSurveyEdit(p);
  edit.sync(survey());
  edit.open();
  return edit;
}

describe("edits to the connections survey", () => {
  it("set one text in one language without touching the survey they came from", () => {
    const before = survey();
    const copy = structuredClone(before);
    const title = connectionsWithText(before, { at: "title" }, "es", "Nuestras comunidades");
    expect(before).toEqual(copy);
    expect(title.title).toEqual({ en: "Where we belong", es: "Nuestras comunidades" });
    const prompt = connectionsWithText(title, { at: "ties_prompt" }, "en", "");
    expect(prompt.ties_prompt).toEqual({ es: "Una organización por línea." });
    const question = connectionsWithText(prompt, { at: "question", question: "reach_out" }, "en", "Would you introduce us?");
    expect(connectionsTextAt(question, { at: "question", question: "reach_out" })?.en).toBe("Would you introduce us?");
    const choice = connectionsWithText(question, { at: "choice", question: "communities", choice: "union" }, "es", "Un gremio");
    expect(connectionsTextAt(choice, { at: "choice", question: "communities", choice: "union" })).toEqual({
      en: "A union",
      es: "Un gremio",
    });
  });

  it("add a question at the end, keyed uniquely, in English and Spanish", () => {
    const { survey: next, key } = connectionsWithQuestion(survey(), {
      kind: "single",
      text: { english: "Reach out", local: { lang: "es", text: "Acercarse" } },
      choices: [{ english: "Yes" }, { english: "" }, { english: "Not yet" }],
    });
    expect(key).toBe("reach_out_2");
    expect(next.questions.at(-1)).toEqual({
      key: "reach_out_2",
      kind: "single",
      text: { en: "Reach out", es: "Acercarse" },
      choices: [
        { key: "yes", text: { en: "Yes" } },
        { key: "not_yet", text: { en: "Not yet" } },
      ],
    });
  });

  it("add a choice to a question, and take a question or a choice out", () => {
    const added = connectionsWithChoice(survey(), "communities", { english: "A union" });
    expect(added?.key).toBe("a_union");
    expect(connectionsWithChoice(survey(), "nowhere", { english: "X" })).toBeNull();
    const fewer = connectionsWithout(survey(), { at: "question", question: "reach_out" });
    expect(fewer.questions.map((q) => q.key)).toEqual(["communities", "anything_else"]);
    const oneChoice = connectionsWithout(fewer, { at: "choice", question: "communities", choice: "union" });
    expect(oneChoice.questions[0].choices?.map((c) => c.key)).toEqual(["school"]);
    // Any question may go; a question's last choice stays.
    expect(connectionsWhyKept(oneChoice, { at: "question", question: "communities" })).toBeNull();
    expect(connectionsWhyKept(oneChoice, { at: "choice", question: "communities", choice: "school" })).toBe(
      "A question with choices needs at least one.",
    );
  });

  it("are sent trimmed, empty texts left out, and compared as they would be sent", () => {
    const typed = connectionsWithText(survey(), { at: "intro" }, "es", "  ");
    expect(cleanConnectionsSurvey(typed).intro).toEqual({ en: "Tell us about your communities." });
    const spaced = connectionsWithText(survey(), { at: "title" }, "en", " Where we belong ");
    expect(sameConnectionsSurvey(spaced, survey())).toBe(true);
    expect(sameConnectionsSurvey(typed, survey())).toBe(false);
  });
});

describe("what the connections survey still lacks in a language", () => {
  it("names each text as the backend does", () => {
    expect(connectionsUntranslated(survey(), "es")).toEqual([]);
    let partly = connectionsWithText(survey(), { at: "ties_prompt" }, "es", "");
    partly = connectionsWithText(partly, { at: "choice", question: "communities", choice: "school" }, "es", " ");
    partly = connectionsWithQuestion(partly, { kind: "text", text: { english: "Where do you work?" }, choices: [] }).survey;
    expect(connectionsUntranslated(partly, "es")).toEqual(["ties_prompt", "communities: school", "where_do_you_work"]);
    expect(connectionsUntranslated(partly, "en")).toEqual([]);
  });
});

describe("the lines for organizations and where a refusal goes", () => {
  it("asks for a whole number of lines; how many at most is the backend's to say", () => {
    expect(rowsError(6)).toBeNull();
    expect(rowsError(40)).toBeNull();
    expect(rowsError(null)).toBe("Say how many lines for organizations each form has.");
    expect(rowsError(0)).toBe("The lines for organizations must be a whole number, 1 or more.");
    expect(rowsError(2.5)).toBe("The lines for organizations must be a whole number, 1 or more.");
  });

  it("puts a refusal beside the text, box, question or choice it names, else by Save", () => {
    expect(refusedPlace(survey(), "title")).toBe("title");
    expect(refusedPlace(survey(), "rows")).toBe("rows");
    expect(refusedPlace(survey(), "reach_out")).toBe("reach_out");
    expect(refusedPlace(survey(), "communities: union")).toBe("communities: union");
    expect(refusedPlace(survey(), "questions.7")).toBeNull();
    expect(refusedPlace(survey(), null)).toBeNull();
  });

  it("says the survey's shape, in English and Spanish", () => {
    expect(surveyShape(survey())).toBe(
      "3 questions of the chapter's own · 6 lines for organizations on each form",
    );
    locale.code = "es";
    expect(surveyShape({ ...survey(), rows: 1, questions: survey().questions.slice(0, 1) })).toBe(
      "1 pregunta propia del capítulo · 1 línea para organizaciones en cada formulario",
    );
  });
});

describe("ConnectionsSurveyEdit", () => {
  it("opens on the saved survey, and edits in either language without touching it", () => {
    const edit = opened();
    expect(edit.isOpen).toBe(true);
    expect(edit.languages).toEqual(["en", "es"]);
    // A new question or choice is typed in English and, beside it, Spanish.
    expect(edit.lang).toBe("es");
    expect(edit.dirty).toBe(false);
    edit.setText({ at: "question", question: "reach_out" }, "Would you introduce us?", "en");
    edit.setText({ at: "title" }, "Nuestras comunidades", "es");
    expect(edit.dirty).toBe(true);
    expect(edit.saved?.questions[1].text.en).toBe("Would you help?");
    expect(edit.draft?.title).toEqual({ en: "Where we belong", es: "Nuestras comunidades" });
  });

  it("counts a change to the lines for organizations as an edit", () => {
    const edit = opened();
    edit.rows = 8;
    expect(edit.dirty).toBe(true);
    edit.rows = 6;
    expect(edit.dirty).toBe(false);
  });

  it("saves the draft whole, trimmed, with the lines from the box, then closes", async () => {
    const p = ports();
    const edit = opened(p);
    edit.setText({ at: "question", question: "reach_out" }, "  Would you introduce us? ", "en");
    edit.rows = 8;
    const saved = await edit.save();
    const sent = vi.mocked(p.saveConnectionsSurvey).mock.calls[0][0];
    expect(sent.rows).toBe(8);
    expect(sent.questions[1].text).toEqual({ en: "Would you introduce us?", es: "¿Ayudaría?" });
    expect(saved?.survey.rows).toBe(8);
    expect(edit.saved?.rows).toBe(8);
    expect(edit.isOpen).toBe(false);
    expect(edit.dirty).toBe(false);
    expect(edit.note).toBe("Saved the survey. Forms printed from now on ask it.");
  });

  it("sends nothing while the lines box is empty, and says so beside it", async () => {
    const p = ports();
    const edit = opened(p);
    edit.rows = null;
    expect(await edit.save()).toBeNull();
    expect(p.saveConnectionsSurvey).not.toHaveBeenCalled();
    expect(edit.rowsError).toBe("Say how many lines for organizations each form has.");
    expect(edit.isOpen).toBe(true);
  });

  it("shows a refusal beside the field it names, and keeps the saved survey and the edits", async () => {
    const edit = opened(
      ports({
        saveConnectionsSurvey: vi.fn(async () => {
          throw refusal("title", "Title", "write the survey's title in every language");
        }),
      }),
    );
    edit.setText({ at: "title" }, "", "en");
    expect(await edit.save()).toBeNull();
    expect(edit.placedError?.at).toBe("title");
    expect(edit.error).toBeNull();
    expect(edit.isOpen).toBe(true);
    expect(edit.saved?.title.en).toBe("Where we belong");
    expect(edit.draft?.title).toEqual({ es: "Dónde participamos" });
    // Typing in the box it names clears it.
    edit.setText({ at: "title" }, "Where we belong", "en");
    expect(edit.placedError).toBeNull();
  });

  it("shows a refusal naming no field by Save", async () => {
    const edit = opened(
      ports({
        saveConnectionsSurvey: vi.fn(async () => {
          throw {
            kind: "invalid_input",
            message: "survey: a form has 1 to 12 lines for organizations",
            details: null,
            field: null,
            reason: "a form has 1 to 12 lines for organizations",
          };
        }),
      }),
    );
    edit.rows = 13;
    expect(await edit.save()).toBeNull();
    expect(edit.placedError).toBeNull();
    expect(edit.error?.message).toBe("survey: a form has 1 to 12 lines for organizations");
    expect(edit.saved?.rows).toBe(6);
    expect(edit.rows).toBe(13);
  });

  it("takes a question out of the draft at once, keeps a last choice, and Cancel brings all back", () => {
    const edit = opened();
    edit.askRemove({ at: "question", question: "reach_out" }, "the question “Would you help?”");
    expect(edit.draft?.questions.map((q) => q.key)).toEqual(["communities", "anything_else"]);
    expect(edit.note).toBe("Took out the question “Would you help?”. Save the survey to keep the change, or cancel to bring it back.");
    expect(edit.focusQuestions).toBe(true);
    edit.askRemove({ at: "choice", question: "communities", choice: "union" }, "the choice “A union”");
    edit.askRemove({ at: "choice", question: "communities", choice: "school" }, "the choice “A school”");
    expect(edit.placedError?.at).toBe("communities: school");
    expect(edit.draft?.questions[0].choices?.map((c) => c.key)).toEqual(["school"]);
    // Unsaved edits: Cancel asks first.
    edit.cancel();
    expect(edit.pendingDiscard).not.toBeNull();
    edit.confirmDiscard();
    expect(edit.isOpen).toBe(false);
    expect(edit.draft).toEqual(survey());
  });

  it("adds questions and choices only when the English is typed", () => {
    const edit = opened();
    expect(edit.addQuestion("text", { english: " " })).toBeNull();
    expect(edit.addQuestion("single", { english: "Where?" }, [{ english: "" }])).toBeNull();
    expect(edit.addQuestion("yes_no", { english: "Do you vote?", local: { lang: "es", text: "¿Vota?" } })).toBe(
      "do_you_vote",
    );
    expect(edit.addChoice("communities", { english: "" })).toBeNull();
    expect(edit.addChoice("communities", { english: "A choir" })).toBe("a_choir");
    expect(edit.draft?.questions.at(-1)?.text).toEqual({ en: "Do you vote?", es: "¿Vota?" });
  });

  it("follows the saved survey when fetched again, unless there are edits", () => {
    const edit = opened();
    edit.sync({ ...survey(), rows: 7 });
    expect(edit.rows).toBe(7);
    edit.setText({ at: "title" }, "Ours", "en");
    edit.sync({ ...survey(), rows: 9 });
    expect(edit.saved?.rows).toBe(9);
    expect(edit.rows).toBe(7);
    expect(edit.draft?.title.en).toBe("Ours");
  });
});

describe("Connections and its survey", () => {
  it("hands the fetched survey to the editor, and shows the assessment a save answered", async () => {
    const p = ports();
    const connections = new Connections(
      { connectionsRanking: async () => [ranked("a")], connectionsAssessment: async () => assessment() },
      undefined,
      undefined,
      new ConnectionsSurveyEdit(p),
    );
    await connections.load();
    expect(connections.survey.saved?.rows).toBe(6);
    connections.survey.open();
    connections.survey.setText({ at: "question", question: "reach_out" }, "Would you introduce us?", "en");
    expect(await connections.saveSurvey()).toBe(true);
    expect(connections.assessment?.survey.questions[1].text.en).toBe("Would you introduce us?");
    connections.reset();
    expect(connections.survey.saved).toBeNull();
    expect(connections.survey.isOpen).toBe(false);
  });
});
