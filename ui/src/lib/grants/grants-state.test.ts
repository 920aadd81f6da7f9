import { describe, expect, it, vi } from "vitest";
import type {
  Application,
  ApplicationId,
  ApplicationInput,
  BudgetLineInput,
  InitiativeInput,
  MilestoneInput,
  PersonId,
  ProjectId,
} from "../api/types";
import { project } from "../campaigns/test-campaigns";
import { detail } from "../people/test-people";
import { ChapterProjects } from "../campaigns/projects.svelte";
import { applicationId, personId, projectId } from "../test-ids";
import { ApplicationList } from "./application-list.svelte";
import { Grants } from "./grants.svelte";
import { OpenApplication, type OpenApplicationPorts } from "./open-application.svelte";
import { amountRefused, application, budgetLine, initiative, milestone, missing } from "./test-grants";

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const needsDescription = missing("initiative.description", "say what the initiative does");
const needsBudget = missing("budget", "add the budget, line by line");

/**
 * A pretend backend holding applications in memory, newest first, and one initiative: what an
 * application still needs follows from both, as the real one works it out (in part).
 */
function fakeBackend(held: Application[], projects = [project("pr-1", "Tenant union — Eastside")]) {
  let stored = [...held];
  let theInitiative = initiative();
  const calls: string[] = [];
  const find = (id: ApplicationId) => {
    const found = stored.find((a) => a.id === id);
    if (!found) throw { kind: "not_found", message: "gone", details: null };
    return withMissing(found);
  };
  const withMissing = (a: Application): Application => ({
    ...a,
    missing: [
      ...(theInitiative.fields.description === null ? [needsDescription] : []),
      ...(a.budget.length === 0 ? [needsBudget] : []),
    ],
  });
  const put = (next: Application) => {
    stored = stored.map((a) => (a.id === next.id ? next : a));
    return withMissing(next);
  };
  const ports: OpenApplicationPorts = {
    getApplication: vi.fn(async (id: ApplicationId) => find(id)),
    getInitiative: vi.fn(async (p: ProjectId) => ({ ...theInitiative, project_id: p })),
    saveInitiativePartners: vi.fn(async (p: ProjectId) => ({ ...theInitiative, project_id: p })),
    initiativeEvidence: vi.fn(async () => []),
    saveInitiative: vi.fn(async (_p: ProjectId, input: InitiativeInput) => {
      calls.push(`initiative ${input.description}`);
      theInitiative = initiative(input);
      return theInitiative;
    }),
    updateApplication: vi.fn(async (id: ApplicationId, input: ApplicationInput) => {
      if (input.amount_cents > 100_000) throw amountRefused("$1,200.00");
      calls.push(`update ${input.amount_cents}`);
      return put({ ...find(id), fields: input });
    }),
    saveGrantBudget: vi.fn(async (id: ApplicationId, lines: BudgetLineInput[]) => {
      const budget = lines.map((l, i) => budgetLine(`b-${i}`, l));
      const total = budget.reduce((sum, l) => sum + l.total_cents, 0);
      return put({ ...find(id), budget, budget_total_cents: total });
    }),
    saveGrantMilestones: vi.fn(async (id: ApplicationId, ms: MilestoneInput[]) =>
      put({ ...find(id), milestones: ms.map((m, i) => milestone(`m-${i}`, m)) }),
    ),
    checkApplication: vi.fn(async () => []),
    getPerson: vi.fn(async (id: PersonId) => detail({ id, first_name: "Rosa", last_name: "Martínez" })),
  };
  const start = {
    createApplication: vi.fn(async (p: ProjectId, input: ApplicationInput) => {
      const made = application(`a-${stored.length + 1}`, { project_id: p, fields: input });
      stored = [made, ...stored];
      return withMissing(made);
    }),
    checkApplication: vi.fn(async () => []),
  };
  const area = new Grants({
    list: new ApplicationList(async () => stored.map(withMissing)),
    application: new OpenApplication(ports),
    projects: new ChapterProjects(async () => projects),
    start,
    today: () => "2026-11-20",
    exportFile: vi.fn(async (id: ApplicationId) => ({
      path: "/home/rosa/Documents/eastside.json",
      fingerprint: "A843-28FA-AE82-5285",
      application: put({ ...find(id), status: "submitted" as const }),
    })),
  });
  return { area, ports, start, calls };
}

