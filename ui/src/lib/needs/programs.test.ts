import { describe, expect, it, vi } from "vitest";
import type { AssessmentId, Candidate } from "../api/types";
import { assessmentId } from "../test-ids";
// The real client needs a Tauri window; every test hands in fake ports.
import { Needs, type NeedsPorts } from "./needs.svelte";
import { ProgramsState } from "./programs.svelte";
import {
  candidateInput,
  criterionOf,
  defaultProjectName,
  emptyScores,
  fileName,
  needTitle,
  printedSummaryText,
  projectStartedText,
  savedText,
  scoreTotal,
  totalText,
  unscoredText,
  validateProgram,
} from "./programs";
import { fakeForms } from "./test-forms";
import { candidate, fakePrograms } from "./test-programs";
import { assessment, assessmentDetail, needsRanking, survey } from "./test-needs";

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

const names = (list: Candidate[]) => list.map((c) => c.program.id);

async function loaded(overrides: Partial<ReturnType<typeof fakePrograms>["ports"]> = {}) {
  const fake = fakePrograms();
  const ports = { ...fake.ports, ...overrides };
  const programs = new ProgramsState(ports);
  await programs.load(assessmentId("a-1"));
  return { programs, ports };
}

describe("programs: the words and numbers", () => {
  it("totals the scores as the backend does, taking the suggestion for what is felt", () => {
    const suggested = { ...emptyScores(), widely_felt: 4, deeply_felt: 5 };
    expect(scoreTotal(emptyScores(), suggested)).toEqual({ total: 9, unscored: 4 });
    const scores = { ...emptyScores(), widely_felt: 2, winnable: 3, resources: 5 };
    expect(scoreTotal(scores, suggested)).toEqual({ total: 15, unscored: 2 });
    expect(scoreTotal(emptyScores(), emptyScores())).toEqual({ total: 0, unscored: 6 });
  });

  it("says the total and what is left to score", () => {
    expect(totalText(24)).toBe("24 of 30");
    expect(unscoredText(2)).toBe("2 criteria not scored yet");
    expect(unscoredText(1)).toBe("1 criterion not scored yet");
    expect(unscoredText(0)).toBe("");
    expect(savedText(candidate("x", { rank: 2, total: 24 }), 8)).toBe("Saved. Now 2nd of 8, 24 of 30.");
    expect(savedText(candidate("x", { rank: 11, total: 6 }), 12)).toBe("Saved. Now 11th of 12, 6 of 30.");
    expect(savedText(undefined, 3)).toBe("Saved.");
  });

  it("titles the needs as the survey does, in English where it can", () => {
    const asked = survey();
    expect(needTitle("housing", asked)).toBe("Housing");
    // No English title: the survey's first language.
    expect(needTitle("work", asked)).toBe("Trabajo");
    // Not asked in this survey: the key, readable.
    expect(needTitle("child_care", asked)).toBe("Child care");
  });

  it("finds the criterion the backend's refusal is about", () => {
    // By the key of the candidate input the backend names: its scores, one by one.
    expect(criterionOf("scores.winnable")).toBe("winnable");
    expect(criterionOf("scores.builds_base")).toBe("builds_base");
    expect(criterionOf("scores.widely_felt")).toBe("widely_felt");
    expect(criterionOf("scores.no_such")).toBeNull();
    expect(criterionOf("winnable")).toBeNull();
    expect(criterionOf("program")).toBeNull();
    expect(criterionOf(null)).toBeNull();
  });

  it("sends blank notes as none", () => {
    const values = { scores: emptyScores(), notes: "  ", shortlisted: true };
    expect(candidateInput("p", values)).toEqual({
      program_id: "p",
      scores: emptyScores(),
      notes: null,
      shortlisted: true,
    });
    expect(candidateInput("p", { ...values, notes: " Church hall free " }).notes).toBe("Church hall free");
  });

  it("names projects, programs and printed files", () => {
    expect(defaultProjectName("Tenant union ", "Eastside spring 2026")).toBe(
      "Tenant union — Eastside spring 2026",
    );
    expect(projectStartedText({ name: "Tenant union — Eastside", status: "planning" })).toBe(
      "Project 'Tenant union — Eastside' started (planning)",
    );
    expect(validateProgram({ name: " ", description: "", needs: [] })).toEqual({
      name: "Give the program a name.",
      needs: "Tick at least one need it answers.",
    });
    expect(fileName("C:\\Users\\ana\\needs-summary-K7QF.pdf")).toBe("needs-summary-K7QF.pdf");
    expect(printedSummaryText({ path: "/home/ana/Groundwork/needs-summary-K7QF.pdf", pages: 4 })).toBe(
      "Printed needs-summary-K7QF.pdf (4 pages)",
    );
  });
});

