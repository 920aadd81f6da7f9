import * as campaignsClient from "../api/client/campaigns";
import type { Campaign, CampaignId } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { OpenRecord } from "../navigation/open-record.svelte";
import { CampaignDraft } from "./campaign-drafts.svelte";
import { ChartEditor } from "./chart-editor.svelte";

export type OpenCampaignPorts = Pick<
  typeof campaignsClient,
  "getCampaign" | "updateCampaign" | "saveStrategyChart"
>;

const realPorts: OpenCampaignPorts = {
  getCampaign: campaignsClient.getCampaign,
  updateCampaign: campaignsClient.updateCampaign,
  saveStrategyChart: campaignsClient.saveStrategyChart,
};

/**
 * The campaign shown on the right: its name and issue (edited in place), and its strategy
 * chart, edited as long as the campaign stays open, even while the organizer looks at its maps
 * or at another area.
 */
export class OpenCampaign extends OpenRecord<Campaign, CampaignId> {
  editing = $state<CampaignDraft | null>(null);
  /** The chart of the campaign on screen; made once its campaign has come. */
  chart = $state<ChartEditor | null>(null);

  /** A form on the page holds something not yet saved. */
  readonly dirty: boolean = $derived((this.editing?.dirty ?? false) || (this.chart?.dirty ?? false));

  readonly #ports: OpenCampaignPorts;

  constructor(ports: OpenCampaignPorts = realPorts) {
    super((id) => ports.getCampaign(id), (campaign) => campaign.id);
    this.#ports = ports;
  }

  /** Shows a campaign, or fetches the shown one again; another one closes the forms. */
  override async show(id: CampaignId | null): Promise<boolean> {
    if (id !== this.id) this.#close();
    const shown = await super.show(id);
    if (shown) this.#chartFor(this.detail);
    return shown;
  }

  override replace(campaign: Campaign): void {
    if (campaign.id !== this.id) this.#close();
    super.replace(campaign);
    this.#chartFor(campaign);
  }

  startEdit(): void {
    const campaign = this.detail;
    if (campaign) this.editing = new CampaignDraft(campaign);
  }

  async saveEdit(): Promise<boolean> {
    const draft = this.editing;
    if (!draft || draft.campaignId === null) return false;
    const id = draft.campaignId;
    return saveDraft(draft, async (input) => {
      const campaign = await this.#ports.updateCampaign(id, input);
      if (this.editing === draft) this.editing = null;
      if (this.id === id) this.replace(campaign);
    });
  }

  /** Saves the chart whole; answers the campaign as saved, or null. */
  async saveChart(): Promise<Campaign | null> {
    const chart = this.chart;
    if (!chart) return null;
    const campaign = await chart.save();
    if (campaign && this.id === campaign.id) super.replace(campaign);
    return campaign;
  }

  override reset(): void {
    super.reset();
    this.#close();
  }

  /** The chart editor follows the campaign: kept (with its edits) while the same one stays. */
  #chartFor(campaign: Campaign | null): void {
    if (campaign && this.chart?.campaignId !== campaign.id) {
      this.chart = new ChartEditor(campaign, { saveStrategyChart: this.#ports.saveStrategyChart });
    }
  }

  #close(): void {
    this.editing = null;
    this.chart = null;
  }
}
