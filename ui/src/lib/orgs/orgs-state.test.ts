import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { OrgDetail, OrgPage, OrgQuery, Relationship } from "../api/types";
import { orgContactId, orgId, personId } from "../test-ids";
import { Connections } from "./connections.svelte";
import { OpenOrg, type OpenOrgPorts } from "./open-org.svelte";
import { TYPING_PAUSE_MS } from "../navigation/typing-pause";
import { OrgList } from "./org-list.svelte";
import { OrgExport, OrgImport } from "./org-transfer.svelte";
import { Orgs, type OrgsParts } from "./orgs.svelte";
import { participant, PersonPick } from "./person-pick.svelte";
import { PersonTies } from "./person-ties.svelte";
import {
  connectionsAssessment,
  contact,
  detail,
  organization,
  orgSummary,
  ranked,
  refusal,
  tie,
} from "./test-orgs";
import { ToTendList } from "./to-tend.svelte";
import { plain } from "../i18n/locale.svelte";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

const page = (...ids: string[]): OrgPage => ({
  organizations: ids.map((id) => orgSummary(id)),
  total: ids.length,
});

function listWith(search: (query: OrgQuery) => Promise<OrgPage>): OrgList {
  return new OrgList({ searchOrgs: search, orgAreas: async () => ["Eastside", "Mill Hill"] });
}

function openPorts(over: Partial<OpenOrgPorts> = {}): OpenOrgPorts {
  return {
    getOrg: vi.fn(async (id) => detail({ organization: organization({ id }) })),
    updateOrg: vi.fn(async (id, input) => detail({ organization: organization({ id, fields: input }) })),
    changeRelationship: vi.fn(async (id, relationship: Relationship) =>
      detail({ organization: organization({ id, relationship }) }),
    ),
    logOrgContact: vi.fn(async (id) => detail({ organization: organization({ id }), contacts: [contact()] })),
    completeOrgNextStep: vi.fn(async () => detail()),
    setTie: vi.fn(async () => tie()),
    removeTie: vi.fn(async () => {}),
    ...over,
  };
}

function area(over: { open?: Partial<OpenOrgPorts>; create?: OrgsParts["create"]["createOrg"] } = {}) {
  const search = vi.fn(async () => page("o-1", "o-2"));
  const tendLoad = vi.fn(async () => ({ weeks: 6, quiet: [], due: [] }));
  const ranking = vi.fn(async () => [ranked("o-1")]);
  const created = detail({ organization: organization({ id: orgId("o-9"), fields: { ...organization().fields, name: "Local 73" } }) });
  const parts: OrgsParts = {
    list: listWith(search),
    org: new OpenOrg(openPorts(over.open)),
    tend: new ToTendList({ orgsToTend: tendLoad }),
    connections: new Connections({ connectionsRanking: ranking, connectionsAssessment: async () => connectionsAssessment() }),
    importer: new OrgImport({ chooseListFile: async () => null, importOrgs: vi.fn() }),
    exporter: new OrgExport({ exportOrgs: async () => null }),
    create: { createOrg: over.create ?? vi.fn(async () => created) },
  };
  return { orgs: new Orgs(parts), parts, search, tendLoad, ranking };
}

