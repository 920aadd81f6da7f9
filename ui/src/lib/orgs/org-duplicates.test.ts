import { describe, expect, it, vi } from "vitest";
import type { OrgDuplicatePair, OrgMerge, OrgSide } from "../api/types";
import { orgId, orgMergeId } from "../test-ids";
import { Connections } from "./connections.svelte";
import { OpenOrg } from "./open-org.svelte";
import {
  OrgDuplicates,
  orgLikenessText,
  orgPairKey,
  type OrgDuplicatePorts,
} from "./org-duplicates.svelte";
import { OrgList } from "./org-list.svelte";
import { OrgExport, OrgImport } from "./org-transfer.svelte";
import { Orgs } from "./orgs.svelte";
import { connectionsAssessment, detail, organization, orgSummary, refusal } from "./test-orgs";
import { ToTendList } from "./to-tend.svelte";

function side(id: string, name: string, ties = 0): OrgSide {
  return { id: orgId(id), name, kind: "union", area: "Riverside", ties };
}

const pair: OrgDuplicatePair = {
  a: side("o-1", "Riverside Home Care Workers Union", 3),
  b: side("o-2", "Home Care Workers Union, Riverside", 1),
  likeness: ["same_words", "same_phone"],
};

const other: OrgDuplicatePair = {
  a: side("o-3", "Mill Hill Tenants"),
  b: side("o-4", "Mill Hill Tenants Association"),
  likeness: ["name_within"],
};

function merge(over: Partial<OrgMerge> = {}): OrgMerge {
  return {
    id: orgMergeId("m-1"),
    kept_id: orgId("o-1"),
    merged_name: "Home Care Workers Union, Riverside",
    merged_id: orgId("o-2"),
    merged_by: "Ana",
    merged_at: "2026-03-01T15:00:00Z",
    undone_at: null,
    ...over,
  };
}

function ports(over: Partial<OrgDuplicatePorts> = {}): OrgDuplicatePorts {
  return {
    orgDuplicates: vi.fn(async () => [pair, other]),
    mergeOrgs: vi.fn(async (kept) =>
      detail({ organization: organization({ id: kept }), merges: [merge({ kept_id: kept })] }),
    ),
    notSameOrgs: vi.fn(async () => null),
    undoOrgMerge: vi.fn(async () => detail({ organization: organization({ id: orgId("o-2") }) })),
    organizer: () => "",
    ...over,
  };
}

function area(p: OrgDuplicatePorts) {
  const search = vi.fn(async () => ({
    organizations: [orgSummary("o-1"), orgSummary("o-2")],
    total: 2,
  }));
  const duplicates = new OrgDuplicates(p);
  const orgs = new Orgs({
    list: new OrgList({ searchOrgs: search, orgAreas: async () => [] }),
    org: new OpenOrg({
      getOrg: vi.fn(async (id) => detail({ organization: organization({ id }) })),
      updateOrg: vi.fn(),
      changeRelationship: vi.fn(),
      logOrgContact: vi.fn(),
      completeOrgNextStep: vi.fn(),
      setTie: vi.fn(),
      removeTie: vi.fn(),
    }),
    tend: new ToTendList({ orgsToTend: async () => ({ weeks: 6, quiet: [], due: [] }) }),
    connections: new Connections({
      connectionsRanking: async () => [],
      connectionsAssessment: async () => connectionsAssessment(),
    }),
    importer: new OrgImport({ chooseListFile: async () => null, importOrgs: vi.fn() }),
    exporter: new OrgExport({ exportOrgs: async () => null }),
    create: { createOrg: vi.fn() },
    duplicates,
  });
  return { orgs, duplicates, search };
}

describe("orgLikenessText", () => {
  it("says why two organizations look alike in words", () => {
    expect(orgLikenessText(["same_words", "same_phone"])).toBe(
      "the same words in their names and the same phone",
    );
  });

  it("keys a pair the same whichever way round", () => {
    expect(orgPairKey(pair)).toBe(orgPairKey({ ...pair, a: pair.b, b: pair.a }));
  });
});

