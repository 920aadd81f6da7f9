import { describe, expect, it, vi } from "vitest";
import { AppError, INTERNAL_MESSAGE } from "../api/errors";
import type { AssessmentId, Entered, EnteredForm, ResponseId, ResponseInput } from "../api/types";
import { locale } from "../i18n/locale.svelte";
import { responseId } from "../test-ids";
import {
  buildAnswers,
  buildInput,
  checkEntry,
  emptyValues,
  errorTarget,
  withConsent,
  type EntrySettings,
  type EntryValues,
} from "./entry-form";
import { EntryForm, noAreaText, type EntryPorts } from "./entry-form.svelte";
import { answerKey, toggled } from "./paper-answers";
import { findQuestion } from "./survey-edit";
import { testDetail, testSurvey } from "./survey-test-data";

const survey = testSurvey();
const settings: EntrySettings = { enteredBy: "Marisol", area: "Eastside", language: "es", method: "door_to_door" };

function question(key: string) {
  const found = findQuestion(survey, key);
  if (!found) throw new Error(`no question ${key}`);
  return found;
}

function values(changes: Partial<EntryValues> = {}): EntryValues {
  return { ...emptyValues(), ...changes };
}

/** A refusal as the backend sends it: the key of the input and the reason alone. */
function refusal(key: string, reason: string): AppError {
  return new AppError("invalid_input", `${key}: ${reason}`, null, key, reason);
}

describe("building what is sent", () => {
  it("sends only the answered questions, in survey order", () => {
    const answers = buildAnswers(survey, {
      anything_else: "  More buses please ",
      housing_hard: 4,
      housing_tenure: "rent",
      housing_problems: ["other", "rent_went_up"],
      work_hard: null,
      work_looking: false,
      top_three: [],
      household_size: 3,
      language: "",
    });
    expect(answers).toEqual([
      { question: "housing_hard", value: { kind: "scale", value: 4 } },
      { question: "housing_tenure", value: { kind: "choice", value: "rent" } },
      // In the order the form prints them, not the order they were ticked.
      { question: "housing_problems", value: { kind: "choices", value: ["rent_went_up", "other"] } },
      { question: "work_looking", value: { kind: "yes_no", value: false } },
      { question: "household_size", value: { kind: "number", value: 3 } },
      { question: "anything_else", value: { kind: "text", value: "More buses please" } },
    ]);
  });

  it("sends a blank form as no answers at all", () => {
    expect(buildAnswers(survey, {})).toEqual([]);
  });

  it("fills in the kept settings and trims what was typed", () => {
    const input = buildInput(survey, settings, values({ form: " 42 ", answers: { food_hard: 2 } }));
    expect(input).toEqual<ResponseInput>({
      form: "42",
      area: "Eastside",
      language: "es",
      method: "door_to_door",
      answers: [{ question: "food_hard", value: { kind: "scale", value: 2 } }],
      consent: false,
      contact_name: null,
      contact_phone: null,
      contact_email: null,
      wants_contact: false,
      entered_by: "Marisol",
    });
    const unknown = buildInput(survey, { ...settings, area: "", method: "" }, values({ form: "42" }));
    expect(unknown.area).toBeNull();
    expect(unknown.method).toBeNull();
  });

  it("sends contact details only with consent", () => {
    const typed = values({
      form: "K7QF-0042",
      consent: true,
      contactName: " Rosa Delgado ",
      contactPhone: "555 201 3344",
      contactEmail: "",
      wantsContact: true,
    });
    const input = buildInput(survey, settings, typed);
    expect(input).toMatchObject({
      consent: true,
      contact_name: "Rosa Delgado",
      contact_phone: "555 201 3344",
      contact_email: null,
      wants_contact: true,
    });
    const without = buildInput(survey, settings, { ...typed, consent: false });
    expect(without).toMatchObject({
      consent: false,
      contact_name: null,
      contact_phone: null,
      wants_contact: false,
    });
  });

  it("clears every contact detail when consent is unticked", () => {
    const typed = values({ consent: true, contactName: "Rosa", contactPhone: "555", contactEmail: "r@x.org", wantsContact: true });
    expect(withConsent(typed, false)).toEqual(values({ consent: false }));
    expect(withConsent(values(), true).consent).toBe(true);
  });
});

