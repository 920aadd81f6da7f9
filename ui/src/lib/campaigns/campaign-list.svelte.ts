import * as campaignsClient from "../api/client/campaigns";
import type { Campaign } from "../api/types";
import { RecordListState } from "../navigation/record-list.svelte";

export type ListCampaigns = typeof campaignsClient.listCampaigns;

/** Every campaign, newest first, and which one is selected. */
export class CampaignList extends RecordListState<Campaign> {
  constructor(list: ListCampaigns = campaignsClient.listCampaigns) {
    super(list);
  }

  get campaigns(): Campaign[] {
    return this.items;
  }
}