describe("OrgList", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("never lets an older answer overwrite a newer one", async () => {
    const answers: Array<ReturnType<typeof deferred<OrgPage>>> = [];
    const list = listWith(() => {
      const answer = deferred<OrgPage>();
      answers.push(answer);
      return answer.promise;
    });
    const first = list.searchNow();
    const second = list.searchNow();
    answers[1].resolve(page("new"));
    await second;
    answers[0].resolve(page("old-1", "old-2"));
    await first;
    expect(list.orgs.map((o) => o.id)).toEqual(["new"]);
  });

  it("searches once at the start of a burst of typing and once at its end", async () => {
    const asked: Array<string | null> = [];
    const list = listWith(async (query) => {
      asked.push(query.text);
      return page();
    });
    for (const text of ["s", "sa", "san"]) {
      list.text = text;
      list.changed();
      vi.advanceTimersByTime(TYPING_PAUSE_MS / 2);
    }
    expect(asked).toEqual(["s"]);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(asked).toEqual(["s", "san"]);
  });

  it("tells an empty directory from a search that found nothing", async () => {
    const list = listWith(async () => page());
    await list.searchNow();
    expect(list.isEmpty).toBe(true);
    list.text = "zion";
    await list.searchNow();
    expect(list.isEmpty).toBe(false);
  });

  it("sends the filters and loads the areas for them", async () => {
    const search = vi.fn(async () => page());
    const list = listWith(search);
    list.filters.relationship = "partner";
    list.filters.area = "Eastside";
    await list.searchNow();
    await list.loadAreas();
    expect(search).toHaveBeenCalledWith(
      expect.objectContaining({ relationship: "partner", area: "Eastside", limit: 300 }),
    );
    expect(list.areas).toEqual(["Eastside", "Mill Hill"]);
  });
});

describe("OpenOrg", () => {
  it("shows a refused relationship change beside who is changing it", async () => {
    const open = new OpenOrg(
      openPorts({
        changeRelationship: async () => {
          throw refusal("changed_by", "changed by", "say who is making this change");
        },
      }),
    );
    await open.show(orgId("o-1"));
    open.startRelationshipChange("Ana");
    open.relationship!.values.relationship = "partner";
    expect(await open.saveRelationship()).toBe(false);
    expect(open.relationship?.errorFor("changed_by")).toBe("Say who is making this change.");
    expect(open.relationship?.formError).toBeNull();
  });

  it("closes the relationship form once saved, with the record as it now stands", async () => {
    const ports = openPorts();
    const open = new OpenOrg(ports);
    await open.show(orgId("o-1"));
    open.startRelationshipChange("Ana");
    open.relationship!.values.relationship = "partner";
    open.relationship!.values.reason = "  Co-hosted the rent clinic ";
    expect(await open.saveRelationship()).toBe(true);
    expect(ports.changeRelationship).toHaveBeenCalledWith("o-1", "partner", "Co-hosted the rent clinic", "Ana");
    expect(open.relationship).toBeNull();
    expect(open.detail?.organization.relationship).toBe("partner");
  });

  it("refuses to send a relationship change that changes nothing", async () => {
    const ports = openPorts();
    const open = new OpenOrg(ports);
    await open.show(orgId("o-1"));
    open.startRelationshipChange("Ana");
    expect(await open.saveRelationship()).toBe(false);
    expect(open.relationship?.errorFor("relationship")).toMatch(/already Friendly/);
    expect(ports.changeRelationship).not.toHaveBeenCalled();
  });

  it("shows a contact the backend refused beside the field it names", async () => {
    const open = new OpenOrg(
      openPorts({
        logOrgContact: async () => {
          throw refusal("next_step_due", "next step's date", "the follow-up comes after the conversation");
        },
      }),
    );
    await open.show(orgId("o-1"));
    open.startContact("2026-03-10", "Ana");
    open.contact!.values.summary = "Met the board";
    expect(await open.saveContact()).toBe(false);
    expect(open.contact?.errorFor("next_step_due")).toBe("The follow-up comes after the conversation.");
  });

  it("logs a contact with the people who took part, and closes the form", async () => {
    const ports = openPorts();
    const open = new OpenOrg(ports);
    await open.show(orgId("o-1"));
    open.startContact("2026-03-10", "Ana");
    const draft = open.contact!;
    draft.values.summary = "Met the board";
    expect(draft.addPerson({ id: personId("p-1"), name: "Rosa" })).toBe(true);
    expect(draft.addPerson({ id: personId("p-1"), name: "Rosa" })).toBe(false);
    expect(await open.saveContact()).toBe(true);
    expect(ports.logOrgContact).toHaveBeenCalledWith(
      "o-1",
      expect.objectContaining({ people: ["p-1"], logged_by: "Ana" }),
    );
    expect(open.contact).toBeNull();
    expect(open.detail?.contacts).toHaveLength(1);
  });

  it("sets a tie, then fetches the record again to show it", async () => {
    const ports = openPorts();
    const open = new OpenOrg(ports);
    await open.show(orgId("o-1"));
    open.startTie();
    expect(await open.saveTie()).toBe(false);
    expect(open.tie?.errorFor("person_id")).toMatch(/Pick who is tied/);
    open.tie!.values.person = { id: personId("p-1"), name: "Rosa" };
    open.tie!.values.strength = 4;
    expect(await open.saveTie()).toBe(true);
    expect(ports.setTie).toHaveBeenCalledWith(expect.objectContaining({ person_id: "p-1", strength: 4 }));
    expect(ports.getOrg).toHaveBeenCalledTimes(2);
    expect(open.tie).toBeNull();
  });

  it("shows a strength the backend refused beside the scale", async () => {
    const open = new OpenOrg(
      openPorts({
        setTie: async () => {
          throw refusal("strength", "strength", "a tie's strength is 1 to 5, not 7");
        },
      }),
    );
    await open.show(orgId("o-1"));
    open.startTie(tie());
    expect(await open.saveTie()).toBe(false);
    expect(open.tie?.errorFor("strength")).toBe("A tie's strength is 1 to 5, not 7.");
  });

  it("removes a tie only after a yes", async () => {
    const ports = openPorts();
    const open = new OpenOrg(ports);
    await open.show(orgId("o-1"));
    open.askRemoveTie(tie());
    open.cancelRemoveTie();
    expect(await open.confirmRemoveTie()).toBe(false);
    expect(ports.removeTie).not.toHaveBeenCalled();
    open.askRemoveTie(tie());
    expect(await open.confirmRemoveTie()).toBe(true);
    expect(ports.removeTie).toHaveBeenCalledWith("t-1");
  });

  it("closes the forms when another organization opens", async () => {
    const open = new OpenOrg(openPorts());
    await open.show(orgId("o-1"));
    open.startContact("2026-03-10", "Ana");
    open.contact!.values.summary = "typed";
    expect(open.dirty).toBe(true);
    await open.show(orgId("o-1"));
    expect(open.contact).not.toBeNull();
    await open.show(orgId("o-2"));
    expect(open.contact).toBeNull();
    expect(open.dirty).toBe(false);
  });
});

