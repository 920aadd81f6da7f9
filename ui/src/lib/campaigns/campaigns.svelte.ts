import { createContext } from "svelte";
import * as campaignsClient from "../api/client/campaigns";
import type { CampaignId, MapId } from "../api/types";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { t } from "../i18n/locale.svelte";
import { CampaignDraft } from "./campaign-drafts.svelte";
import { CampaignList } from "./campaign-list.svelte";
import { CampaignMaps } from "./campaign-maps.svelte";
import { OpenCampaign } from "./open-campaign.svelte";
import { ChapterProjects } from "./projects.svelte";

export type CampaignTab = "chart" | "maps";

export const CAMPAIGN_TABS: readonly CampaignTab[] = ["chart", "maps"];

export function campaignTabLabel(tab: CampaignTab): string {
  return tab === "chart" ? t("campaign-tab-chart") : t("campaign-tab-maps");
}

export type CreateCampaign = Pick<typeof campaignsClient, "createCampaign">;

export type CampaignsParts = {
  list: CampaignList;
  campaign: OpenCampaign;
  maps: CampaignMaps;
  projects: ChapterProjects;
  create: CreateCampaign;
};

function realParts(): CampaignsParts {
  return {
    list: new CampaignList(),
    campaign: new OpenCampaign(),
    maps: new CampaignMaps(),
    projects: new ChapterProjects(),
    create: { createCampaign: campaignsClient.createCampaign },
  };
}

/**
 * The Campaigns area: the list, the campaign on the right (or the form starting one), its
 * strategy chart and its power maps, and the projects a campaign can grow out of. It lives as long as the app, so a chart half filled in
 * waits while the organizer looks someone up; a different chapter starts it afresh.
 */
export class Campaigns extends DiscardGuard {
  readonly list: CampaignList;
  readonly campaign: OpenCampaign;
  readonly maps: CampaignMaps;
  readonly projects: ChapterProjects;
  tab = $state<CampaignTab>("chart");
  /** Set when the selected tab should take the keyboard focus once on screen. */
  tabFocusRequested = $state(false);
  /** The new-campaign form; it takes the place of the campaign on the right. */
  adding = $state<CampaignDraft | null>(null);

  readonly #create: CreateCampaign;
  #chapterRevision: number | null = null;

  constructor(parts: CampaignsParts = realParts()) {
    super();
    this.list = parts.list;
    this.campaign = parts.campaign;
    this.maps = parts.maps;
    this.projects = parts.projects;
    this.#create = parts.create;
  }

  /** Whether a form in the area holds something not yet saved. */
  get dirty(): boolean {
    return (this.adding?.dirty ?? false) || this.campaign.dirty || this.maps.dirty;
  }

  /**
   * The screen opened: start afresh for another chapter, fetch what may be stale, and show the
   * newest campaign when none is chosen yet.
   */
  async enter(chapterRevision: number): Promise<void> {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    const selected = this.list.selectedId;
    if (selected !== null) void this.campaign.show(selected);
    await Promise.all([this.list.load(), this.projects.load()]);
    const newest = this.list.campaigns[0];
    if (this.list.selectedId === null && this.adding === null && newest) {
      this.list.selectedId = newest.id;
      void this.campaign.show(newest.id);
    }
  }

  showTab(tab: CampaignTab, options: { focus?: boolean } = {}): void {
    this.tab = tab;
    if (options.focus) this.tabFocusRequested = true;
  }

  /** Shows a campaign on the right, asking first if that would drop unsaved typing. */
  select(id: CampaignId, options: { focus?: boolean } = {}): void {
    const other = id !== this.campaign.id;
    const unsaved = (this.adding?.dirty ?? false) || (other && (this.campaign.dirty || this.maps.dirty));
    this.guard((other || this.adding !== null) && unsaved, () => {
      this.adding = null;
      if (other) this.maps.reset();
      this.list.selectedId = id;
      if (options.focus) this.campaign.focusRequested = true;
      void this.campaign.show(id);
    });
  }

  addCampaign(): void {
    this.guard(this.dirty, () => {
      this.campaign.editing = null;
      this.maps.cancelNaming();
      this.adding = new CampaignDraft(null);
      void this.projects.load();
    });
  }

  /** Escape or Cancel on the new-campaign form. */
  cancelAdding(): void {
    this.guard(this.adding?.dirty ?? false, () => {
      this.adding = null;
      this.campaign.focusRequested = this.campaign.detail !== null;
    });
  }

  async saveAdding(): Promise<boolean> {
    const draft = this.adding;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const campaign = await this.#create.createCampaign(input);
      if (this.adding === draft) this.adding = null;
      this.maps.reset();
      this.tab = "chart";
      this.campaign.replace(campaign);
      this.campaign.focusRequested = true;
      this.list.selectedId = campaign.id;
      await this.list.load();
    });
  }

  startEdit(): void {
    this.campaign.startEdit();
    void this.projects.load();
  }

  /** Escape or Cancel on the name and issue being edited. */
  cancelEdit(): void {
    this.guard(this.campaign.editing?.dirty ?? false, () => {
      this.campaign.editing = null;
      this.campaign.focusRequested = true;
    });
  }

  async saveEdit(): Promise<boolean> {
    const saved = await this.campaign.saveEdit();
    if (!saved) return false;
    this.campaign.focusRequested = true;
    await this.list.load();
    return true;
  }

  /** Save or Ctrl+S on the chart. */
  async saveChart(): Promise<boolean> {
    const campaign = await this.campaign.saveChart();
    if (campaign === null) return false;
    await this.list.load();
    return true;
  }

  /**
   * Escape or Cancel on the chart: back to the chart as saved, asking first when something
   * changed; the line the cursor was in may then be gone, so the keyboard goes to the tab.
   */
  cancelChart(): void {
    const chart = this.campaign.chart;
    if (!chart) return;
    const changed = chart.dirty;
    this.guard(changed, () => {
      chart.revert();
      if (changed) this.tabFocusRequested = true;
    });
  }

  /** Escape or Cancel on a map's name being typed. */
  cancelMapName(): void {
    this.guard(this.maps.dirty, () => this.maps.cancelNaming());
  }

  async saveMapName(): Promise<boolean> {
    const id = this.campaign.id;
    if (id === null) return false;
    const view = await this.maps.saveName(id);
    if (view === null) return false;
    await this.#mapsChanged();
    return true;
  }

  async confirmDeleteMap(): Promise<boolean> {
    if (!(await this.maps.confirmDelete())) return false;
    await this.#mapsChanged();
    return true;
  }

  async importMap(): Promise<boolean> {
    const id = this.campaign.id;
    if (id === null) return false;
    const view = await this.maps.importFile(id);
    if (view === null) return false;
    await this.#mapsChanged();
    return true;
  }

  openMap(id: MapId): void {
    this.maps.open(id);
  }

  /** Back from the map to the campaign, whose counts the map may have changed. */
  closeMap(): void {
    this.maps.close();
    this.tab = "maps";
    void this.#mapsChanged();
  }

  async #mapsChanged(): Promise<void> {
    await Promise.all([this.campaign.show(this.campaign.id), this.list.load()]);
  }

  #reset(): void {
    this.list.reset();
    this.campaign.reset();
    this.maps.reset();
    this.projects.reset();
    this.adding = null;
    this.tab = "chart";
    this.tabFocusRequested = false;
    this.pendingDiscard = null;
  }
}

export const [getCampaigns, setCampaigns] = createContext<Campaigns>();
