import * as grantsClient from "../api/client/grants";
import * as peopleClient from "../api/client/people";
import { toAppError, type AppError } from "../api/errors";
import type {
  Application,
  ApplicationId,
  Initiative,
  NeedEvidence,
  OrganizationId,
  Participant,
  ProjectId,
} from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { LatestOnly } from "../navigation/latest-only";
import { OpenRecord } from "../navigation/open-record.svelte";
import { ApplicationDraft } from "./application-drafts.svelte";
import { BudgetEditor } from "./budget-editor.svelte";
import { InitiativeDraft } from "./initiative-draft.svelte";
import { MilestoneEditor } from "./milestone-editor.svelte";
import { PersonNames } from "./person-names.svelte";
import { RuleCheck } from "./rule-check.svelte";

export type OpenApplicationPorts = Pick<
  typeof grantsClient,
  | "getApplication"
  | "getInitiative"
  | "saveInitiative"
  | "saveInitiativePartners"
  | "initiativeEvidence"
  | "updateApplication"
  | "saveGrantBudget"
  | "saveGrantMilestones"
  | "checkApplication"
> &
  Pick<typeof peopleClient, "getPerson">;

const realPorts: OpenApplicationPorts = {
  getApplication: grantsClient.getApplication,
  getInitiative: grantsClient.getInitiative,
  saveInitiative: grantsClient.saveInitiative,
  saveInitiativePartners: grantsClient.saveInitiativePartners,
  initiativeEvidence: grantsClient.initiativeEvidence,
  updateApplication: grantsClient.updateApplication,
  saveGrantBudget: grantsClient.saveGrantBudget,
  saveGrantMilestones: grantsClient.saveGrantMilestones,
  checkApplication: grantsClient.checkApplication,
  getPerson: peopleClient.getPerson,
};

/**
 * The application shown on the right, and the initiative it is for. A draft's four parts (the
 * initiative, the application's own fields, the budget, the timeline) are edited and saved each
 * on its own, and keep their typing while the same application stays open, even while the
 * organizer is in another area; a sent application is only read.
 */
export class OpenApplication extends OpenRecord<Application, ApplicationId> {
  /** The initiative as saved; null until it has come. */
  initiative = $state.raw<Initiative | null>(null);
  initiativeError = $state<AppError | null>(null);
  initiativeForm = $state<InitiativeDraft | null>(null);
  applicationForm = $state<ApplicationDraft | null>(null);
  budget = $state<BudgetEditor | null>(null);
  milestones = $state<MilestoneEditor | null>(null);
  readonly names: PersonNames;
  /** What the chapter's needs assessment says of the needs the project answers. */
  evidence = $state.raw<NeedEvidence[]>([]);
  /** The partners list being saved (each change is saved at once), and why it could not be. */
  partnersSaving = $state(false);
  partnersError = $state<AppError | null>(null);
  /** A place on the page the checklist sent the organizer to (see `focusPlace`). */
  focusTarget = $state<string | null>(null);

  /** Only a draft can change; what was sent to national stays as it was sent. */
  readonly isDraft: boolean = $derived(this.detail?.status === "draft");
  /** A form on the page holds something not yet saved. */
  readonly dirty: boolean = $derived(
    (this.initiativeForm?.dirty ?? false) ||
      (this.applicationForm?.dirty ?? false) ||
      (this.budget?.dirty ?? false) ||
      (this.milestones?.dirty ?? false),
  );

  readonly #ports: OpenApplicationPorts;
  readonly #latestInitiative = new LatestOnly();

  constructor(ports: OpenApplicationPorts = realPorts) {
    super((id) => ports.getApplication(id), (application) => application.id);
    this.#ports = ports;
    this.names = new PersonNames({ getPerson: ports.getPerson });
  }

  /** Shows an application, or fetches the shown one again; another one closes the forms. */
  override async show(id: ApplicationId | null): Promise<boolean> {
    if (id !== this.id) this.#close();
    const shown = await super.show(id);
    if (shown && this.detail) this.#formsFor(this.detail);
    return shown;
  }

  override replace(application: Application): void {
    if (application.id !== this.id) this.#close();
    super.replace(application);
    this.#formsFor(application);
  }

  pickResponsible(person: Participant): void {
    if (!this.initiativeForm) return;
    this.names.remember(person.id, person.name);
    this.initiativeForm.values.responsibleId = person.id;
  }

  clearResponsible(): void {
    if (this.initiativeForm) this.initiativeForm.values.responsibleId = null;
  }

  /**
   * Saves what the initiative is, then fetches the application again: what it still needs
   * follows from the initiative.
   */
  async saveInitiative(): Promise<boolean> {
    const draft = this.initiativeForm;
    const application = this.detail;
    if (!draft || !application) return false;
    const sent = JSON.stringify(draft.values);
    return saveDraft(draft, async (input) => {
      const initiative = await this.#ports.saveInitiative(application.project_id, input);
      if (this.id !== application.id) return;
      this.initiative = initiative;
      if (this.initiativeForm === draft && JSON.stringify(draft.values) === sent) {
        this.initiativeForm = saved(new InitiativeDraft(initiative));
      }
      await this.show(application.id);
    });
  }