describe("Orgs", () => {
  it("refuses a nameless organization beside its name, and adds nothing", async () => {
    const create = vi.fn(async (): Promise<OrgDetail> => {
      throw refusal("name", "name", "give the organization a name");
    });
    const { orgs } = area({ create });
    orgs.addOrg();
    const draft = orgs.adding!;
    draft.values.addedBy = "Ana";
    expect(await orgs.saveAdding()).toBe(false);
    // The form's own check says so first; nothing is sent.
    expect(create).not.toHaveBeenCalled();
    expect(draft.errorFor("name")).toBe("Write the organization's name.");
    // Were it sent (a name of spaces the form let through), the backend's refusal shows there too.
    draft.values.name = "x";
    expect(await orgs.saveAdding()).toBe(false);
    expect(draft.errorFor("name")).toBe("Give the organization a name.");
    expect(orgs.adding).toBe(draft);
    expect(orgs.org.id).toBeNull();
  });

  it("shows the backend's refusal of a blank 'added by' beside that field", async () => {
    const create = vi.fn(async (): Promise<OrgDetail> => {
      throw refusal("added_by", "added by", "say who is adding this organization");
    });
    const { orgs } = area({ create });
    orgs.addOrg();
    const draft = orgs.adding!;
    draft.values.name = "Local 73";
    draft.values.addedBy = "Ana";
    expect(await orgs.saveAdding()).toBe(false);
    expect(create).toHaveBeenCalled();
    expect(draft.serverField).toBe("added_by");
    expect(draft.errorFor("added_by")).toBe("Say who is adding this organization.");
    expect(draft.formError).toBeNull();
    expect(orgs.adding).toBe(draft);
  });

  it("adds an organization, opens it and selects it in the directory", async () => {
    const { orgs, parts, tendLoad } = area();
    orgs.addOrg();
    orgs.adding!.values.name = "Local 73";
    orgs.adding!.values.addedBy = "Ana";
    orgs.adding!.values.relationship = "ally";
    expect(await orgs.saveAdding()).toBe(true);
    expect(parts.create.createOrg).toHaveBeenCalledWith(
      expect.objectContaining({ name: "Local 73" }),
      "ally",
      "Ana",
    );
    expect(orgs.adding).toBeNull();
    expect(orgs.org.id).toBe("o-9");
    expect(orgs.list.selectedId).toBe("o-9");
    expect(orgs.org.focusRequested).toBe(true);
    expect(tendLoad).toHaveBeenCalled();
  });

  it("asks before dropping a half-typed contact to open another organization", async () => {
    const { orgs } = area();
    orgs.select(orgId("o-1"));
    await vi.waitFor(() => expect(orgs.org.detail).not.toBeNull());
    orgs.org.startContact("2026-03-10", "Ana");
    orgs.org.contact!.values.summary = "typed";
    orgs.select(orgId("o-2"));
    expect(orgs.pendingDiscard).not.toBeNull();
    expect(orgs.org.id).toBe("o-1");
    orgs.confirmDiscard();
    expect(orgs.org.id).toBe("o-2");
    expect(orgs.org.contact).toBeNull();
  });

  it("opens an organization named on another tab in the directory", () => {
    const { orgs, ranking } = area();
    orgs.showTab("connections");
    expect(ranking).toHaveBeenCalled();
    orgs.openInDirectory(orgId("o-2"));
    expect(orgs.tab).toBe("directory");
    expect(orgs.list.selectedId).toBe("o-2");
    expect(orgs.org.focusRequested).toBe(true);
  });

  it("marks a next step done and looks again at what to tend", async () => {
    const { orgs, tendLoad, parts } = area();
    await orgs.org.show(orgId("o-1"));
    tendLoad.mockClear();
    expect(await orgs.completeNextStep(orgContactId("c-1"))).toBe(true);
    expect(tendLoad).toHaveBeenCalledTimes(1);
    expect(parts.org.detail?.organization.id).toBe("o-1");
  });

  it("starts afresh for another chapter", async () => {
    const { orgs } = area();
    orgs.enter(1);
    orgs.select(orgId("o-1"));
    orgs.showTab("tend");
    orgs.enter(2);
    expect(orgs.tab).toBe("directory");
    expect(orgs.list.selectedId).toBeNull();
    expect(orgs.org.id).toBeNull();
  });
});

