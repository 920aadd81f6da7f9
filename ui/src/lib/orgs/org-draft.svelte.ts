import type { Organization, OrganizationId, OrgInput, Relationship } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import { ORG_FIELDS, orgInput, orgValues, validateOrg, withWord, type OrgValues } from "./org-form";

/** What a new organization is sent with; an edit sends only `input`. */
export type OrgSubmission = { input: OrgInput; relationship: Relationship; addedBy: string };

/** The form that adds an organization, or edits one's fields in place on its record. */
export class OrgDraft extends Draft<OrgValues> {
  /** null for a new organization. */
  readonly orgId: OrganizationId | null;
  /** Its name when the form opened, for the edit form's heading; "" for a new one. */
  readonly openedAs: string;

  constructor(org: Organization | null, addedBy = "") {
    const isNew = org === null;
    super(orgValues(org, addedBy), (values) => validateOrg(values, isNew), ORG_FIELDS);
    this.orgId = org?.id ?? null;
    this.openedAs = org?.fields.name ?? "";
  }

  get isNew(): boolean {
    return this.orgId === null;
  }

  submit(): OrgSubmission | null {
    if (!this.attempt()) return null;
    return {
      input: orgInput(this.values),
      relationship: this.values.relationship,
      addedBy: this.values.addedBy.trim(),
    };
  }

  /** False when there was nothing new to add. */
  addLanguage(text: string): boolean {
    const before = this.values.languages.length;
    this.values.languages = withWord(this.values.languages, text);
    return this.values.languages.length > before;
  }

  removeLanguage(language: string): void {
    this.values.languages = this.values.languages.filter((l) => l !== language);
  }
}
