import * as orgsClient from "../api/client/orgs";
import { toAppError, type AppError } from "../api/errors";
import type { OrgContactId, OrganizationId, OrgDetail, Tie } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { OpenRecord } from "../navigation/open-record.svelte";
import { rememberOrganizer } from "../people/organizer";
import { ContactDraft } from "./contact-draft.svelte";
import { OrgDraft } from "./org-draft.svelte";
import { RelationshipDraft } from "./relationship-draft.svelte";
import { TieDraft } from "./tie-draft.svelte";

export type OpenOrgPorts = Pick<
  typeof orgsClient,
  | "getOrg"
  | "updateOrg"
  | "changeRelationship"
  | "logOrgContact"
  | "completeOrgNextStep"
  | "setTie"
  | "removeTie"
>;

const realPorts: OpenOrgPorts = {
  getOrg: orgsClient.getOrg,
  updateOrg: orgsClient.updateOrg,
  changeRelationship: orgsClient.changeRelationship,
  logOrgContact: orgsClient.logOrgContact,
  completeOrgNextStep: orgsClient.completeOrgNextStep,
  setTie: orgsClient.setTie,
  removeTie: orgsClient.removeTie,
};

/**
 * The organization shown on the right, and the forms open on its record: its fields edited in
 * place, a change of relationship, a contact being logged, a tie being added or changed, and a
 * tie about to be removed.
 */
export class OpenOrg extends OpenRecord<OrgDetail, OrganizationId> {
  editing = $state<OrgDraft | null>(null);
  relationship = $state<RelationshipDraft | null>(null);
  contact = $state<ContactDraft | null>(null);
  tie = $state<TieDraft | null>(null);
  /** The tie whose removal waits for the organizer's yes. */
  removing = $state.raw<Tie | null>(null);
  /** A removal or a "Done" that failed, shown beside the list it was in. */
  tieError = $state<AppError | null>(null);
  stepError = $state<AppError | null>(null);

  /** A form on the record holds something not yet saved. */
  readonly dirty: boolean = $derived(
    (this.editing?.dirty ?? false) ||
      (this.relationship?.dirty ?? false) ||
      (this.contact?.dirty ?? false) ||
      (this.tie?.dirty ?? false),
  );

  readonly #ports: OpenOrgPorts;

  constructor(ports: OpenOrgPorts = realPorts) {
    super((id) => ports.getOrg(id), (detail) => detail.organization.id);
    this.#ports = ports;
  }

  /** Shows an organization, or fetches the shown one again; another one closes the forms. */
  override show(id: OrganizationId | null): Promise<boolean> {
    if (id !== this.id) this.closeForms();
    return super.show(id);
  }

  override replace(detail: OrgDetail): void {
    if (detail.organization.id !== this.id) this.closeForms();
    super.replace(detail);
  }

  startEdit(): void {
    const org = this.detail?.organization;
    if (org) this.editing = new OrgDraft(org);
  }

  async saveEdit(): Promise<boolean> {
    const draft = this.editing;
    if (!draft || draft.orgId === null) return false;
    const id = draft.orgId;
    return saveDraft(draft, async ({ input }) => {
      const detail = await this.#ports.updateOrg(id, input);
      if (this.editing === draft) this.editing = null;
      if (this.id === id) this.replace(detail);
    });
  }

  startRelationshipChange(changedBy: string): void {
    const org = this.detail?.organization;
    if (!org) return;
    this.relationship = new RelationshipDraft(org.id, org.relationship, {
      relationship: org.relationship,
      reason: "",
      changedBy,
    });
  }

  async saveRelationship(): Promise<boolean> {
    const draft = this.relationship;
    if (!draft) return false;
    return saveDraft(draft, async (request) => {
      const detail = await this.#ports.changeRelationship(
        draft.orgId,
        request.relationship,
        request.reason,
        request.changedBy,
      );
      rememberOrganizer(request.changedBy);
      if (this.relationship === draft) this.relationship = null;
      if (this.id === draft.orgId) this.replace(detail);
    });
  }

  /** @param today "YYYY-MM-DD" on this laptop. */
  startContact(today: string, loggedBy: string): void {
    if (this.id !== null) this.contact = new ContactDraft(this.id, today, loggedBy);
  }

  async saveContact(): Promise<boolean> {
    const draft = this.contact;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const detail = await this.#ports.logOrgContact(draft.orgId, input);
      rememberOrganizer(input.logged_by);
      if (this.contact === draft) this.contact = null;
      if (this.id === draft.orgId) this.replace(detail);
    });
  }

  /** "Done" on a next step; answers with the organization as it now stands, or null. */
  async completeNextStep(contactId: OrgContactId): Promise<OrgDetail | null> {
    this.stepError = null;
    try {
      const detail = await this.#ports.completeOrgNextStep(contactId);
      if (this.id === detail.organization.id) this.replace(detail);
      return detail;
    } catch (reason) {
      this.stepError = toAppError(reason);
      return null;
    }
  }

  /** Opens the tie form: empty to add someone, or filled in to change how `tie` stands. */
  startTie(tie: Tie | null = null): void {
    if (this.id !== null) this.tie = new TieDraft(this.id, tie);
  }

  async saveTie(): Promise<boolean> {
    const draft = this.tie;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      await this.#ports.setTie(input);
      const detail = await this.#ports.getOrg(draft.orgId);
      if (this.tie === draft) this.tie = null;
      if (this.id === draft.orgId) this.replace(detail);
    });
  }

  askRemoveTie(tie: Tie): void {
    this.tieError = null;
    this.removing = tie;
  }

  cancelRemoveTie(): void {
    this.removing = null;
  }

  /** The organizer said yes: the tie goes, and the record is fetched again. */
  async confirmRemoveTie(): Promise<boolean> {
    const tie = this.removing;
    if (!tie) return false;
    this.removing = null;
    try {
      await this.#ports.removeTie(tie.id);
      if (this.tie?.tie?.id === tie.id) this.tie = null;
      const detail = await this.#ports.getOrg(tie.organization_id);
      if (this.id === tie.organization_id) this.replace(detail);
      return true;
    } catch (reason) {
      this.tieError = toAppError(reason);
      return false;
    }
  }

  closeForms(): void {
    this.editing = null;
    this.relationship = null;
    this.contact = null;
    this.tie = null;
    this.removing = null;
    this.tieError = null;
    this.stepError = null;
  }

  override reset(): void {
    this.closeForms();
    super.reset();
  }
}
