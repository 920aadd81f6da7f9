import { describe, expect, it, vi } from "vitest";
import type { Campaign, CampaignId, CampaignInput, MapId } from "../api/types";
import { refused } from "../laptop/test-laptop";
import { campaignId, mapId, projectId } from "../test-ids";
import { CampaignList } from "./campaign-list.svelte";
import { CampaignMaps, type CampaignMapsPorts } from "./campaign-maps.svelte";
import { Campaigns } from "./campaigns.svelte";
import { OpenCampaign, type OpenCampaignPorts } from "./open-campaign.svelte";
import { ChapterProjects } from "./projects.svelte";
import { campaign, mapSummary, mapView, project, sampleChart } from "./test-campaigns";

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A pretend backend holding campaigns in memory, newest first, and the calls it received. */
function fakeBackend(start: Campaign[], projects = [project("pr-1", "Tenant union — Eastside")]) {
  let stored = [...start];
  const calls: string[] = [];
  const find = (id: CampaignId) => {
    const found = stored.find((c) => c.id === id);
    if (!found) throw { kind: "not_found", message: "gone", details: null };
    return found;
  };
  const put = (next: Campaign) => {
    stored = stored.map((c) => (c.id === next.id ? next : c));
    return next;
  };
  const withMaps = (id: CampaignId, change: (maps: Campaign["maps"]) => Campaign["maps"]) => {
    const c = find(id);
    put({ ...c, maps: change(c.maps) });
  };
  const owner = (map: MapId) => stored.find((c) => c.maps.some((m) => m.id === map))!;
  const open: OpenCampaignPorts = {
    getCampaign: vi.fn(async (id: CampaignId) => find(id)),
    updateCampaign: vi.fn(async (id: CampaignId, input: CampaignInput) => {
      calls.push(`update ${input.name} / ${input.issue} / ${input.project_id}`);
      return put({ ...find(id), fields: input });
    }),
    saveStrategyChart: vi.fn(async (id: CampaignId) => find(id)),
  };
  const maps: CampaignMapsPorts = {
    createMap: vi.fn(async (id: CampaignId, name: string) => {
      calls.push(`create map ${name}`);
      withMaps(id, (m) => [...m, mapSummary("new-map", { name })]);
      return mapView("new-map", name);
    }),
    renameMap: vi.fn(async (id: MapId, name: string) => {
      calls.push(`rename ${id} ${name}`);
      withMaps(owner(id).id, (m) => m.map((s) => (s.id === id ? { ...s, name } : s)));
      return mapView(id, name);
    }),
    deleteMap: vi.fn(async (id: MapId) => {
      calls.push(`delete ${id}`);
      withMaps(owner(id).id, (m) => m.filter((s) => s.id !== id));
      return null;
    }),
    importMapFile: vi.fn(async (id: CampaignId | null) => {
      withMaps(id!, (m) => [...m, mapSummary("kumu", { name: "From Kumu", nodes: 12 })]);
      return mapView("kumu", "From Kumu");
    }),
    exportMapFile: vi.fn(async (id: MapId, format) => `/home/rosa/${id}.${format}`),
  };
  const create = {
    createCampaign: vi.fn(async (input: CampaignInput) => {
      const made = campaign(`c-${stored.length + 1}`, { fields: input });
      stored = [made, ...stored];
      return made;
    }),
  };
  const listProjects = vi.fn(async () => projects);
  const area = new Campaigns({
    list: new CampaignList(async () => stored),
    campaign: new OpenCampaign(open),
    maps: new CampaignMaps(maps),
    projects: new ChapterProjects(listProjects),
    create,
  });
  return { area, open, maps, create, calls, listProjects };
}

async function entered(start: Campaign[]) {
  const backend = fakeBackend(start);
  await backend.area.enter(1);
  await settle();
  return backend;
}