describe("OrgDuplicates", () => {
  it("loads the likely pairs and counts them", async () => {
    const d = new OrgDuplicates(ports());
    expect(d.count).toBe(0);
    await d.load();
    expect(d.count).toBe(2);
    expect(d.loaded).toBe(true);
  });

  it("keeps a by default, swaps to b, and offers the remembered name", async () => {
    const p = ports({ organizer: () => "Rosa" });
    const d = new OrgDuplicates(p);
    await d.load();
    d.startMerge(pair);
    expect(d.merging?.keepA).toBe(true);
    expect(d.mergedBy).toBe("Rosa");
    d.swap();
    await d.merge();
    expect(p.mergeOrgs).toHaveBeenCalledWith(orgId("o-2"), orgId("o-1"), "Rosa");
  });

  it("refuses a merge without a name, beside the field, and merges nothing", async () => {
    const p = ports();
    const d = new OrgDuplicates(p);
    await d.load();
    d.startMerge(pair);
    d.mergedBy = "  ";
    expect(await d.merge()).toBeNull();
    expect(d.mergedByError).toBe("Write your name, so the record says who merged it.");
    expect(p.mergeOrgs).not.toHaveBeenCalled();
    expect(d.merging?.key).toBe(orgPairKey(pair));
  });

  it("shows the backend's merged_by refusal beside the field", async () => {
    const p = ports({
      mergeOrgs: vi.fn(async () => {
        throw refusal("merged_by", "Merged by", "is needed");
      }),
    });
    const d = new OrgDuplicates(p);
    await d.load();
    d.startMerge(pair);
    d.mergedBy = "Ana";
    expect(await d.merge()).toBeNull();
    expect(d.mergedByError).not.toBeNull();
    expect(d.pairError).toBeNull();
  });

  it("marks a pair not the same with who decided, and drops it from the list", async () => {
    const p = ports({ orgDuplicates: vi.fn(async () => [pair, other]) });
    const d = new OrgDuplicates(p);
    await d.load();
    d.startNotSame(other);
    expect(await d.notSame(other)).toBe(false);
    expect(d.decidedByError).not.toBeNull();
    d.decidedBy = "Luis";
    vi.mocked(p.orgDuplicates).mockResolvedValue([pair]);
    expect(await d.notSame(other)).toBe(true);
    expect(p.notSameOrgs).toHaveBeenCalledWith(orgId("o-3"), orgId("o-4"), "Luis");
    expect(d.pairs).toEqual([pair]);
    expect(d.deciding).toBeNull();
  });

  it("keeps an undo's conflict on screen", async () => {
    const p = ports({
      undoOrgMerge: vi.fn(async () => {
        throw { kind: "conflict", message: "already undone" };
      }),
    });
    const d = new OrgDuplicates(p);
    d.askUndo(orgMergeId("m-1"));
    expect(await d.undo()).toBeNull();
    expect(d.undoError).not.toBeNull();
    expect(d.confirmingUndo).toBeNull();
  });
});

describe("Orgs merging and undoing", () => {
  it("opens the kept record after a merge and closes the list", async () => {
    const p = ports();
    const { orgs, duplicates, search } = area(p);
    await duplicates.load();
    duplicates.open();
    duplicates.startMerge(pair);
    duplicates.mergedBy = "Ana";
    vi.mocked(p.orgDuplicates).mockResolvedValue([other]);
    expect(await orgs.mergeDuplicate()).toBe(true);
    expect(p.mergeOrgs).toHaveBeenCalledWith(orgId("o-1"), orgId("o-2"), "Ana");
    expect(orgs.org.detail?.organization.id).toBe("o-1");
    expect(orgs.org.detail?.merges).toHaveLength(1);
    expect(orgs.list.selectedId).toBe("o-1");
    expect(orgs.tab).toBe("directory");
    expect(duplicates.isOpen).toBe(false);
    expect(duplicates.pairs).toEqual([other]);
    expect(search).toHaveBeenCalled();
  });

  it("asks before undoing, then opens the record that came back", async () => {
    const p = ports();
    const { orgs, duplicates } = area(p);
    expect(await orgs.undoMerge()).toBe(false);
    expect(p.undoOrgMerge).not.toHaveBeenCalled();
    duplicates.askUndo(orgMergeId("m-1"));
    expect(await orgs.undoMerge()).toBe(true);
    expect(p.undoOrgMerge).toHaveBeenCalledWith("m-1");
    expect(orgs.org.detail?.organization.id).toBe("o-2");
    expect(orgs.list.selectedId).toBe("o-2");
  });
});