  /** Adds a partner organization to the initiative (once), saved at once. */
  async addPartner(org: OrganizationId): Promise<boolean> {
    const now = this.initiative?.partners.map((p) => p.id) ?? [];
    if (now.includes(org)) return true;
    return this.#savePartners([...now, org]);
  }

  /** Takes a partner organization off the initiative, saved at once. */
  async removePartner(org: OrganizationId): Promise<boolean> {
    const now = this.initiative?.partners.map((p) => p.id) ?? [];
    return this.#savePartners(now.filter((id) => id !== org));
  }

  /** Saves the partners whole, then fetches the application again for what it still needs. */
  async #savePartners(partners: OrganizationId[]): Promise<boolean> {
    const application = this.detail;
    if (!application || this.partnersSaving) return false;
    this.partnersSaving = true;
    this.partnersError = null;
    try {
      const initiative = await this.#ports.saveInitiativePartners(application.project_id, partners);
      if (this.id !== application.id) return true;
      this.initiative = initiative;
      await this.show(application.id);
      return true;
    } catch (reason) {
      this.partnersError = toAppError(reason);
      return false;
    } finally {
      this.partnersSaving = false;
    }
  }

  async saveApplication(): Promise<boolean> {
    const draft = this.applicationForm;
    const id = this.id;
    if (!draft || id === null) return false;
    const sent = JSON.stringify(draft.values);
    return saveDraft(draft, async (input) => {
      const application = await this.#ports.updateApplication(id, input);
      if (this.id !== id) return;
      super.replace(application);
      if (this.applicationForm === draft && JSON.stringify(draft.values) === sent) {
        this.applicationForm = saved(new ApplicationDraft(application, draft.rules));
      }
    });
  }

  async saveBudget(): Promise<boolean> {
    return this.#took(await this.budget?.save());
  }

  async saveMilestones(): Promise<boolean> {
    return this.#took(await this.milestones?.save());
  }

  /**
   * Where the cursor goes for something the application still needs (its key, as the backend
   * names it): the field that fills it in; null for a key this page has no field for.
   */
  placeOf(key: string): string | null {
    switch (key) {
      case "initiative.description":
      case "initiative.goals":
      case "initiative.responsible_id":
      case "initiative.partners":
      case "base_building":
      case "sustaining":
        return key;
      case "budget":
        return this.budget?.firstPlace ?? null;
      case "milestones":
        return this.milestones?.firstPlace ?? null;
      default:
        return null;
    }
  }

  /** The checklist's "go there". */
  goTo(key: string): void {
    this.focusTarget = this.placeOf(key);
  }

  override reset(): void {
    super.reset();
    this.#close();
  }

  /** A save of lines answered with the application: it is shown as saved. */
  #took(application: Application | null | undefined): boolean {
    if (!application) return false;
    if (application.id === this.id) super.replace(application);
    return true;
  }

  /** The forms follow the application: made once for a draft, and kept while it stays. */
  #formsFor(application: Application): void {
    if (application.status !== "draft") {
      this.#closeForms();
    } else if (this.applicationForm === null) {
      const rules = new RuleCheck({ checkApplication: this.#ports.checkApplication });
      this.applicationForm = new ApplicationDraft(application, rules);
      this.budget = new BudgetEditor(application, { saveGrantBudget: this.#ports.saveGrantBudget });
      this.milestones = new MilestoneEditor(application, {
        saveGrantMilestones: this.#ports.saveGrantMilestones,
      });
    }
    if (this.initiative?.project_id !== application.project_id) {
      void this.#loadInitiative(application.project_id);
    }
  }

  async #loadInitiative(project: ProjectId): Promise<void> {
    const ticket = this.#latestInitiative.next();
    try {
      const [initiative, evidence] = await Promise.all([
        this.#ports.getInitiative(project),
        // The evidence only adds to the page: without it the initiative is still written.
        this.#ports.initiativeEvidence(project).catch(() => []),
      ]);
      if (!this.#latestInitiative.isCurrent(ticket)) return;
      this.evidence = evidence;
      this.initiative = initiative;
      this.initiativeError = null;
      if (this.isDraft && this.initiativeForm === null) {
        this.initiativeForm = new InitiativeDraft(initiative);
      }
      const responsible = initiative.fields.responsible_id;
      if (responsible !== null) void this.names.load(responsible);
    } catch (reason) {
      if (this.#latestInitiative.isCurrent(ticket)) this.initiativeError = toAppError(reason);
    }
  }

  /** Fetches the initiative again after it could not be. */
  retryInitiative(): void {
    if (this.detail) void this.#loadInitiative(this.detail.project_id);
  }

  #closeForms(): void {
    this.applicationForm?.rules.stop();
    this.initiativeForm = null;
    this.applicationForm = null;
    this.budget = null;
    this.milestones = null;
    this.focusTarget = null;
  }

  #close(): void {
    this.#closeForms();
    this.#latestInitiative.invalidate();
    this.initiative = null;
    this.evidence = [];
    this.initiativeError = null;
    this.partnersError = null;
  }
}

/** The fresh form a save leaves, marked so the page says "Saved" until the next change. */
function saved<D extends { justSaved: boolean }>(draft: D): D {
  draft.justSaved = true;
  return draft;
}
