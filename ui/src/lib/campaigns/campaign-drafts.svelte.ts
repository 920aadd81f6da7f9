// The small forms of the Campaigns area: a campaign's name, issue and the project it grows out
// of (new, or edited on its page), and a power map's name (new, or renamed).
import type { Campaign, CampaignId, CampaignInput, MapId, ProjectId } from "../api/types";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";

export type CampaignValues = {
  name: string;
  issue: string;
  /** The base-building project it grows out of; null for none. */
  project: ProjectId | null;
};

export function validateCampaign(values: CampaignValues): FieldErrors {
  return values.name.trim() === "" ? { name: t("campaigns-name-missing") } : {};
}

/** The new-campaign form, or a campaign's name, issue and project edited on its page. */
export class CampaignDraft extends Draft<CampaignValues> {
  /** null for a new campaign. */
  readonly campaignId: CampaignId | null;

  constructor(campaign: Campaign | null) {
    super(
      {
        name: campaign?.fields.name ?? "",
        issue: campaign?.fields.issue ?? "",
        project: campaign?.fields.project_id ?? null,
      },
      validateCampaign,
      ["name", "issue", "project_id"],
    );
    this.campaignId = campaign?.id ?? null;
  }

  /** The input to save; null while the form shows what to fix. */
  submit(): CampaignInput | null {
    if (!this.attempt()) return null;
    const issue = this.values.issue.trim();
    return { name: this.values.name.trim(), issue: issue === "" ? null : issue, project_id: this.values.project };
  }
}

export function validateMapName(values: { name: string }): FieldErrors {
  return values.name.trim() === "" ? { name: t("maps-name-missing") } : {};
}

/** "New map" or "Rename": a power map's name. */
export class MapNameDraft extends Draft<{ name: string }> {
  /** null for a new map. */
  readonly mapId: MapId | null;

  constructor(mapId: MapId | null = null, name = "") {
    super({ name }, validateMapName, ["name"]);
    this.mapId = mapId;
  }

  submit(): string | null {
    return this.attempt() ? this.values.name.trim() : null;
  }
}