describe("ticking choices", () => {
  it("refuses a fourth of the top three", () => {
    const top = question("top_three");
    let picked: string[] = [];
    for (const key of ["housing", "work", "food"]) picked = toggled(top, picked, key, true).picked;
    expect(picked).toEqual(["housing", "work", "food"]);
    expect(toggled(top, picked, "health", true)).toEqual({ picked, refused: true });
    picked = toggled(top, picked, "work", false).picked;
    expect(toggled(top, picked, "health", true)).toEqual({ picked: ["housing", "food", "health"], refused: false });
  });

  it("lets any number of a multiple choice be ticked", () => {
    const problems = question("housing_problems");
    const picked = toggled(problems, ["rent_went_up", "repairs_not_done"], "other", true);
    expect(picked).toEqual({ picked: ["rent_went_up", "repairs_not_done", "other"], refused: false });
  });
});

describe("checks before sending", () => {
  it("asks for the form number and who is entering", () => {
    expect(Object.keys(checkEntry(survey, { ...settings, enteredBy: " " }, values()))).toEqual([
      "form number",
      "entered by",
    ]);
  });

  it("asks for a whole number of people", () => {
    const problems = checkEntry(survey, settings, values({ form: "1", answers: { household_size: 2.5 } }));
    expect(problems).toEqual({ "question:household_size": "Type a whole number, like 4." });
    expect(checkEntry(survey, settings, values({ form: "1", answers: { household_size: null } }))).toEqual({});
  });
});

describe("placing a refusal", () => {
  it("finds the field a refusal names", () => {
    expect(errorTarget(refusal("form", "form K7QF-0007 was already entered by Marisol on 2026-11-25"), survey)).toBe("form number");
    expect(errorTarget(refusal("answers.housing_hard", "7 is not on the 1 to 5 scale"), survey)).toBe("question:housing_hard");
    // "language" is a question of the household section.
    expect(errorTarget(refusal("answers.language", "'xx' is not one of its choices"), survey)).toBe("question:language");
    expect(errorTarget(refusal("consent", "this form has no consent"), survey)).toBe("consent");
    expect(errorTarget(refusal("contact_phone", "'12' is not a phone number"), survey)).toBe("phone");
    expect(errorTarget(refusal("entered_by", "say who is entering the form"), survey)).toBe("entered by");
  });

  it("leaves anything else to the form as a whole", () => {
    expect(errorTarget(refusal("survey", "broken"), survey)).toBeNull();
    expect(errorTarget(refusal("answers.no_such_question", "this survey has no such question"), survey)).toBeNull();
    expect(errorTarget(new AppError("database", "The database is busy."), survey)).toBeNull();
  });
});

describe("keys that answer from the paper", () => {
  const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey, metaKey: false, altKey: false });

  it("picks a scale with its digit and clears it with Delete", () => {
    expect(answerKey("scale", key("4"))).toEqual({ set: 4 });
    expect(answerKey("scale", key("6"))).toBeNull();
    expect(answerKey("scale", key("Delete"))).toEqual({ clear: true });
    expect(answerKey("scale", key("4", true))).toBeNull();
  });

  it("answers yes or no with Y, S or N", () => {
    expect(answerKey("yes_no", key("y"))).toEqual({ set: true });
    expect(answerKey("yes_no", key("S"))).toEqual({ set: true });
    expect(answerKey("yes_no", key("n"))).toEqual({ set: false });
    expect(answerKey("single", key("y"))).toBeNull();
  });
});

/** A pretend backend holding entered forms in memory. */
function fakeBackend() {
  const forms: EnteredForm[] = [];
  const sent: ResponseInput[] = [];
  let next = 0;
  let refusal: AppError | null = null;
  const remembered: string[] = [];
  const ports: EntryPorts = {
    enterResponse: vi.fn(async (_id: AssessmentId, input: ResponseInput): Promise<Entered> => {
      if (refusal) throw refusal;
      sent.push(input);
      const serial = Number(/\d+$/.exec(input.form)?.[0] ?? "0");
      const form = `K7QF-${String(serial).padStart(4, "0")}`;
      const id = responseId(`response-${++next}`);
      forms.unshift({
        id,
        form,
        area: input.area,
        language: input.language,
        answers: input.answers.length,
        person: null,
        entered_by: input.entered_by,
        entered_at: "2026-11-25T18:00:00Z",
      });
      return { id, form, person: null };
    }),
    recentResponses: vi.fn(async () => [...forms]),
    removeResponse: vi.fn(async (id: ResponseId) => {
      forms.splice(forms.findIndex((f) => f.id === id), 1);
    }),
    rememberedName: () => "Marisol",
    rememberName: (name) => remembered.push(name),
  };
  return {
    ports,
    sent,
    forms,
    remembered,
    refuse(error: AppError | null) {
      refusal = error;
    },
  };
}

