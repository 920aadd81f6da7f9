import { describe, expect, it, vi } from "vitest";
import type {
  Assessment,
  AssessmentDetail,
  AssessmentId,
  AssessmentInput,
  NeedsRanking,
  PrintedForms,
  Progress,
  RespondentFollowUp,
  ResponseId,
} from "../api/types";
import { assessmentId, responseId } from "../test-ids";
// The real client needs a Tauri window; every test hands in fake ports.
import { Needs, type NeedsPorts } from "./needs.svelte";
import { formPagesRequest } from "./form-pages";
import { FormsPrint } from "./forms-print.svelte";
import { rankingLanguage } from "./needs-ranking.svelte";
import { fakeForms } from "./test-forms";
import { assessment, assessmentDetail, needsRanking, respondent } from "./test-needs";
import { fakePrograms } from "./test-programs";

/** A promise the test settles by hand, to make answers arrive in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const printed: PrintedForms = {
  path: "/home/ana/Groundwork/needs-forms-K7QF.pdf",
  pages: 150,
  first: "K7QF-0301",
  last: "K7QF-0350",
};

/** A pretend backend: two assessments kept in memory, and the calls it received. */
function fakeNeeds(overrides: Partial<NeedsPorts> = {}) {
  let assessments: Assessment[] = [
    assessment({ id: assessmentId("new"), name: "Eastside spring 2026" }),
    assessment({ id: assessmentId("old"), name: "Riverbend 2025", languages: ["en"] }),
  ];
  const followUps = new Map<AssessmentId, RespondentFollowUp[]>([
    [assessmentId("new"), [respondent("r1"), respondent("r2")]],
  ]);
  const detailOf = (id: AssessmentId): AssessmentDetail => {
    const found = assessments.find((a) => a.id === id) ?? assessment({ id });
    const detail = assessmentDetail(found);
    return { ...detail, survey: { ...detail.survey, languages: found.languages } };
  };
  const ports: NeedsPorts = {
    ...fakePrograms().ports,
    ...fakeForms().ports,
    listAssessments: vi.fn(async () => assessments),
    getAssessment: vi.fn(async (id: AssessmentId) => detailOf(id)),
    createAssessment: vi.fn(async (input: AssessmentInput) => {
      const created = assessment({ ...input, id: assessmentId("created"), forms_printed: 0, responses: 0 });
      assessments = [created, ...assessments];
      return detailOf(created.id);
    }),
    needsRanking: vi.fn(async () => needsRanking()),
    needsFollowUps: vi.fn(async (id: AssessmentId) => followUps.get(id) ?? []),
    markRespondentFollowedUp: vi.fn(async (response: ResponseId) => {
      const id = assessmentId("new");
      followUps.set(id, (followUps.get(id) ?? []).filter((f) => f.response !== response));
    }),
    printNeedsForms: vi.fn(async () => {
      assessments = assessments.map((a) => (a.id === "new" ? { ...a, forms_printed: 350 } : a));
      return printed;
    }),
    openInViewer: vi.fn(async () => {}),
    cancelJob: vi.fn(async () => {}),
    newJobId: () => "job-9",
    ...overrides,
  };
  return { area: new Needs(ports), ports };
}

