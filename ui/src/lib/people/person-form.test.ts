import { describe, expect, it } from "vitest";
import { AppError } from "../api/errors";
import { PersonDraft } from "./person-draft.svelte";
import { personInput, validatePerson, withChip } from "./person-form";
import { person } from "./test-people";

describe("person form", () => {
  it("needs a first name, and shows errors only after the first save", () => {
    const draft = new PersonDraft(null);
    expect(draft.errors).toEqual({});
    expect(draft.submit()).toBeNull();
    expect(draft.errorFor("first_name")).toMatch(/first name/);
    draft.values.firstName = "  Tam ";
    expect(draft.errorFor("first_name")).toBeNull();
    expect(draft.submit()?.first_name).toBe("Tam");
  });

  it("checks phones, emails, ZIP and the number of children", () => {
    const values = new PersonDraft(null).values;
    values.firstName = "Tam";
    values.phones = [{ number: "call me", label: "" }, { number: "", label: "work" }];
    values.emails = ["tam@", "tam@example.org"];
    values.zip = "60608!";
    values.children = 31;
    const errors = validatePerson(values);
    expect(Object.keys(errors).sort()).toEqual([
      "address.zip",
      "emails.0",
      "phones.0",
      "responsibilities.children",
    ]);
  });

  it("turns what was typed into what the backend expects", () => {
    const draft = new PersonDraft(null);
    const v = draft.values;
    v.firstName = " Guadalupe ";
    v.lastName = "Ortiz";
    v.preferredName = "Lupe";
    v.phones = [{ number: " 312 555 0100 ", label: " " }, { number: "  ", label: "old" }];
    v.emails = ["", " lupe@example.org "];
    v.zip = " 60608 ";
    v.children = null;
    v.caresForAdult = false;
    v.caregivingNote = "left over from before";
    v.availability = ["sun-evening", "mon-morning"];
    const input = personInput(v);
    expect(input.first_name).toBe("Guadalupe");
    expect(input.preferred_name).toBe("Lupe");
    expect(input.pronouns).toBeNull();
    expect(input.phones).toEqual([{ number: "312 555 0100", label: null }]);
    expect(input.emails).toEqual(["lupe@example.org"]);
    expect(input.address).toEqual({ street: null, unit: null, city: null, state: null, zip: "60608" });
    expect(input.responsibilities.children).toBe(0);
    expect(input.responsibilities.caregiving_note).toBeNull();
    expect(input.availability).toEqual([
      { day: "mon", part: "morning" },
      { day: "sun", part: "evening" },
    ]);
  });

  it("starts from the person and round-trips unchanged", () => {
    const rosa = person();
    const draft = new PersonDraft(rosa);
    expect(draft.dirty).toBe(false);
    const input = draft.submit();
    expect(input?.availability).toEqual([
      { day: "mon", part: "evening" },
      { day: "sat", part: "morning" },
    ]);
    expect(input?.phones).toEqual([{ number: "(312) 555-0142", label: "cell" }]);
    expect(input?.preferred_language).toBe("Spanish");
    draft.values.notes = "Met at the laundromat";
    expect(draft.dirty).toBe(true);
  });

  it("adds languages and tags once, and forgets a removed preferred language", () => {
    expect(withChip(["Spanish"], " spanish ")).toEqual(["Spanish"]);
    expect(withChip(["Spanish"], "  ")).toEqual(["Spanish"]);
    expect(withChip(["Spanish"], " Haitian   Creole ")).toEqual(["Spanish", "Haitian Creole"]);
    const draft = new PersonDraft(null);
    expect(draft.addLanguage("Vietnamese")).toBe(true);
    expect(draft.values.preferredLanguage).toBe("Vietnamese");
    expect(draft.addLanguage("vietnamese")).toBe(false);
    draft.addLanguage("English");
    draft.removeLanguage("Vietnamese");
    expect(draft.values.languages).toEqual(["English"]);
    expect(draft.values.preferredLanguage).toBe("");
    expect(draft.addTag("tenant union")).toBe(true);
    draft.removeTag("tenant union");
    expect(draft.values.tags).toEqual([]);
  });

  it("shows a refusal from the backend under the field it names", () => {
    const draft = new PersonDraft(null);
    draft.serverError = new AppError(
      "invalid_input",
      "ZIP code: '6o6o8' is not a ZIP code",
      null,
      "address.zip",
      "'6o6o8' is not a ZIP code",
    );
    expect(draft.serverField).toBe("address.zip");
    expect(draft.errorFor("address.zip")).toBe("'6o6o8' is not a ZIP code.");
    expect(draft.formError).toBeNull();
    draft.serverError = new AppError("database", "The database is busy.", null);
    expect(draft.serverField).toBeNull();
    expect(draft.formError?.message).toBe("The database is busy.");
  });
});
