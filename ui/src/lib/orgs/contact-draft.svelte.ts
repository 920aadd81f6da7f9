import type { ContactInput, OrganizationId, Participant } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import {
  CONTACT_FIELDS,
  contactInput,
  newContact,
  validateContact,
  type ContactValues,
} from "./contact-form";

/** The "log a contact" form on one organization's record. */
export class ContactDraft extends Draft<ContactValues> {
  readonly orgId: OrganizationId;

  /** @param today "YYYY-MM-DD" on this laptop: the default date and the latest allowed. */
  constructor(orgId: OrganizationId, today: string, loggedBy: string) {
    super(newContact(today, loggedBy), (values) => validateContact(values, today), CONTACT_FIELDS);
    this.orgId = orgId;
  }

  submit(): ContactInput | null {
    return this.attempt() ? contactInput(this.values) : null;
  }

  /** Adds someone from the chapter who took part; false when they were already there. */
  addPerson(person: Participant): boolean {
    if (this.values.people.some((p) => p.id === person.id)) return false;
    this.values.people = [...this.values.people, person];
    return true;
  }

  removePerson(person: Participant): void {
    this.values.people = this.values.people.filter((p) => p.id !== person.id);
  }
}