describe("Campaigns", () => {
  it("shows the newest campaign on coming in, with its chart ready to edit", async () => {
    const { area } = await entered([campaign("c-2", { chart: sampleChart() }), campaign("c-1")]);
    expect(area.list.campaigns.map((c) => c.id)).toEqual(["c-2", "c-1"]);
    expect(area.campaign.id).toBe("c-2");
    expect(area.campaign.chart?.campaignId).toBe("c-2");
    expect(area.campaign.chart?.linesIn("tactic")).toHaveLength(1);
  });

  it("asks before another campaign drops unsaved chart lines, and keeps them when told to", async () => {
    const { area } = await entered([campaign("c-2"), campaign("c-1")]);
    const chart = area.campaign.chart!;
    chart.setText(chart.addLine("allies")!, "St. Pius parish");
    area.select(campaignId("c-1"));
    expect(area.pendingDiscard).not.toBeNull();
    area.keepEditing();
    expect(area.campaign.id).toBe("c-2");
    expect(area.campaign.chart).toBe(chart);

    area.select(campaignId("c-1"));
    area.confirmDiscard();
    await settle();
    expect(area.campaign.id).toBe("c-1");
    expect(area.campaign.chart?.campaignId).toBe("c-1");
    expect(area.campaign.chart?.dirty).toBe(false);
  });

  it("keeps the chart's edits while the same campaign is fetched again", async () => {
    const { area } = await entered([campaign("c-1")]);
    const chart = area.campaign.chart!;
    chart.setText(chart.addLine("gains")!, "Five new leaders");
    await area.campaign.show(campaignId("c-1"));
    expect(area.campaign.chart).toBe(chart);
    expect(chart.dirty).toBe(true);
  });

  it("reverts the chart on Escape, asking first only when something changed", async () => {
    const { area } = await entered([campaign("c-1", { chart: sampleChart() })]);
    const chart = area.campaign.chart!;
    area.cancelChart();
    expect(area.pendingDiscard).toBeNull();
    expect(area.tabFocusRequested).toBe(false);
    chart.removeLine(chart.linesIn("long_term_goal")[0].key);
    area.cancelChart();
    expect(area.pendingDiscard).not.toBeNull();
    area.confirmDiscard();
    expect(chart.linesIn("long_term_goal")).toHaveLength(1);
    expect(chart.dirty).toBe(false);
    expect(area.tabFocusRequested).toBe(true);
  });

  it("starts a campaign from its name and issue, then opens it in the list", async () => {
    const { area, create } = await entered([campaign("c-1")]);
    area.addCampaign();
    const draft = area.adding!;
    expect(await area.saveAdding()).toBe(false);
    expect(draft.errorFor("name")).toBe("Give the campaign a name.");
    expect(create.createCampaign).not.toHaveBeenCalled();

    draft.values.name = "  Heat for Cermak  ";
    draft.values.issue = " ";
    expect(await area.saveAdding()).toBe(true);
    expect(create.createCampaign).toHaveBeenCalledWith({
      name: "Heat for Cermak",
      issue: null,
      project_id: null,
    });
    expect(area.adding).toBeNull();
    expect(area.campaign.id).toBe("c-2");
    expect(area.list.selectedId).toBe("c-2");
    expect(area.list.campaigns.map((c) => c.id)).toEqual(["c-2", "c-1"]);
    expect(area.tab).toBe("chart");
  });

  it("edits the name and issue, keeping the project, and shows a refusal under the name", async () => {
    const start = campaign("c-1", { fields: { name: "Heat", issue: null, project_id: projectId("pr-1") } });
    const { area, open, calls } = await entered([start]);
    area.startEdit();
    const draft = area.campaign.editing!;
    draft.values.name = "Heat for Cermak";
    draft.values.issue = "No heat since November";
    const update = open.updateCampaign;
    open.updateCampaign = vi.fn(async () => {
      throw refused("name", "give the campaign a name");
    });
    expect(await area.saveEdit()).toBe(false);
    expect(draft.errorFor("name")).toBe("Give the campaign a name.");
    expect(draft.formError).toBeNull();
    expect(area.campaign.editing).toBe(draft);

    open.updateCampaign = update;
    expect(await area.saveEdit()).toBe(true);
    expect(calls).toEqual(["update Heat for Cermak / No heat since November / pr-1"]);
    expect(area.campaign.editing).toBeNull();
    expect(area.campaign.detail?.fields.name).toBe("Heat for Cermak");
    expect(area.list.campaigns[0].fields.name).toBe("Heat for Cermak");
    expect(area.campaign.focusRequested).toBe(true);
  });

  it("starts a campaign that grows out of one of the chapter's projects", async () => {
    const { area, create, listProjects } = await entered([campaign("c-1")]);
    expect(area.projects.projects.map((p) => p.name)).toEqual(["Tenant union — Eastside"]);
    area.addCampaign();
    expect(listProjects).toHaveBeenCalledTimes(2);
    const draft = area.adding!;
    expect(draft.values.project).toBeNull();
    draft.values.name = "Heat for Cermak";
    draft.values.project = projectId("pr-1");
    expect(await area.saveAdding()).toBe(true);
    expect(create.createCampaign).toHaveBeenCalledWith({ name: "Heat for Cermak", issue: null, project_id: "pr-1" });
    expect(area.projects.nameOf(area.campaign.detail!.fields.project_id)).toBe("Tenant union — Eastside");
  });

  it("changes the project a campaign grows out of, or takes it away", async () => {
    const start = campaign("c-1", { fields: { name: "Heat", issue: null, project_id: projectId("pr-1") } });
    const { area, calls } = await entered([start]);
    area.startEdit();
    const draft = area.campaign.editing!;
    expect(draft.values.project).toBe("pr-1");
    expect(draft.dirty).toBe(false);
    draft.values.project = null;
    expect(draft.dirty).toBe(true);
    expect(await area.saveEdit()).toBe(true);
    expect(calls).toEqual(["update Heat / null / null"]);
  });

  it("asks before a half-typed new campaign is cancelled", async () => {
    const { area } = await entered([campaign("c-1")]);
    area.addCampaign();
    area.adding!.values.name = "Bus line";
    area.cancelAdding();
    expect(area.pendingDiscard).not.toBeNull();
    area.confirmDiscard();
    expect(area.adding).toBeNull();
  });

  it("saves the chart and brings the list up to date", async () => {
    const { area, open } = await entered([campaign("c-1")]);
    const chart = area.campaign.chart!;
    chart.setText(chart.addLine("allies")!, "St. Pius parish");
    expect(await area.saveChart()).toBe(true);
    expect(open.saveStrategyChart).toHaveBeenCalledWith("c-1", [
      { id: null, section: "allies", text: "St. Pius parish", target: null },
    ]);
  });

  it("starts afresh for another chapter", async () => {
    const { area } = await entered([campaign("c-1")]);
    area.showTab("maps");
    area.addCampaign();
    await area.enter(2);
    expect(area.adding).toBeNull();
    expect(area.tab).toBe("chart");
  });
});

