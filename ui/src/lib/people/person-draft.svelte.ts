import type { Person, PersonId, PersonInput } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import { displayName } from "./display-name";
import { PERSON_FIELDS, draftValues, personInput, validatePerson, withChip } from "./person-form";
import type { PersonDraftValues } from "./person-form";

/** The add or edit form for a person. */
export class PersonDraft extends Draft<PersonDraftValues> {
  /** null for a new person. */
  readonly personId: PersonId | null;
  /** The person's name when the form opened, for its heading; "" for a new person. */
  readonly openedAs: string;

  constructor(person: Person | null) {
    super(draftValues(person), validatePerson, PERSON_FIELDS);
    this.personId = person?.id ?? null;
    this.openedAs = person ? displayName(person) : "";
  }

  /** The input to save, or null while the form shows what to fix. */
  submit(): PersonInput | null {
    return this.attempt() ? personInput(this.values) : null;
  }

  addPhone(): void {
    this.values.phones.push({ number: "", label: "" });
  }

  removePhone(index: number): void {
    this.values.phones.splice(index, 1);
  }

  addEmail(): void {
    this.values.emails.push("");
  }

  removeEmail(index: number): void {
    this.values.emails.splice(index, 1);
  }

  /** False when there was nothing new to add. */
  addLanguage(text: string): boolean {
    const before = this.values.languages.length;
    this.values.languages = withChip(this.values.languages, text);
    // Someone's only language is the one they prefer.
    if (this.values.languages.length === 1 && this.values.preferredLanguage === "") {
      this.values.preferredLanguage = this.values.languages[0];
    }
    return this.values.languages.length > before;
  }

  removeLanguage(language: string): void {
    this.values.languages = this.values.languages.filter((l) => l !== language);
    if (this.values.preferredLanguage === language) this.values.preferredLanguage = "";
  }

  /** False when there was nothing new to add. */
  addTag(text: string): boolean {
    const before = this.values.tags.length;
    this.values.tags = withChip(this.values.tags, text);
    return this.values.tags.length > before;
  }

  removeTag(tag: string): void {
    this.values.tags = this.values.tags.filter((t) => t !== tag);
  }
}
