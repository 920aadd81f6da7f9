// A pretend backend for the entry of forms, the survey edit and its page count, for the unit tests of the
// Needs area.
import { vi } from "vitest";
import type { AssessmentId, Entered, FormPagesRequest, ResponseInput, Survey } from "../api/types";
import { responseId } from "../test-ids";
import type { EntryPorts } from "./entry-form.svelte";
import type { CountFormPages } from "./form-pages.svelte";
import type { SurveyPorts } from "./survey-edit.svelte";
import { assessmentDetail } from "./test-needs";

export function fakeForms() {
  let next = 0;
  const ports: EntryPorts & SurveyPorts & { needsFormPages: CountFormPages } = {
    enterResponse: vi.fn(async (_id: AssessmentId, input: ResponseInput): Promise<Entered> => {
      next += 1;
      return { id: responseId(`response-${next}`), form: input.form, person: null };
    }),
    recentResponses: vi.fn(async () => []),
    removeResponse: vi.fn(async () => {}),
    rememberedName: () => "",
    rememberName: () => {},
    saveSurvey: vi.fn(async (id: AssessmentId, survey: Survey) => ({ ...assessmentDetail({ id }), survey })),
    needsFormPages: vi.fn(async (request: FormPagesRequest) => ({
      pages: 4,
      languages: request.languages.length > 0 ? request.languages : ["en", "es"],
      paper: request.paper ?? "letter",
    })),
  };
  return { ports };
}