describe("a campaign's maps", () => {
  const withMap = () =>
    campaign("c-1", { maps: [mapSummary("m-1", { name: "Cermak", nodes: 24, edges: 31 })] });

  it("makes a new map from its name, and the campaign lists it", async () => {
    const { area, calls } = await entered([campaign("c-1")]);
    area.maps.startNew();
    expect(await area.saveMapName()).toBe(false);
    expect(area.maps.naming?.errorFor("name")).toBe("Give the map a name.");
    area.maps.naming!.values.name = "Who decides on the heat";
    expect(await area.saveMapName()).toBe(true);
    expect(calls).toEqual(["create map Who decides on the heat"]);
    expect(area.maps.naming).toBeNull();
    expect(area.campaign.detail?.maps.map((m) => m.name)).toEqual(["Who decides on the heat"]);
    expect(area.list.campaigns[0].maps).toHaveLength(1);
    expect(area.maps.focusTarget).toBe("open:new-map");
  });

  it("renames a map, and asks before a half-typed name is dropped", async () => {
    const { area, calls } = await entered([withMap()]);
    area.maps.startRename(area.campaign.detail!.maps[0]);
    area.maps.naming!.values.name = "The heat";
    area.cancelMapName();
    expect(area.pendingDiscard).not.toBeNull();
    area.keepEditing();
    expect(await area.saveMapName()).toBe(true);
    expect(calls).toEqual(["rename m-1 The heat"]);
    expect(area.campaign.detail?.maps[0].name).toBe("The heat");
    expect(area.maps.focusTarget).toBe("rename:m-1");
  });

  it("deletes a map only once the organizer says yes", async () => {
    const { area, calls } = await entered([withMap()]);
    const map = area.campaign.detail!.maps[0];
    area.maps.askDelete(map);
    area.maps.cancelDelete();
    expect(calls).toEqual([]);
    expect(area.maps.focusTarget).toBe("delete:m-1");
    area.maps.askDelete(map);
    expect(await area.confirmDeleteMap()).toBe(true);
    expect(calls).toEqual(["delete m-1"]);
    expect(area.campaign.detail?.maps).toEqual([]);
  });

  it("imports a map into the campaign, and says in plain words why a file was refused", async () => {
    const { area, maps } = await entered([campaign("c-1")]);
    expect(await area.importMap()).toBe(true);
    expect(maps.importMapFile).toHaveBeenCalledWith("c-1");
    expect(area.maps.imported?.map.name).toBe("From Kumu");
    expect(area.campaign.detail?.maps.map((m) => m.id)).toEqual(["kumu"]);

    maps.importMapFile = vi.fn(async () => {
      throw {
        kind: "invalid_input",
        message: "the map has no people or institutions in it",
        details: null,
      };
    });
    expect(await area.importMap()).toBe(false);
    expect(area.maps.importError?.message).toBe("the map has no people or institutions in it");
    expect(area.maps.imported).toBeNull();
    expect(area.maps.importing).toBe(false);

    maps.importMapFile = vi.fn(async () => null);
    expect(await area.importMap()).toBe(false);
    expect(area.maps.importError).toBeNull();
  });

  it("says where an export was saved, and nothing when the dialog was closed", async () => {
    const { area, maps } = await entered([withMap()]);
    area.maps.toggleExport(mapId("m-1"));
    await area.maps.exportAs(mapId("m-1"), "svg");
    expect(area.maps.exported).toEqual({ mapId: "m-1", path: "/home/rosa/m-1.svg", error: null });
    expect(area.maps.exportOpen).toBeNull();

    maps.exportMapFile = vi.fn(async () => null);
    area.maps.toggleExport(mapId("m-1"));
    await area.maps.exportAs(mapId("m-1"), "kumu");
    expect(area.maps.exportOpen).toBe("m-1");
    expect(area.maps.exported?.path).toBe("/home/rosa/m-1.svg");
  });

  it("opens a map in place of the campaign, and comes back to Maps with the counts fetched again", async () => {
    const { area, open } = await entered([withMap()]);
    area.openMap(mapId("m-1"));
    expect(area.maps.openId).toBe("m-1");
    const fetched = vi.mocked(open.getCampaign).mock.calls.length;
    area.closeMap();
    await settle();
    expect(area.maps.openId).toBeNull();
    expect(area.tab).toBe("maps");
    expect(area.maps.focusTarget).toBe("open:m-1");
    expect(vi.mocked(open.getCampaign).mock.calls.length).toBe(fetched + 1);
  });
});