describe("ProgramsState", () => {
  it("ranks every program in the catalogue as a candidate", async () => {
    const { programs, ports } = await loaded();
    expect(ports.programCandidates).toHaveBeenCalledWith("a-1");
    expect(programs.loaded).toBe(true);
    expect(names(programs.candidates)).toEqual(["tenant", "food", "brake"]);
  });

  it("scores a candidate: the list re-ranks and the candidate stays open", async () => {
    const { programs, ports } = await loaded();
    programs.toggle("brake");
    const draft = programs.draftFor("brake")!;
    expect(draft.dirty).toBe(false);
    draft.setScore("winnable", 5);
    draft.setScore("builds_base", 5);
    draft.setScore("resources", 4);
    draft.setScore("partners", 3);
    draft.shortlisted = true;
    draft.notes = "Ray's garage offered Saturdays";
    expect(draft.dirty).toBe(true);
    expect(programs.isDirty("brake")).toBe(true);
    expect(draft.preview).toEqual({ total: 17, unscored: 2 });

    expect(await programs.save("brake")).toBe(true);
    expect(ports.scoreProgram).toHaveBeenCalledWith("a-1", {
      program_id: "brake",
      scores: { ...emptyScores(), winnable: 5, builds_base: 5, resources: 4, partners: 3 },
      notes: "Ray's garage offered Saturdays",
      shortlisted: true,
    });
    expect(names(programs.candidates)).toEqual(["brake", "tenant", "food"]);
    expect(programs.selected).toBe("brake");
    expect(programs.draftFor("brake")).toBe(draft);
    expect(draft.dirty).toBe(false);
    expect(draft.savedNote).toBe("Saved. Now 1st of 3, 17 of 30.");
    expect(draft.saving).toBe(false);
  });

  it("keeps what was typed for one candidate while another is scored", async () => {
    const { programs } = await loaded();
    programs.open("food");
    programs.draftFor("food")!.setScore("partners", 2);
    programs.toggle("tenant");
    expect(programs.selected).toBe("tenant");
    programs.draftFor("tenant")!.setScore("winnable", 5);
    await programs.save("tenant");
    expect(programs.draftFor("food")!.scores.partners).toBe(2);
    expect(programs.isDirty("food")).toBe(true);
    // Closing a form keeps its typing too.
    programs.toggle("tenant");
    expect(programs.selected).toBeNull();
    programs.toggle("food");
    expect(programs.draftFor("food")!.scores.partners).toBe(2);
  });

  it("shows a refusal under the criterion it names, and keeps the typing", async () => {
    const { programs } = await loaded({
      scoreProgram: vi.fn(async () => {
        throw {
          kind: "invalid_input",
          message: "winnable: 7 is not between 1 and 5",
          details: null,
          field: "scores.winnable",
          reason: "7 is not between 1 and 5",
        };
      }),
    });
    programs.open("tenant");
    const draft = programs.draftFor("tenant")!;
    draft.setScore("winnable", 4);
    expect(await programs.save("tenant")).toBe(false);
    expect(draft.errorFor("winnable")).toBe("7 is not between 1 and 5.");
    expect(draft.errorFor("partners")).toBeNull();
    expect(draft.formError).toBeNull();
    expect(draft.scores.winnable).toBe(4);
    expect(draft.dirty).toBe(true);
    // Choosing another score for that criterion takes the refusal away; another criterion does not.
    draft.setScore("partners", 3);
    expect(draft.errorFor("winnable")).not.toBeNull();
    draft.setScore("winnable", 5);
    expect(draft.error).toBeNull();
  });

  it("shows any other refusal next to Save", async () => {
    const { programs } = await loaded({
      scoreProgram: vi.fn(async () => {
        throw { kind: "database", message: "the database is busy; try again", details: null };
      }),
    });
    programs.open("tenant");
    await programs.save("tenant");
    expect(programs.draftFor("tenant")!.formError?.message).toBe("the database is busy; try again");
  });

  it("never shows one assessment's candidates under another", async () => {
    const slow = deferred<Candidate[]>();
    const fake = fakePrograms();
    const first = fake.ports.programCandidates;
    const programs = new ProgramsState({
      ...fake.ports,
      programCandidates: vi.fn(async (id: AssessmentId) => (id === "a-1" ? slow.promise : first(id))),
    });
    const going = programs.load(assessmentId("a-1"));
    await programs.load(assessmentId("a-2"));
    slow.resolve([candidate("late")]);
    await going;
    expect(programs.id).toBe("a-2");
    expect(names(programs.candidates)).toEqual(["tenant", "food", "brake"]);
  });

  it("makes a shortlisted candidate a project, named after the program and the assessment", async () => {
    const { programs, ports } = await loaded();
    programs.open("food");
    programs.draftFor("food")!.shortlisted = true;
    await programs.save("food");
    programs.openProject("food", "Eastside spring 2026");
    expect(programs.project?.values.name).toBe("Free groceries or breakfast — Eastside spring 2026");

    programs.project!.values.name = "  ";
    expect(await programs.saveProject()).toBe(false);
    expect(programs.project?.errorFor("name")).toBe("Give the project a name.");
    expect(ports.makeProject).not.toHaveBeenCalled();

    programs.project!.values.name = "Saturday breakfast";
    expect(await programs.saveProject()).toBe(true);
    expect(ports.makeProject).toHaveBeenCalledWith("a-1", "food", "Saturday breakfast");
    expect(programs.project).toBeNull();
    expect(programs.startedFor("food")?.name).toBe("Saturday breakfast");
    expect(programs.candidates.find((c) => c.program.id === "food")?.project_id).toBe("project-food");
  });

  it("keeps the project's name when the backend refuses it", async () => {
    const { programs, ports } = await loaded();
    programs.openProject("tenant", "Eastside");
    programs.project!.values.name = "Tenants first";
    expect(await programs.saveProject()).toBe(false);
    expect(programs.project?.formError?.message).toMatch(/shortlist/);
    expect(programs.project?.values.name).toBe("Tenants first");
    await settle();
    // The candidate is shown as it is now.
    expect(vi.mocked(ports.programCandidates).mock.calls.length).toBe(2);
  });

  it("adds the chapter's own program, then opens it to be scored", async () => {
    const { programs, ports } = await loaded();
    expect(await programs.saveAdd()).toBe(false);
    expect(programs.adding.errorFor("name")).toBe("Give the program a name.");
    expect(programs.adding.errorFor("needs")).toBe("Tick at least one need it answers.");
    expect(ports.addProgram).not.toHaveBeenCalled();

    programs.adding.values.name = " Rent clinic ";
    programs.adding.values.needs = ["housing"];
    expect(await programs.saveAdd()).toBe(true);
    expect(ports.addProgram).toHaveBeenCalledWith({ name: "Rent clinic", description: "", needs: ["housing"] });
    expect(programs.adding.values.name).toBe("");
    expect(programs.added).toBe("Rent clinic");
    expect(programs.candidates.map((c) => c.program.name)).toContain("Rent clinic");
    expect(programs.selected).toBe("own-3");
    expect(programs.draftFor("own-3")).not.toBeNull();
  });

  it("shows the catalogue's refusal under the name and keeps the form", async () => {
    const { programs } = await loaded({
      addProgram: vi.fn(async () => {
        throw {
          kind: "invalid_input",
          message: "name: the catalogue already has 'Tenant union'",
          details: null,
          field: "name",
          reason: "the catalogue already has 'Tenant union'",
        };
      }),
    });
    programs.adding.values.name = "tenant union";
    programs.adding.values.needs = ["housing"];
    expect(await programs.saveAdd()).toBe(false);
    expect(programs.adding.errorFor("name")).toBe("The catalogue already has 'Tenant union'.");
    expect(programs.adding.values.name).toBe("tenant union");
  });

  it("prints the summary in the chapter's language and opens it", async () => {
    const { programs, ports } = await loaded();
    const file = await programs.printSummary();
    expect(ports.printNeedsReport).toHaveBeenCalledWith({ assessment: "a-1", lang: null, paper: null });
    expect(file?.pages).toBe(4);
    expect(programs.printedFor(assessmentId("a-1"))).toEqual(file);
    expect(programs.printedFor(assessmentId("a-2"))).toBeNull();
    await programs.openPrinted();
    expect(ports.openInViewer).toHaveBeenCalledWith("/home/ana/Groundwork/needs-summary-K7QF.pdf");
  });

  it("says why the summary could not be printed", async () => {
    const { programs } = await loaded({
      printNeedsReport: vi.fn(async () => {
        throw { kind: "print", message: "the print folder is read-only", details: null };
      }),
    });
    expect(await programs.printSummary()).toBeNull();
    expect(programs.printError?.message).toBe("the print folder is read-only");
    expect(programs.printing).toBe(false);
  });
});