describe("Needs", () => {
  it("shows the newest assessment with its ranking and its call-backs when the screen opens", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    await settle();
    expect(area.list.selectedId).toBe("new");
    expect(area.open.detail?.assessment.id).toBe("new");
    expect(ports.needsRanking).toHaveBeenCalledWith("new", "en");
    expect(area.ranking.ranking?.overall.responses).toBe(264);
    expect(area.followUps.items.map((f) => f.response)).toEqual(["r1", "r2"]);
    expect(area.tab).toBe("ranking");
  });

  it("keeps its place when the organizer comes back, and starts afresh for another chapter", async () => {
    const { area } = fakeNeeds();
    await area.enter(0);
    area.select(assessmentId("old"));
    area.showTab("print");
    await area.enter(0);
    expect(area.list.selectedId).toBe("old");
    expect(area.tab).toBe("print");
    await area.enter(1);
    await settle();
    expect(area.list.selectedId).toBe("new");
    expect(area.tab).toBe("ranking");
  });

  it("counts a survey's printed pages in the language and paper chosen to print, and forgets them for another chapter", async () => {
    vi.useFakeTimers();
    try {
      const { area, ports } = fakeNeeds();
      await area.enter(0);
      await vi.runAllTimersAsync();
      const survey = area.open.detail!.survey;
      area.print.language = "es";
      area.print.paper = "a4";
      area.formPages.request(formPagesRequest(survey, area.print.language, area.print.paper));
      await vi.runAllTimersAsync();
      expect(ports.needsFormPages).toHaveBeenCalledWith({ survey, languages: ["es"], paper: "a4" });
      expect(area.formPages.text).toBe("Printed, one form takes 4 pages (Spanish, A4)");
      await area.enter(1);
      expect(area.formPages.text).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("starts the entry of forms and the survey edit afresh for a restored chapter", async () => {
    const { area } = fakeNeeds();
    await area.enter(0);
    await settle();
    const detail = area.open.detail!;
    const entry = area.entryFor(detail);
    entry.settings.enteredBy = "Marisol";
    entry.settings.area = detail.assessment.areas[0] ?? "";
    entry.values.form = "42";
    expect(await entry.save()).toBe(true);
    entry.values.form = "43";
    const survey = area.surveyFor(detail);
    survey.show("edit");
    expect(area.entryFor(detail)).toBe(entry);
    expect(area.surveyFor(detail)).toBe(survey);
    // A backup restored: the same assessments, in another chapter revision.
    await area.enter(1);
    await settle();
    const restored = area.open.detail!;
    expect(restored.assessment.id).toBe(detail.assessment.id);
    const fresh = area.entryFor(restored);
    expect(fresh).not.toBe(entry);
    expect(fresh.enteredNow).toBe(0);
    expect(fresh.values.form).toBe("");
    expect(fresh.settings.enteredBy).toBe("");
    expect(await fresh.undo()).toBe(false);
    expect(area.surveyFor(restored)).not.toBe(survey);
    expect(area.surveyFor(restored).mode).toBe("read");
  });

  it("hands the open assessment's newer details to its entry of forms and its survey", async () => {
    const { area } = fakeNeeds();
    await area.enter(0);
    await settle();
    const entry = area.entryFor(area.open.detail!);
    const survey = area.surveyFor(area.open.detail!);
    await area.refresh();
    expect(entry.detail).toBe(area.open.detail);
    expect(survey.detail).toBe(area.open.detail);
    const saved = assessmentDetail({ id: assessmentId("new") }, { languages: ["es"] });
    area.surveySaved(saved);
    expect(entry.detail).toBe(saved);
    expect(entry.settings.language).toBe("es");
    expect(survey.detail).toBe(saved);
    expect(survey.lang).toBe("es");
  });

  it("tries again to open an assessment that could not be opened", async () => {
    const { area, ports } = fakeNeeds();
    vi.mocked(ports.getAssessment).mockRejectedValueOnce({ kind: "database", message: "busy", details: null });
    await area.enter(0);
    await settle();
    expect(area.open.error?.message).toBe("busy");
    area.select(assessmentId("new"));
    await settle();
    expect(area.open.detail?.assessment.id).toBe("new");
    expect(area.open.error).toBeNull();
  });

  it("hands the keyboard to a tab a button moved to", () => {
    const { area } = fakeNeeds();
    area.showTab("entry");
    expect(area.tabFocusRequested).toBe(false);
    area.showTab("survey", { focus: true });
    expect(area.tab).toBe("survey");
    expect(area.tabFocusRequested).toBe(true);
  });

  it("never shows one assessment's answers under another", async () => {
    const slow = deferred<NeedsRanking>();
    const { area } = fakeNeeds({
      needsRanking: vi.fn(async (id: string) => (id === "new" ? slow.promise : needsRanking())),
    });
    await area.enter(0);
    await settle();
    area.select(assessmentId("old"));
    await settle();
    slow.resolve(needsRanking({ overall: { responses: 999, needs: [] } }));
    await settle();
    expect(area.ranking.id).toBe("old");
    expect(area.ranking.ranking?.overall.responses).toBe(264);
  });

  it("shows the need titles in one of the survey's languages", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    await settle();
    await area.ranking.setLang("es");
    expect(ports.needsRanking).toHaveBeenLastCalledWith("new", "es");
    // Riverbend's survey is English only: its titles come in English.
    area.select(assessmentId("old"));
    await settle();
    expect(area.ranking.lang).toBe("en");
    expect(rankingLanguage("vi", ["es", "vi"])).toBe("vi");
    expect(rankingLanguage("en", ["es", "vi"])).toBe("es");
  });

  it("creates an assessment and opens it", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    area.showTab("follow-ups");
    area.addAssessment();
    expect(await area.saveEditing()).toBe(false);
    expect(area.editing?.errorFor("name")).toBeTruthy();
    area.editing!.values.name = "Mill Hill fall";
    area.editing!.values.areas = "Mill Hill, Eastside";
    expect(await area.saveEditing()).toBe(true);
    expect(ports.createAssessment).toHaveBeenCalledWith(
      expect.objectContaining({
        name: "Mill Hill fall",
        areas: ["Mill Hill", "Eastside"],
        languages: ["en", "es"],
      }),
    );
    expect(area.editing).toBeNull();
    expect(area.list.selectedId).toBe("created");
    expect(area.list.assessments[0].id).toBe("created");
    expect(area.open.focusRequested).toBe(true);
    expect(area.tab).toBe("ranking");
  });

  it("shows the backend's refusal under the field it names", async () => {
    const { area } = fakeNeeds({
      createAssessment: async () => {
        throw {
          kind: "invalid_input",
          message: "name: give the assessment a name",
          details: null,
          field: "name",
          reason: "give the assessment a name",
        };
      },
    });
    area.addAssessment();
    area.editing!.values.name = "  x";
    await area.saveEditing();
    expect(area.editing?.errorFor("name")).toBe("Give the assessment a name.");
    expect(area.editing?.formError).toBeNull();
  });

  it("asks before dropping a half-typed form", async () => {
    const { area } = fakeNeeds();
    await area.enter(0);
    area.addAssessment();
    area.editing!.values.name = "Half typed";
    area.select(assessmentId("old"));
    expect(area.pendingDiscard).not.toBeNull();
    area.keepEditing();
    expect(area.editing?.values.name).toBe("Half typed");
    area.select(assessmentId("old"));
    area.confirmDiscard();
    expect(area.editing).toBeNull();
    expect(area.list.selectedId).toBe("old");
  });

  it("brings the counts, the ranking and the call-backs up to date after forms are entered", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    await settle();
    const rankings = vi.mocked(ports.needsRanking).mock.calls.length;
    await area.refresh();
    expect(vi.mocked(ports.needsRanking).mock.calls.length).toBe(rankings + 1);
    expect(ports.needsFollowUps).toHaveBeenCalledTimes(2);
    expect(ports.listAssessments).toHaveBeenCalledTimes(2);
  });

  it("counts the answers again only when the ranking is looked at", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    await settle();
    area.showTab("entry");
    const rankings = vi.mocked(ports.needsRanking).mock.calls.length;
    await area.refresh();
    await area.refresh();
    expect(vi.mocked(ports.needsRanking).mock.calls.length).toBe(rankings);
    area.showTab("ranking");
    await settle();
    expect(vi.mocked(ports.needsRanking).mock.calls.length).toBe(rankings + 1);
    area.showTab("print");
    area.showTab("ranking");
    await settle();
    expect(vi.mocked(ports.needsRanking).mock.calls.length).toBe(rankings + 1);
  });

  it("opens another assessment's ranking when the organizer comes back to it", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    await settle();
    area.showTab("follow-ups");
    area.select(assessmentId("old"));
    await settle();
    expect(ports.needsRanking).not.toHaveBeenCalledWith("old", "en");
    area.showTab("ranking");
    await settle();
    expect(ports.needsRanking).toHaveBeenLastCalledWith("old", "en");
    expect(area.ranking.id).toBe("old");
  });

  it("takes a saved survey as the assessment's", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    await settle();
    const saved = assessmentDetail({ id: assessmentId("new"), name: "Renamed" });
    area.surveySaved(saved);
    expect(area.open.detail).toBe(saved);
    await settle();
    expect(ports.needsRanking).toHaveBeenCalledTimes(2);
    // A late answer for an assessment no longer open is ignored.
    area.surveySaved(assessmentDetail({ id: assessmentId("old") }));
    expect(area.open.detail).toBe(saved);
  });

  it("marks a respondent contacted and keeps a refusal next to them", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    await settle();
    expect(await area.followUps.markDone(responseId("r1"))).toBe(true);
    expect(ports.markRespondentFollowedUp).toHaveBeenCalledWith("r1");
    expect(area.followUps.items.map((f) => f.response)).toEqual(["r2"]);
    vi.mocked(ports.markRespondentFollowedUp).mockRejectedValueOnce({
      kind: "not_found",
      message: "that form was taken back",
      details: null,
    });
    expect(await area.followUps.markDone(responseId("r2"))).toBe(false);
    expect(area.followUps.markError?.response).toBe("r2");
    expect(area.followUps.marking).toBeNull();
    expect(area.followUps.items.map((f) => f.response)).toEqual(["r2"]);
  });

  it("prints the open assessment's next forms, then brings its counts up to date", async () => {
    const { area, ports } = fakeNeeds();
    await area.enter(0);
    await settle();
    area.print.prepare(["en", "es"], ["en", "es"]);
    expect(area.print.language).toBe("en+es");
    area.print.paper = "a4";
    expect(await area.printForms()).toEqual(printed);
    expect(ports.printNeedsForms).toHaveBeenCalledWith(
      { assessment: "new", count: 50, languages: ["en", "es"], paper: "a4" },
      "job-9",
      expect.any(Function),
    );
    await settle();
    expect(area.open.detail?.assessment.forms_printed).toBe(350);
    expect(area.list.assessments[0].forms_printed).toBe(350);
    expect(area.print.isFor(assessmentId("new"))).toBe(true);
    expect(area.print.isFor(assessmentId("old"))).toBe(false);
    await area.print.openPrinted();
    expect(ports.openInViewer).toHaveBeenCalledWith(printed.path);
  });
});

