import * as campaignsClient from "../api/client/campaigns";
import { toAppError, type AppError } from "../api/errors";
import type { CampaignId, MapFormat, MapId, MapSummary, MapView } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { MapNameDraft } from "./campaign-drafts.svelte";

export type CampaignMapsPorts = Pick<
  typeof campaignsClient,
  "createMap" | "renameMap" | "deleteMap" | "importMapFile" | "exportMapFile"
>;

const realPorts: CampaignMapsPorts = {
  createMap: campaignsClient.createMap,
  renameMap: campaignsClient.renameMap,
  deleteMap: campaignsClient.deleteMap,
  importMapFile: campaignsClient.importMapFile,
  exportMapFile: campaignsClient.exportMapFile,
};

/** The export formats, in the order they are offered. */
export const MAP_FORMATS: readonly MapFormat[] = ["json", "kumu", "svg"];

/** How the last export of a map went: where it was written, or why not. */
export type MapExported =
  | { mapId: MapId; path: string; error: null }
  | { mapId: MapId; path: null; error: AppError };

/**
 * A campaign's power maps as the Maps tab works on them: a new one named, one renamed, one
 * about to be deleted, one brought in from Kumu or Oligrapher, one written out to a file, and
 * the one open on the canvas. Each change answers whether the campaign's list of maps changed.
 */
export class CampaignMaps {
  /** "New map" (mapId null) or "Rename" (the map's id): one at a time. */
  naming = $state<MapNameDraft | null>(null);
  /** The map whose deletion waits for the organizer's yes. */
  deleting = $state.raw<MapSummary | null>(null);
  deleteError = $state<AppError | null>(null);
  importing = $state(false);
  importError = $state<AppError | null>(null);
  /** The map just imported, named beside the button. */
  imported = $state.raw<MapView | null>(null);
  /** The map whose export choices are showing. */
  exportOpen = $state<MapId | null>(null);
  exporting = $state(false);
  exported = $state.raw<MapExported | null>(null);
  /** The map on the canvas, in place of the campaign's page. */
  openId = $state<MapId | null>(null);
  /**
   * Where the cursor goes next, as a place on the tab (see `focusPlace`): `new`, `import`, or
   * a map's button, `open:<id>`, `rename:<id>`, `delete:<id>`.
   */
  focusTarget = $state<string | null>(null);

  readonly #ports: CampaignMapsPorts;

  constructor(ports: CampaignMapsPorts = realPorts) {
    this.#ports = ports;
  }

  get dirty(): boolean {
    return this.naming?.dirty ?? false;
  }

  startNew(): void {
    this.naming = new MapNameDraft();
  }

  startRename(map: MapSummary): void {
    this.naming = new MapNameDraft(map.id, map.name);
  }

  cancelNaming(): void {
    const draft = this.naming;
    if (!draft) return;
    this.naming = null;
    this.focusTarget = draft.mapId === null ? "new" : `rename:${draft.mapId}`;
  }

  /** Creates or renames; answers the map as saved, or null (the refusal stays on the form). */
  async saveName(campaign: CampaignId): Promise<MapView | null> {
    const draft = this.naming;
    if (!draft) return null;
    let view: MapView | null = null;
    await saveDraft(draft, async (name) => {
      const saved =
        draft.mapId === null
          ? await this.#ports.createMap(campaign, name)
          : await this.#ports.renameMap(draft.mapId, name);
      if (this.naming === draft) this.naming = null;
      this.focusTarget = draft.mapId === null ? `open:${saved.map.id}` : `rename:${saved.map.id}`;
      view = saved;
    });
    return view;
  }

  askDelete(map: MapSummary): void {
    this.deleteError = null;
    this.deleting = map;
  }

  cancelDelete(): void {
    if (this.deleting) this.focusTarget = `delete:${this.deleting.id}`;
    this.deleting = null;
  }

  async confirmDelete(): Promise<boolean> {
    const map = this.deleting;
    if (!map) return false;
    this.deleting = null;
    try {
      await this.#ports.deleteMap(map.id);
      if (this.exported?.mapId === map.id) this.exported = null;
      this.focusTarget = "new";
      return true;
    } catch (reason) {
      this.deleteError = toAppError(reason);
      this.focusTarget = `delete:${map.id}`;
      return false;
    }
  }

  /** Asks for a Kumu or Oligrapher file and brings it in; answers the new map, or null. */
  async importFile(campaign: CampaignId): Promise<MapView | null> {
    if (this.importing) return null;
    this.importing = true;
    this.importError = null;
    this.imported = null;
    try {
      const view = await this.#ports.importMapFile(campaign);
      this.imported = view;
      this.focusTarget = view === null ? "import" : `open:${view.map.id}`;
      return view;
    } catch (reason) {
      this.importError = toAppError(reason);
      return null;
    } finally {
      this.importing = false;
    }
  }

  toggleExport(id: MapId): void {
    this.exportOpen = this.exportOpen === id ? null : id;
  }

  /** Asks where, then writes the map; the dialog closed leaves things as they were. */
  async exportAs(id: MapId, format: MapFormat): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    try {
      const path = await this.#ports.exportMapFile(id, format);
      if (path === null) return;
      this.exported = { mapId: id, path, error: null };
      this.exportOpen = null;
    } catch (reason) {
      this.exported = { mapId: id, path: null, error: toAppError(reason) };
    } finally {
      this.exporting = false;
    }
  }

  open(id: MapId): void {
    this.openId = id;
  }

  close(): void {
    if (this.openId !== null) this.focusTarget = `open:${this.openId}`;
    this.openId = null;
  }

  /** Another campaign, or another chapter: nothing of the last one's maps. */
  reset(): void {
    this.naming = null;
    this.deleting = null;
    this.deleteError = null;
    this.importing = false;
    this.importError = null;
    this.imported = null;
    this.exportOpen = null;
    this.exporting = false;
    this.exported = null;
    this.openId = null;
    this.focusTarget = null;
  }
}