describe("the Grants area", () => {
  it("opens the newest application with its initiative, and what it still needs", async () => {
    const { area } = fakeBackend([application("a-2"), application("a-1")]);
    await area.enter(1);
    await settle();
    expect(area.list.applications.map((a) => a.id)).toEqual(["a-2", "a-1"]);
    expect(area.list.selectedId).toBe("a-2");
    const open = area.application;
    expect(open.detail?.missing.map((m) => m.key)).toEqual(["initiative.description", "budget"]);
    expect(open.initiative?.title).toBe("Tenant union — Eastside");
    expect(open.initiativeForm?.values.description).toBe("");
    expect(open.applicationForm?.values.amount).toBe("800");
    expect(open.budget?.lines).toEqual([]);
    expect(open.dirty).toBe(false);
  });

  it("shows a sent application to be read, with no forms", async () => {
    const { area } = fakeBackend([application("a-1", { status: "submitted" })]);
    await area.enter(1);
    await settle();
    expect(area.application.isDraft).toBe(false);
    expect(area.application.applicationForm).toBeNull();
    expect(area.application.budget).toBeNull();
    expect(area.application.initiativeForm).toBeNull();
    expect(area.application.initiative).not.toBeNull();
  });

  it("fetches the name of who is responsible, and knows the one just picked", async () => {
    const { area, ports } = fakeBackend([application()]);
    await ports.saveInitiative(projectId("pr-1"), { ...initiative().fields, responsible_id: personId("p-9") });
    await area.enter(1);
    await settle();
    const open = area.application;
    expect(open.names.name(personId("p-9"))).toBe("Rosa Martínez");
    open.pickResponsible({ id: personId("p-3"), name: "Luis Ortega" });
    expect(open.initiativeForm?.values.responsibleId).toBe("p-3");
    expect(open.names.name(personId("p-3"))).toBe("Luis Ortega");
    expect(ports.getPerson).toHaveBeenCalledTimes(1);
    expect(area.dirty).toBe(true);
  });

  it("saves the initiative, then fetches the application again so what it needs follows", async () => {
    const { area, calls } = fakeBackend([application()]);
    await area.enter(1);
    await settle();
    const open = area.application;
    open.initiativeForm!.values.description = "Tenants of three buildings organize for repairs";
    open.initiativeForm!.values.goals.goal_reached = "120";
    expect(await area.saveInitiative()).toBe(true);
    expect(calls).toEqual(["initiative Tenants of three buildings organize for repairs"]);
    expect(open.initiative?.fields.goal_reached).toBe(120);
    expect(open.detail?.missing.map((m) => m.key)).toEqual(["budget"]);
    expect(area.list.applications[0].missing.map((m) => m.key)).toEqual(["budget"]);
    expect(open.initiativeForm?.dirty).toBe(false);
    expect(open.initiativeForm?.justSaved).toBe(true);
  });

  it("refuses a goal that is not a whole number, beside it", async () => {
    const { area, calls } = fakeBackend([application()]);
    await area.enter(1);
    await settle();
    const form = area.application.initiativeForm!;
    form.values.goals.goal_new_leaders = "a few";
    expect(await area.saveInitiative()).toBe(false);
    expect(form.errorFor("goal_new_leaders")).toBe("Write a whole number, like 40.");
    expect(calls).toEqual([]);
  });

  it("shows a refused amount beside it and leaves the form as typed", async () => {
    const { area } = fakeBackend([application()]);
    await area.enter(1);
    await settle();
    const form = area.application.applicationForm!;
    form.values.amount = "1200";
    form.values.sustaining = "Dues from the new members";
    expect(await area.saveApplication()).toBe(false);
    expect(form.messageFor("amount_cents")).toBe(
      "A grant is between $500.00 and $1,000.00; $1,200.00 is outside that.",
    );
    expect(area.application.applicationForm).toBe(form);
    expect(form.values.sustaining).toBe("Dues from the new members");
    expect(area.application.detail?.fields.amount_cents).toBe(80_000);
  });

  it("saves the application's fields and starts the form afresh from what was saved", async () => {
    const { area, calls } = fakeBackend([application()]);
    await area.enter(1);
    await settle();
    area.application.applicationForm!.values.amount = "950.5";
    expect(await area.saveApplication()).toBe(true);
    expect(calls).toEqual(["update 95050"]);
    expect(area.application.applicationForm?.values.amount).toBe("950.50");
    expect(area.application.applicationForm?.justSaved).toBe(true);
    expect(area.list.applications[0].fields.amount_cents).toBe(95_050);
  });

  it("saves the budget and the timeline, and the list follows", async () => {
    const { area } = fakeBackend([application()]);
    await area.enter(1);
    await settle();
    const open = area.application;
    const key = open.budget!.addLine();
    open.budget!.set(key, "item", "Food for house meetings");
    open.budget!.set(key, "unitCost", "800");
    expect(await area.saveBudget()).toBe(true);
    expect(open.detail?.budget_total_cents).toBe(80_000);
    expect(open.detail?.missing.map((m) => m.key)).toEqual(["initiative.description"]);
    expect(area.list.applications[0].missing).toHaveLength(1);
    const day = open.milestones!.addLine();
    open.milestones!.set(day, "dueOn", "2027-03-01");
    open.milestones!.set(day, "what", "First tenant assembly");
    expect(await area.saveMilestones()).toBe(true);
    expect(open.detail?.milestones).toHaveLength(1);
    expect(open.dirty).toBe(false);
  });

  it("sends the organizer from what it still needs to the field that fills it in", async () => {
    const { area } = fakeBackend([application()]);
    await area.enter(1);
    await settle();
    const open = area.application;
    open.goTo("initiative.description");
    expect(open.focusTarget).toBe("initiative.description");
    expect(open.placeOf("budget")).toBe("budget:add");
    const key = open.budget!.addLine();
    expect(open.placeOf("budget")).toBe(`budget:${key}:item`);
    expect(open.placeOf("milestones")).toBe("milestones:add");
    expect(open.placeOf("something new")).toBeNull();
  });

  it("starts a new application for the only project, and opens it once made", async () => {
    const { area, start } = fakeBackend([]);
    await area.enter(1);
    expect(area.list.isEmpty).toBe(true);
    area.addApplication();
    const draft = area.adding!;
    expect(draft.values).toEqual({ project: "pr-1", amount: "", startsOn: "2026-12-01", endsOn: "2027-03-31" });
    expect(await area.saveAdding()).toBe(false);
    expect(draft.errorFor("amount_cents")).toBe("Write the amount asked, in dollars.");
    draft.values.amount = "800";
    expect(await area.saveAdding()).toBe(true);
    expect(start.createApplication).toHaveBeenCalledWith("pr-1", {
      amount_cents: 80_000,
      starts_on: "2026-12-01",
      ends_on: "2027-03-31",
      base_building: null,
      sustaining: null,
    });
    expect(area.adding).toBeNull();
    expect(area.list.selectedId).toBe("a-1");
    expect(area.application.detail?.id).toBe("a-1");
    expect(area.application.focusRequested).toBe(true);
    expect(area.list.applications).toHaveLength(1);
  });

  it("leaves the project to choose when the chapter has several, or none", async () => {
    const several = fakeBackend([], [project("pr-1", "Tenant union"), project("pr-2", "Food pantry")]);
    await several.area.enter(1);
    several.area.addApplication();
    expect(several.area.adding?.values.project).toBeNull();
    const none = fakeBackend([], []);
    await none.area.enter(1);
    none.area.addApplication();
    expect(none.area.projects.projects).toEqual([]);
    expect(none.area.adding?.values.project).toBeNull();
  });

  it("asks before dropping typing, when another application is chosen", async () => {
    const { area } = fakeBackend([application("a-2"), application("a-1")]);
    await area.enter(1);
    await settle();
    area.application.applicationForm!.values.baseBuilding = "Door knocking";
    area.select(applicationId("a-1"));
    expect(area.pendingDiscard).not.toBeNull();
    expect(area.list.selectedId).toBe("a-2");
    area.keepEditing();
    area.select(applicationId("a-1"));
    area.confirmDiscard();
    await settle();
    expect(area.list.selectedId).toBe("a-1");
    expect(area.application.applicationForm?.values.baseBuilding).toBe("");
  });

  it("starts afresh for another chapter", async () => {
    const { area } = fakeBackend([application()]);
    await area.enter(1);
    await settle();
    area.addApplication();
    await area.enter(2);
    expect(area.adding).toBeNull();
    expect(area.list.selectedId).toBe("a-1");
  });

  it("sends an application to national: it shows as sent, and where the file went stays said", async () => {
    const { area } = fakeBackend([application("a-1")]);
    await area.enter(1);
    await settle();
    const sending = area.sendingFor(applicationId("a-1"));
    await sending.send();
    await settle();
    expect(area.application.detail?.status).toBe("submitted");
    expect(area.application.isDraft).toBe(false);
    expect(area.list.applications[0].status).toBe("submitted");
    // The record is drawn again for the sent application: the same sending, its notice kept.
    expect(area.sendingFor(applicationId("a-1"))).toBe(sending);
    expect(sending.sent?.path).toBe("/home/rosa/Documents/eastside.json");
  });
});
