import { createContext } from "svelte";
import * as grantsClient from "../api/client/grants";
import type { Application, ApplicationId } from "../api/types";
import { ChapterProjects } from "../campaigns/projects.svelte";
import { localDate } from "../format/date";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { NewApplicationDraft } from "./application-drafts.svelte";
import { ApplicationList } from "./application-list.svelte";
import { OpenApplication } from "./open-application.svelte";
import { AfterAward, type AfterAwardPorts } from "./after-award.svelte";
import { RuleCheck } from "./rule-check.svelte";
import { SendToNational, type ExportApplication } from "./send-to-national.svelte";

export type StartApplication = Pick<typeof grantsClient, "createApplication" | "checkApplication">;

export type GrantsParts = {
  list: ApplicationList;
  application: OpenApplication;
  projects: ChapterProjects;
  start: StartApplication;
  /** Today on this laptop's calendar ("YYYY-MM-DD"), for a new application's days. */
  today: () => string;
  /** Makes the file for national (the real one asks where, through the backend). */
  exportFile?: ExportApplication;
  /** The decision and the progress reports, after the application is sent. */
  afterAward?: AfterAwardPorts;
};

function realParts(): GrantsParts {
  return {
    list: new ApplicationList(),
    application: new OpenApplication(),
    projects: new ChapterProjects(),
    start: {
      createApplication: grantsClient.createApplication,
      checkApplication: grantsClient.checkApplication,
    },
    today: () => localDate(),
  };
}

/**
 * The Grants area: the chapter's applications for small grants, the one open on the right (or
 * the form starting one), and the projects an application can be for. It lives as long as the
 * app, so a budget half typed waits while the organizer looks something up; a different
 * chapter starts it afresh.
 */
export class Grants extends DiscardGuard {
  readonly list: ApplicationList;
  readonly application: OpenApplication;
  readonly projects: ChapterProjects;
  /** The new-application form; it takes the place of the application on the right. */
  adding = $state<NewApplicationDraft | null>(null);

  readonly #start: StartApplication;
  readonly #exportFile: ExportApplication | undefined;
  readonly #sending = new Map<ApplicationId, SendToNational>();
  readonly #after = new Map<ApplicationId, AfterAward>();
  readonly #afterPorts: AfterAwardPorts | undefined;
  readonly #today: () => string;
  #chapterRevision: number | null = null;

  constructor(parts: GrantsParts = realParts()) {
    super();
    this.list = parts.list;
    this.application = parts.application;
    this.projects = parts.projects;
    this.#start = parts.start;
    this.#exportFile = parts.exportFile;
    this.#afterPorts = parts.afterAward;
    this.#today = parts.today;
  }

  /** Whether a form in the area holds something not yet saved. */
  get dirty(): boolean {
    return (this.adding?.dirty ?? false) || this.application.dirty;
  }

  /**
   * The screen opened: start afresh for another chapter, fetch what may be stale, and show the
   * newest application when none is chosen yet.
   */
  async enter(chapterRevision: number): Promise<void> {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    const selected = this.list.selectedId;
    if (selected !== null) void this.application.show(selected);
    await Promise.all([this.list.load(), this.projects.load()]);
    const newest = this.list.applications[0];
    if (this.list.selectedId === null && this.adding === null && newest) {
      this.list.selectedId = newest.id;
      void this.application.show(newest.id);
    }
  }

  /** Shows an application on the right, asking first if that would drop unsaved typing. */
  select(id: ApplicationId, options: { focus?: boolean } = {}): void {
    const other = id !== this.application.id;
    const unsaved = (this.adding?.dirty ?? false) || (other && this.application.dirty);
    this.guard((other || this.adding !== null) && unsaved, () => {
      this.#stopAdding();
      this.list.selectedId = id;
      if (options.focus) this.application.focusRequested = true;
      void this.application.show(id);
    });
  }

  /**
   * "New application": the form asks which project it is for (the only one, when the chapter
   * has one), the amount and the days.
   */
  addApplication(): void {
    this.guard(this.dirty, () => {
      const only = this.projects.projects.length === 1 ? this.projects.projects[0].id : null;
      const rules = new RuleCheck({ checkApplication: this.#start.checkApplication });
      this.#stopAdding();
      this.adding = new NewApplicationDraft(this.#today(), only, rules);
      void this.projects.load();
    });
  }

  /** Escape or Cancel on the new-application form. */
  cancelAdding(): void {
    this.guard(this.adding?.dirty ?? false, () => {
      this.#stopAdding();
      this.application.focusRequested = this.application.detail !== null;
    });
  }

  async saveAdding(): Promise<boolean> {
    const draft = this.adding;
    if (!draft) return false;
    return saveDraft(draft, async ({ project, input }) => {
      const application = await this.#start.createApplication(project, input);
      if (this.adding === draft) this.#stopAdding();
      this.application.replace(application);
      this.application.focusRequested = true;
      this.list.selectedId = application.id;
      await this.list.load();
    });
  }

  async saveInitiative(): Promise<boolean> {
    return this.#listAfter(await this.application.saveInitiative());
  }

  async saveApplication(): Promise<boolean> {
    return this.#listAfter(await this.application.saveApplication());
  }

  async saveBudget(): Promise<boolean> {
    return this.#listAfter(await this.application.saveBudget());
  }

  async saveMilestones(): Promise<boolean> {
    return this.#listAfter(await this.application.saveMilestones());
  }

  /**
   * Sending an application to national, kept per application while the chapter is open, so
   * where the file went stays said when the record is drawn again (it is, once it shows as
   * sent).
   */
  sendingFor(id: ApplicationId): SendToNational {
    let sending = this.#sending.get(id);
    if (!sending) {
      sending = new SendToNational(id, (sent) => this.sentToNational(sent), this.#exportFile);
      this.#sending.set(id, sending);
    }
    return sending;
  }

  /**
   * What comes after national decides on an application (the decision written down, then its
   * progress reports), kept per application while the chapter is open.
   */
  afterAwardFor(application: Application): AfterAward {
    let after = this.#after.get(application.id);
    if (!after) {
      after = new AfterAward(application, (decided) => this.sentToNational(decided), this.#afterPorts);
      this.#after.set(application.id, after);
    }
    return after;
  }

  /** The file for national was made: the application shows as sent, here and in the list. */
  async sentToNational(application: Application): Promise<void> {
    await Promise.all([this.application.show(application.id), this.list.load()]);
  }

  /** A save changes what the list says of the application (its amount, what it needs). */
  async #listAfter(saved: boolean): Promise<boolean> {
    if (saved) await this.list.load();
    return saved;
  }

  #stopAdding(): void {
    this.adding?.rules.stop();
    this.adding = null;
  }

  #reset(): void {
    this.list.reset();
    this.application.reset();
    this.projects.reset();
    this.#stopAdding();
    this.#sending.clear();
    this.#after.clear();
    this.pendingDiscard = null;
  }
}

export const [getGrants, setGrants] = createContext<Grants>();