describe("Needs: the Programs tab", () => {
  function area() {
    const fake = fakePrograms();
    const ports: NeedsPorts = {
      ...fake.ports,
      ...fakeForms().ports,
      listAssessments: vi.fn(async () => [assessment({ id: assessmentId("new") }), assessment({ id: assessmentId("old") })]),
      getAssessment: vi.fn(async (id: AssessmentId) => assessmentDetail({ id })),
      createAssessment: vi.fn(async () => assessmentDetail()),
      needsRanking: vi.fn(async () => needsRanking()),
      needsFollowUps: vi.fn(async () => []),
      markRespondentFollowedUp: vi.fn(async () => {}),
      printNeedsForms: vi.fn(),
      cancelJob: vi.fn(async () => {}),
      newJobId: () => "job-1",
    };
    return { needs: new Needs(ports), ports };
  }

  it("comes right after what the answers say", async () => {
    const { NEEDS_TABS } = await import("./needs.svelte");
    expect(NEEDS_TABS.slice(0, 2).map((t) => t.id)).toEqual(["ranking", "programs"]);
  });

  it("fetches the candidates only when the tab is looked at, and again after new answers", async () => {
    const { needs, ports } = area();
    await needs.enter(0);
    await settle();
    expect(ports.programCandidates).not.toHaveBeenCalled();
    needs.showTab("programs");
    await settle();
    expect(ports.programCandidates).toHaveBeenCalledWith("new");
    await needs.refresh();
    expect(ports.programCandidates).toHaveBeenCalledTimes(2);
    needs.select(assessmentId("old"));
    await settle();
    expect(needs.programs.id).toBe("old");
    expect(ports.programCandidates).toHaveBeenLastCalledWith("old");
  });

  it("starts afresh for another chapter", async () => {
    const { needs } = area();
    await needs.enter(0);
    needs.showTab("programs");
    await settle();
    needs.programs.open("tenant");
    needs.programs.draftFor("tenant")!.setScore("winnable", 3);
    await needs.enter(1);
    expect(needs.programs.id).toBeNull();
    expect(needs.programs.selected).toBeNull();
    expect(needs.programs.isDirty("tenant")).toBe(false);
  });
});
