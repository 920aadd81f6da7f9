// A pretend backend for the entry of forms and the survey edit, for the unit tests of the
// Needs area.
import { vi } from "vitest";
import type { Entered, ResponseInput, Survey } from "../api/types";
import type { EntryPorts } from "./entry-form.svelte";
import type { SurveyPorts } from "./survey-edit.svelte";
import { assessmentDetail } from "./test-needs";

export function fakeForms() {
  let next = 0;
  const ports: EntryPorts & SurveyPorts = {
    enterResponse: vi.fn(async (_id: string, input: ResponseInput): Promise<Entered> => {
      next += 1;
      return { id: `response-${next}`, form: input.form, person: null };
    }),
    recentResponses: vi.fn(async () => []),
    removeResponse: vi.fn(async () => {}),
    rememberedName: () => "",
    rememberName: () => {},
    saveSurvey: vi.fn(async (id: string, survey: Survey) => ({ ...assessmentDetail({ id }), survey })),
  };
  return { ports };
}
