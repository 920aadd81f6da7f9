import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../api/errors";
import type { FormPages, FormPagesRequest } from "../api/types";
import { formPagesRequest, formPagesText } from "./form-pages";
import { COUNT_DELAY_MS, FormPagesCount } from "./form-pages.svelte";
import { testSurvey } from "./survey-test-data";

const counted = (pages: number, languages = ["en", "es"], paper: FormPages["paper"] = "letter") => ({
  pages,
  languages,
  paper,
});

/** A backend whose answers the test hands out, in any order. */
function slowBackend() {
  const calls: { request: FormPagesRequest; answer: (pages: FormPages) => void; refuse: (e: unknown) => void }[] = [];
  const count = vi.fn(
    (request: FormPagesRequest) =>
      new Promise<FormPages>((answer, refuse) => calls.push({ request, answer, refuse })),
  );
  return { count, calls };
}

describe("what the survey editor says about paper", () => {
  it("asks in the languages and paper chosen under Print forms, else the chapter's", () => {
    const survey = testSurvey();
    expect(formPagesRequest(survey, "en+es", "a4")).toEqual({ survey, languages: ["en", "es"], paper: "a4" });
    expect(formPagesRequest(survey, "", "default")).toEqual({ survey, languages: [], paper: null });
  });

  it("says how many pages one form takes, in which languages, on which paper", () => {
    expect(formPagesText(counted(4))).toBe(
      "Printed, one form takes 4 pages (English and Spanish, US Letter)",
    );
    expect(formPagesText(counted(1, ["es"], "a4"))).toBe("Printed, one form takes 1 page (Spanish, A4)");
  });
});

describe("FormPagesCount", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("counts once typing pauses, for the survey as it was last typed", async () => {
    const backend = slowBackend();
    const pages = new FormPagesCount(backend.count);
    const first = formPagesRequest(testSurvey(), "en", "default");
    const last = formPagesRequest({ ...testSurvey(), title: { en: "Ours" } }, "en", "default");
    pages.request(first);
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS / 2);
    pages.request(last);
    expect(pages.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS / 2);
    expect(backend.count).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS / 2);
    expect(backend.count).toHaveBeenCalledTimes(1);
    expect(backend.count).toHaveBeenCalledWith(last);
    backend.calls[0].answer(counted(2, ["en"]));
    await vi.runAllTimersAsync();
    expect(pages.pending).toBe(false);
    expect(pages.text).toBe("Printed, one form takes 2 pages (English, US Letter)");
  });

  it("shows only the latest answer when an older count finishes last", async () => {
    const backend = slowBackend();
    const pages = new FormPagesCount(backend.count);
    pages.request(formPagesRequest(testSurvey(), "en+es", "default"));
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS);
    pages.request(formPagesRequest(testSurvey(), "en", "default"));
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS);
    expect(backend.calls).toHaveLength(2);
    backend.calls[1].answer(counted(2, ["en"]));
    await vi.runAllTimersAsync();
    backend.calls[0].answer(counted(4));
    await vi.runAllTimersAsync();
    expect(pages.counted?.pages).toBe(2);
    expect(pages.pending).toBe(false);
  });

  it("keeps the last count on screen while the next is counted, and says why one is refused", async () => {
    const backend = slowBackend();
    const pages = new FormPagesCount(backend.count);
    pages.request(formPagesRequest(testSurvey(), "en", "default"));
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS);
    backend.calls[0].answer(counted(2, ["en"]));
    await vi.runAllTimersAsync();
    pages.request(formPagesRequest(testSurvey(), "en+es", "default"));
    expect(pages.text).toBe("Printed, one form takes 2 pages (English, US Letter)");
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS);
    backend.calls[1].refuse(
      new AppError("print", "the survey is not yet translated into 'es': 1 text(s) missing (housing_new)"),
    );
    await vi.runAllTimersAsync();
    expect(pages.text).toBe(
      "Printed pages can't be counted yet: the survey is not yet translated into 'es': 1 text(s) missing (housing_new)",
    );
    pages.reset();
    expect(pages.text).toBeNull();
  });

  it("drops a count still waiting when reset", async () => {
    const backend = slowBackend();
    const pages = new FormPagesCount(backend.count);
    pages.request(formPagesRequest(testSurvey(), "en", "default"));
    pages.reset();
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS * 2);
    expect(backend.count).not.toHaveBeenCalled();
    expect(pages.pending).toBe(false);
  });
});