describe("EntryForm", () => {
  it("starts with the remembered name and the settings that fit the assessment", () => {
    const entry = new EntryForm(testDetail(), fakeBackend().ports);
    expect(entry.settings).toEqual({ enteredBy: "Marisol", area: "", language: "en", method: "door_to_door" });
  });

  it("enters a form, clears it for the next, and keeps who, where and how", async () => {
    const backend = fakeBackend();
    const entry = new EntryForm(testDetail(), backend.ports);
    entry.settings.area = "Eastside";
    entry.settings.area = "Riverbend";
    entry.settings.language = "es";
    entry.values.form = "42";
    entry.setAnswer("housing_hard", 5);
    entry.toggle(question("top_three"), "housing", true);

    expect(await entry.save()).toBe(true);
    expect(backend.sent[0]).toMatchObject({ form: "42", area: "Riverbend", language: "es", entered_by: "Marisol" });
    expect(backend.sent[0].answers).toHaveLength(2);
    expect(entry.note).toEqual({ kind: "entered", text: "Form K7QF-0042 entered" });
    expect(entry.values).toEqual(emptyValues());
    expect(entry.settings).toMatchObject({ enteredBy: "Marisol", area: "Riverbend", language: "es", method: "door_to_door" });
    expect(entry.focusRequest).toBe("form number");
    expect(entry.countText).toBe("1 form entered this session");
    expect(backend.remembered).toEqual(["Marisol"]);
    await vi.waitFor(() => expect(entry.recent.map((f) => f.form)).toEqual(["K7QF-0042"]));
  });

  it("asks once about a form with no area, then enters it on a second save", async () => {
    const backend = fakeBackend();
    const entry = new EntryForm(testDetail(), backend.ports);
    entry.settings.area = "";
    entry.values.form = "9";
    entry.setAnswer("housing_hard", 4);
    expect(await entry.save()).toBe(false);
    expect(backend.ports.enterResponse).not.toHaveBeenCalled();
    expect(entry.problems["area"]).toBe(noAreaText());
    expect(entry.focusRequest).toBe("area");
    expect(await entry.save()).toBe(true);
    expect(backend.sent[0].area).toBeNull();
    // Still no area on the next form: the organizer already said so.
    entry.values.form = "10";
    expect(await entry.save()).toBe(true);
    // Picking an area and clearing it again asks again.
    entry.settings.area = "Eastside";
    entry.edited("area");
    entry.settings.area = "";
    entry.edited("area");
    entry.values.form = "11";
    expect(await entry.save()).toBe(false);
  });

  it("sends nothing without a form number and puts the cursor there", async () => {
    const backend = fakeBackend();
    const entry = new EntryForm(testDetail(), backend.ports);
    entry.settings.area = "Eastside";
    entry.setAnswer("housing_hard", 3);
    expect(await entry.save()).toBe(false);
    expect(backend.ports.enterResponse).not.toHaveBeenCalled();
    expect(entry.focusRequest).toBe("form number");
    expect(entry.problems["form number"]).toMatch(/number printed on the form/);
    entry.values.form = "7";
    entry.edited("form number");
    expect(entry.problems).toEqual({});
  });

  it("keeps everything typed on a refusal and points at the question", async () => {
    const backend = fakeBackend();
    const entry = new EntryForm(testDetail(), backend.ports);
    entry.settings.area = "Eastside";
    entry.values.form = "K7QF-0007";
    entry.setAnswer("housing_hard", 4);
    backend.refuse(refusal("form", "form K7QF-0007 was already entered by Marisol on 2026-11-25"));
    expect(await entry.save()).toBe(false);
    expect(entry.values.form).toBe("K7QF-0007");
    expect(entry.answer("housing_hard")).toBe(4);
    expect(entry.problems).toEqual({ "form number": "Form K7QF-0007 was already entered by Marisol on 2026-11-25." });
    expect(entry.focusRequest).toBe("form number");

    backend.refuse(refusal("answers.housing_hard", "7 is not on the 1 to 5 scale"));
    await entry.save();
    expect(entry.problems).toEqual({ "question:housing_hard": "7 is not on the 1 to 5 scale." });
    expect(entry.focusRequest).toBe("question:housing_hard");

    backend.refuse(new AppError("database", "The database is busy."));
    await entry.save();
    expect(entry.formError?.message).toBe("The database is busy.");
    expect(entry.focusRequest).toBe("save");
    expect(entry.enteredNow).toBe(0);
  });

  it("refuses a fourth need with a message beside the question", () => {
    const entry = new EntryForm(testDetail(), fakeBackend().ports);
    const top = question("top_three");
    for (const key of ["housing", "work", "food"]) expect(entry.toggle(top, key, true)).toBe(true);
    expect(entry.toggle(top, "health", true)).toBe(false);
    expect(entry.picked("top_three")).toEqual(["housing", "work", "food"]);
    expect(entry.problems["question:top_three"]).toMatch(/untick one/);
    entry.toggle(top, "food", false);
    expect(entry.problems["question:top_three"]).toBeUndefined();
  });

  it("clears contact details when consent is unticked", () => {
    const entry = new EntryForm(testDetail(), fakeBackend().ports);
    entry.setConsent(true);
    entry.values.contactPhone = "555 201 3344";
    entry.values.wantsContact = true;
    entry.setConsent(false);
    expect(entry.values).toMatchObject({ consent: false, contactPhone: "", wantsContact: false });
  });

  it("takes the last form back with Ctrl+Z and puts it in the form to fix", async () => {
    const backend = fakeBackend();
    const entry = new EntryForm(testDetail(), backend.ports);
    entry.settings.area = "Eastside";
    entry.values.form = "41";
    await entry.save();
    entry.values.form = "42";
    entry.setAnswer("food_hard", 2);
    await entry.save();
    expect(entry.enteredNow).toBe(2);

    await entry.undo();
    expect(backend.ports.removeResponse).toHaveBeenCalledWith("response-2");
    expect(entry.values.form).toBe("K7QF-0042");
    expect(entry.answer("food_hard")).toBe(2);
    expect(entry.countText).toBe("1 form entered this session");
    expect(entry.recent.map((f) => f.form)).toEqual(["K7QF-0041"]);
    expect(entry.note?.kind).toBe("taken back");
  });

  it("does not overwrite a form being typed when taking one back", async () => {
    const backend = fakeBackend();
    const entry = new EntryForm(testDetail(), backend.ports);
    entry.settings.area = "Eastside";
    entry.values.form = "41";
    await entry.save();
    entry.values.form = "43";
    await entry.takeBack(responseId("response-1"), "K7QF-0041");
    expect(entry.values.form).toBe("43");
    expect(entry.note?.text).toBe("Form K7QF-0041 taken back");
    await entry.undo();
    expect(entry.note).toEqual({ kind: "nothing", text: "Nothing to take back." });
  });

  it("says when a form could not be taken back", async () => {
    const backend = fakeBackend();
    const entry = new EntryForm(testDetail(), backend.ports);
    entry.settings.area = "Eastside";
    entry.values.form = "41";
    await entry.save();
    vi.mocked(backend.ports.removeResponse).mockRejectedValueOnce(new AppError("database", "The database is busy."));
    await entry.undo();
    expect(entry.note?.kind).toBe("failed");
    expect(entry.enteredNow).toBe(1);
    expect(entry.mine.has("response-1")).toBe(true);
  });

  it("says why a form could not be taken back in the screens' language", async () => {
    const backend = fakeBackend();
    const entry = new EntryForm(testDetail(), backend.ports);
    entry.settings.area = "Eastside";
    entry.values.form = "41";
    await entry.save();
    vi.mocked(backend.ports.removeResponse).mockRejectedValueOnce(new AppError("internal", INTERNAL_MESSAGE));
    locale.code = "es";
    try {
      await entry.undo();
      expect(entry.note?.text).toMatch(/^No se pudo retirar el formulario .*: Algo falló dentro de Groundwork/);
    } finally {
      locale.code = "en";
    }
  });
});