describe("FormsPrint", () => {
  function setup(printNeedsForms: NeedsPorts["printNeedsForms"] = vi.fn(async () => printed)) {
    const ports = {
      printNeedsForms,
      openInViewer: vi.fn(async () => {}),
      cancelJob: vi.fn(async () => {}),
      newJobId: () => "job-3",
    };
    return { print: new FormsPrint(ports), ports };
  }

  it("refuses a count out of bounds without calling the backend", async () => {
    const { print, ports } = setup();
    print.count = 0;
    expect(await print.print({ id: assessmentId("a"), name: "A" })).toBeNull();
    expect(print.countError).toMatch(/1 and 5,000/);
    expect(ports.printNeedsForms).not.toHaveBeenCalled();
    print.count = 5000;
    expect(await print.print({ id: assessmentId("a"), name: "A" })).toEqual(printed);
    expect(print.countError).toBeNull();
  });

  it("keeps a language the survey has, and picks the default for one it does not", () => {
    const { print } = setup();
    print.prepare(["en", "es"], ["es"]);
    expect(print.language).toBe("es");
    print.language = "en";
    print.prepare(["en", "es"], ["es"]);
    expect(print.language).toBe("en");
    print.prepare(["es", "vi"], ["en"]);
    expect(print.language).toBe("es");
  });

  it("shows the forms written while running, one batch at a time, and cancels through the backend", async () => {
    let finish: (reason: unknown) => void = () => {};
    const printNeedsForms = vi.fn<NeedsPorts["printNeedsForms"]>((_request, _jobId, onProgress) => {
      onProgress({ done: 12, total: 50, message: "forms" } satisfies Progress);
      return new Promise((_resolve, reject) => (finish = reject));
    });
    const { print, ports } = setup(printNeedsForms);
    const running = print.print({ id: assessmentId("a"), name: "Eastside" });
    await vi.waitFor(() => expect(print.state.phase).toBe("running"));
    const state = print.state;
    expect(state.phase === "running" && state.progress?.done).toBe(12);
    expect(print.requested).toBe(50);
    expect(await print.print({ id: assessmentId("a"), name: "Eastside" })).toBeNull();
    expect(printNeedsForms).toHaveBeenCalledTimes(1);

    await print.cancel();
    expect(ports.cancelJob).toHaveBeenCalledWith("job-3");
    finish({ kind: "cancelled", message: "cancelled; nothing was changed", details: null });
    expect(await running).toBeNull();
    expect(print.state).toEqual({ phase: "cancelled", kind: "print" });
    expect(print.isFor(assessmentId("a"))).toBe(true);
  });

  it("keeps the backend's refusal, as a failure", async () => {
    const { print } = setup(async () => {
      throw {
        kind: "invalid_input",
        message: "language: es still has 12 texts to translate",
        details: null,
        field: "language",
      };
    });
    expect(await print.print({ id: assessmentId("a"), name: "A" })).toBeNull();
    const state = print.state;
    expect(state.phase === "failed" && state.error.message).toMatch(/12 texts/);
    print.dismiss();
    expect(print.state.phase).toBe("idle");
  });

  it("shows why the file could not be opened", async () => {
    const { print, ports } = setup();
    ports.openInViewer.mockRejectedValueOnce({ kind: "io", message: "no PDF viewer", details: null });
    await print.print({ id: assessmentId("a"), name: "A" });
    await print.openPrinted();
    expect(print.openError?.message).toBe("no PDF viewer");
    expect(print.opening).toBe(false);
  });
});
