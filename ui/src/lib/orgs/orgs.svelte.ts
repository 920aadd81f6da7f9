import { createContext } from "svelte";
import * as orgsClient from "../api/client/orgs";
import type { OrgContactId, OrganizationId, OrgDetail } from "../api/types";
import { OrgDuplicates } from "./org-duplicates.svelte";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { t } from "../i18n/locale.svelte";
import { rememberedOrganizer, rememberOrganizer } from "../people/organizer";
import { Connections } from "./connections.svelte";
import { ConnectionsEntry } from "./connections-entry.svelte";
import { OpenOrg } from "./open-org.svelte";
import { OrgDraft } from "./org-draft.svelte";
import { OrgList } from "./org-list.svelte";
import { OrgExport, OrgImport } from "./org-transfer.svelte";
import { ToTendList } from "./to-tend.svelte";

export type OrgsTab = "directory" | "tend" | "connections";

export const ORGS_TABS: readonly OrgsTab[] = ["directory", "tend", "connections"];

export function orgsTabLabel(tab: OrgsTab): string {
  switch (tab) {
    case "directory":
      return t("orgs-tab-directory");
    case "tend":
      return t("orgs-tab-tend");
    case "connections":
      return t("orgs-tab-connections");
  }
}

export type CreateOrg = Pick<typeof orgsClient, "createOrg">;

export type OrgsParts = {
  list: OrgList;
  org: OpenOrg;
  tend: ToTendList;
  connections: Connections;
  importer: OrgImport;
  exporter: OrgExport;
  create: CreateOrg;
  /** Likely duplicates and merging them; the real one when left out. */
  duplicates?: OrgDuplicates;
  /** Entering filled connections forms; made with the real commands when not given. */
  formEntry?: ConnectionsEntry;
};

function realParts(): OrgsParts {
  return {
    list: new OrgList(),
    org: new OpenOrg(),
    tend: new ToTendList(),
    connections: new Connections(),
    importer: new OrgImport(),
    exporter: new OrgExport(),
    create: { createOrg: orgsClient.createOrg },
  };
}

/**
 * The Organizations area: the directory and the organization on the right (or the form adding
 * one), the relationships to tend, and the connections assessment. It lives as long as the
 * app, so the list and half-typed forms are where the organizer left them; a different chapter
 * starts it afresh.
 */
export class Orgs extends DiscardGuard {
  readonly list: OrgList;
  readonly org: OpenOrg;
  readonly tend: ToTendList;
  readonly connections: Connections;
  readonly importer: OrgImport;
  readonly exporter: OrgExport;
  readonly duplicates: OrgDuplicates;
  readonly formEntry: ConnectionsEntry;
  tab = $state<OrgsTab>("directory");
  /** The Connections tab shows the entry of filled forms instead of the ranking. */
  enteringForms = $state(false);
  /** Set when the selected tab should take the keyboard focus once on screen. */
  tabFocusRequested = $state(false);
  /** The form adding an organization; it takes the place of the record on the right. */
  adding = $state<OrgDraft | null>(null);
  filtersOpen = $state(false);

  readonly #create: CreateOrg;
  #chapterRevision: number | null = null;

  constructor(parts: OrgsParts = realParts()) {
    super();
    this.list = parts.list;
    this.org = parts.org;
    this.tend = parts.tend;
    this.connections = parts.connections;
    this.importer = parts.importer;
    this.exporter = parts.exporter;
    this.formEntry = parts.formEntry ?? new ConnectionsEntry();
    this.#create = parts.create;
    this.duplicates = parts.duplicates ?? new OrgDuplicates();
  }

  /** Whether a form in the area holds something not yet saved. */
  get dirty(): boolean {
    return (this.adding?.dirty ?? false) || this.org.dirty;
  }

  /** The screen opened: start afresh for another chapter, and fetch what may be stale. */
  enter(chapterRevision: number): void {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    void this.list.searchNow();
    void this.list.loadAreas();
    void this.tend.load();
    void this.duplicates.load();
    if (this.tab === "connections") void this.connections.load();
    if (this.list.selectedId !== null) void this.org.show(this.list.selectedId);
  }

  showTab(tab: OrgsTab, options: { focus?: boolean } = {}): void {
    this.tab = tab;
    if (options.focus) this.tabFocusRequested = true;
    if (tab === "tend") void this.tend.load();
    if (tab === "connections") void this.connections.load();
  }

  /** Shows an organization in the directory, asking first if that would drop unsaved typing. */
  select(id: OrganizationId, options: { focus?: boolean } = {}): void {
    const leaving = id !== this.org.id || this.adding !== null;
    const unsaved = (this.adding?.dirty ?? false) || (id !== this.org.id && this.org.dirty);
    this.guard(leaving && unsaved, () => {
      this.tab = "directory";
      this.adding = null;
      this.list.selectedId = id;
      if (options.focus) this.org.focusRequested = true;
      void this.org.show(id);
    });
  }

  addOrg(): void {
    this.guard(this.dirty, () => {
      this.tab = "directory";
      this.org.closeForms();
      this.adding = new OrgDraft(null, rememberedOrganizer());
    });
  }

  /** Escape or Cancel on the new-organization form. */
  cancelAdding(): void {
    this.guard(this.adding?.dirty ?? false, () => {
      this.adding = null;
      this.org.focusRequested = this.org.detail !== null;
    });
  }