describe("what to tend and the ranking", () => {
  it("asks for the weeks chosen", async () => {
    const load = vi.fn(async (weeks: number) => ({ weeks, quiet: [], due: [] }));
    const tend = new ToTendList({ orgsToTend: load });
    await tend.load();
    expect(load).toHaveBeenLastCalledWith(6);
    await tend.setWeeks(12);
    expect(load).toHaveBeenLastCalledWith(12);
    expect(tend.isEmpty).toBe(true);
  });

  it("shows only the organizations someone is tied to, and counts the rest", async () => {
    const connections = new Connections({
      connectionsRanking: async () => [ranked("a"), ranked("b", { members: 0, strength: 0 })],
      connectionsAssessment: async () => connectionsAssessment(),
    });
    await connections.load();
    expect(connections.tied.map((o) => o.id)).toEqual(["a"]);
    expect(connections.untied).toBe(1);
  });
});

describe("PersonPick", () => {
  it("asks for a few people by the letters typed, and picks with the keys", async () => {
    const search = vi.fn(async () => ({
      people: [
        { ...personSummary("p-1"), display_name: "Rosa Delgado" },
        { ...personSummary("p-2"), display_name: "Rosalind Okafor" },
      ],
      total: 2,
    }));
    const pick = new PersonPick({ searchPeople: search });
    await pick.search(" ros ");
    expect(search).toHaveBeenCalledWith(expect.objectContaining({ text: "ros", limit: 8 }));
    expect(pick.answers("ros ")).toBe(true);
    expect(participant(pick.matches[pick.active])).toEqual({ id: "p-1", name: "Rosa Delgado" });
    pick.move(1, pick.matches.length);
    pick.move(1, pick.matches.length);
    expect(participant(pick.matches[pick.active]).name).toBe("Rosalind Okafor");
    pick.clear();
    expect(pick.matches).toEqual([]);
    expect(pick.answers("ros")).toBe(false);
  });

  it("asks nothing for an empty box", async () => {
    const search = vi.fn();
    const pick = new PersonPick({ searchPeople: search });
    await pick.search("  ");
    expect(search).not.toHaveBeenCalled();
    expect(pick.matches).toEqual([]);
  });
});

function personSummary(id: string) {
  return {
    id: personId(id),
    display_name: "",
    phone: null,
    email: null,
    zip: null,
    ladder_level: "contact",
    membership_status: null,
    needs_childcare: false,
    is_sample: false,
  };
}

describe("a person's ties", () => {
  it("forgets another person's ties at once", async () => {
    const ties = new PersonTies({ tiesOfPerson: async (id) => [tie({ person_id: id })] });
    await ties.load(personId("p-1"));
    expect(ties.ties).toHaveLength(1);
    const pending = ties.load(personId("p-2"));
    expect(ties.ties).toEqual([]);
    await pending;
    expect(ties.ties[0].person_id).toBe("p-2");
  });
});

describe("importing and exporting", () => {
  it("asks who is importing before the file", async () => {
    const choose = vi.fn(async () => "/lists/orgs.csv");
    const importOrgs = vi.fn(async () => ({ read_as: plain("CSV"), added: 4, already_there: 1 }));
    const importer = new OrgImport({ chooseListFile: choose, importOrgs });
    importer.open();
    importer.importedBy = " ";
    expect(await importer.choose()).toBeNull();
    expect(importer.importedByError).toMatch(/Write your name/);
    expect(choose).not.toHaveBeenCalled();
    importer.importedBy = "Ana";
    expect(await importer.choose()).not.toBeNull();
    expect(choose).toHaveBeenCalledWith({
      title: "Choose the list of organizations",
      filter: "Lists of organizations",
    });
    expect(importOrgs).toHaveBeenCalledWith("/lists/orgs.csv", "Ana");
    expect(importer.state).toMatchObject({ phase: "done", file: "orgs.csv" });
  });

  it("goes back to the question when the dialog is closed, and shows a refused file", async () => {
    const importer = new OrgImport({
      chooseListFile: async () => null,
      importOrgs: vi.fn(),
    });
    importer.open();
    importer.importedBy = "Ana";
    await importer.choose();
    expect(importer.state.phase).toBe("asking");
    const refused = new OrgImport({
      chooseListFile: async () => "/lists/bad.csv",
      importOrgs: async () => {
        throw refusal("", "line 3", "'spaceship' is not a kind of organization Groundwork knows");
      },
    });
    refused.open();
    refused.importedBy = "Ana";
    await refused.choose();
    expect(refused.state).toMatchObject({ phase: "failed", file: "bad.csv" });
  });

  it("exports in the format chosen, and goes back to the choice when the dialog is closed", async () => {
    const exportOrgs = vi.fn(async () => null);
    const exporter = new OrgExport({ exportOrgs });
    exporter.open();
    exporter.format = "json";
    await exporter.save();
    expect(exportOrgs).toHaveBeenCalledWith("json");
    expect(exporter.state.phase).toBe("choosing");
  });
});