  async saveAdding(): Promise<boolean> {
    const draft = this.adding;
    if (!draft) return false;
    return saveDraft(draft, async ({ input, relationship, addedBy }) => {
      const detail = await this.#create.createOrg(input, relationship, addedBy);
      rememberOrganizer(addedBy);
      if (this.adding === draft) this.adding = null;
      this.#opened(detail);
      void this.list.loadAreas();
      void this.tend.load();
      void this.duplicates.load();
      await this.#reveal(detail);
    });
  }

  /** Escape or Cancel on the form editing the record's fields. */
  cancelEdit(): void {
    this.guard(this.org.editing?.dirty ?? false, () => {
      this.org.editing = null;
    });
  }

  async saveEdit(): Promise<void> {
    if (!(await this.org.saveEdit())) return;
    void this.list.loadAreas();
    void this.duplicates.load();
    const detail = this.org.detail;
    if (detail) await this.#reveal(detail);
  }

  cancelRelationship(): void {
    this.guard(this.org.relationship?.dirty ?? false, () => {
      this.org.relationship = null;
    });
  }

  async saveRelationship(): Promise<void> {
    // The list shows each relationship, and only partners and allies can go quiet.
    if (await this.org.saveRelationship()) await this.#afterChange();
  }

  cancelContact(): void {
    this.guard(this.org.contact?.dirty ?? false, () => {
      this.org.contact = null;
    });
  }

  async saveContact(): Promise<void> {
    if (await this.org.saveContact()) await this.#afterChange();
  }

  cancelTie(): void {
    this.guard(this.org.tie?.dirty ?? false, () => {
      this.org.tie = null;
    });
  }

  async saveTie(): Promise<void> {
    if (await this.org.saveTie()) await this.#afterTies();
  }

  async confirmRemoveTie(): Promise<void> {
    if (await this.org.confirmRemoveTie()) await this.#afterTies();
  }

  /** "Done" on a next step, from the record or from the list of what to tend. */
  async completeNextStep(contactId: OrgContactId): Promise<boolean> {
    const detail = await this.org.completeNextStep(contactId);
    if (detail === null) return false;
    await this.tend.load();
    return true;
  }

  /** Opens an organization named elsewhere (what to tend, the ranking, a person's record). */
  openInDirectory(id: OrganizationId): void {
    this.select(id, { focus: true });
  }

  /** "Enter filled forms", under Connections. */
  openFormEntry(): void {
    this.tab = "connections";
    this.enteringForms = true;
  }

  /** Back from entering forms to the ranking, which has them counted. */
  closeFormEntry(): void {
    this.enteringForms = false;
    this.tabFocusRequested = true;
    void this.connections.load();
  }

  /** A connections form was entered or taken back: its ties change the ranking and the list. */
  async formsChanged(): Promise<void> {
    await Promise.all([this.list.searchNow(), this.connections.load()]);
  }

  /** An organization was added from a form's line: the directory lists it. */
  orgAddedFromForm(): void {
    void this.list.searchNow();
  }

  /** "Import…": asks who is importing, then for the file. */
  async importFile(): Promise<void> {
    const report = await this.importer.choose();
    if (report === null) return;
    await this.list.searchNow();
    void this.list.loadAreas();
    void this.tend.load();
    void this.connections.load();
    void this.duplicates.load();
  }

  /** Merges the pair whose merge form is open, then opens the record kept. */
  async mergeDuplicate(): Promise<boolean> {
    const detail = await this.duplicates.merge();
    if (detail === null) return false;
    await this.#afterMergeOrUndo(detail);
    return true;
  }

  /** Undoes the merge asked about on the record, then opens the record that came back. */
  async undoMerge(): Promise<boolean> {
    const detail = await this.duplicates.undo();
    if (detail === null) return false;
    await this.#afterMergeOrUndo(detail);
    return true;
  }

  async #afterMergeOrUndo(detail: OrgDetail): Promise<void> {
    this.adding = null;
    this.#opened(detail);
    void this.list.loadAreas();
    void this.tend.load();
    void this.connections.load();
    await this.#reveal(detail);
  }

  #opened(detail: OrgDetail): void {
    this.tab = "directory";
    this.org.replace(detail);
    this.org.focusRequested = true;
    this.list.selectedId = detail.organization.id;
  }

  async #afterChange(): Promise<void> {
    await Promise.all([this.list.searchNow(), this.tend.load()]);
  }

  async #afterTies(): Promise<void> {
    await Promise.all([this.list.searchNow(), this.connections.load()]);
  }

  /** Makes sure a just-saved organization is in the list, showing the whole directory if not. */
  async #reveal(detail: OrgDetail): Promise<void> {
    await this.list.searchNow();
    if (this.list.orgs.some((o) => o.id === detail.organization.id)) return;
    this.list.showAll();
    await this.list.searchNow();
  }

  #reset(): void {
    this.list.reset();
    this.org.reset();
    this.tend.reset();
    this.connections.reset();
    this.formEntry.reset();
    this.enteringForms = false;
    this.importer.close();
    this.exporter.close();
    this.duplicates.reset();
    this.adding = null;
    this.tab = "directory";
    this.tabFocusRequested = false;
    this.filtersOpen = false;
    this.pendingDiscard = null;
  }
}

export const [getOrgs, setOrgs] = createContext<Orgs>();
