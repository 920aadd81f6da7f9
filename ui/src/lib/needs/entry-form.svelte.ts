import type * as needsClient from "../api/client/needs";
import type { AssessmentDetail, AssessmentId, EnteredForm, ResponseId } from "../api/types";
import { t } from "../i18n/locale.svelte";
import {
  buildInput,
  checkEntry,
  emptyValues,
  FORM_NUMBER,
  isBlank,
  placeError,
  withConsent,
  type EntrySettings,
  type EntryTarget,
  type EntryValues,
} from "./entry-form";
import { EntrySitting, type EnteredByPorts, type Prepared } from "./entry-sitting.svelte";
import { questionTarget } from "./paper-answers";

export type EntryPorts = Pick<typeof needsClient, "enterResponse" | "recentResponses" | "removeResponse"> &
  EnteredByPorts;

/** Said once a sitting when a form would be saved without its area. */
export function noAreaText(): string {
  return t("needs-entry-no-area");
}

/** The settings a sitting starts with: whoever entered last, and what the assessment allows. */
function startingSettings(detail: AssessmentDetail, enteredBy: string): EntrySettings {
  const { areas, methods } = detail.assessment;
  return {
    enteredBy,
    area: areas.length === 1 ? areas[0] : "",
    language: detail.survey.languages[0] ?? "en",
    method: methods.length === 1 ? methods[0] : "",
  };
}

/**
 * Typing filled needs forms in (see `EntrySitting`): the number, the ticks, consent and contact
 * details; a save keeps who is entering, the area, the language and how the forms were gathered.
 */
export class EntryForm extends EntrySitting<EntrySettings, EntryValues, ResponseId, EnteredForm> {
  readonly assessmentId: AssessmentId;
  detail = $state.raw<AssessmentDetail>() as AssessmentDetail;

  readonly #ports: EntryPorts;
  /** The organizer was told this sitting that no area is picked, and may save without one. */
  #noAreaAsked = false;

  constructor(detail: AssessmentDetail, ports: EntryPorts) {
    super(
      {
        recentForms: () => ports.recentResponses(detail.assessment.id),
        takeBackForm: (id) => ports.removeResponse(id),
        rememberName: (name) => ports.rememberName(name),
      },
      startingSettings(detail, ports.rememberedName()),
    );
    this.assessmentId = detail.assessment.id;
    this.detail = detail;
    this.#ports = ports;
  }

  get survey() {
    return this.detail.survey;
  }

  /** The assessment as the parent has it now (a saved survey, a new count of forms). */
  useDetail(detail: AssessmentDetail): void {
    if (detail === this.detail) return;
    this.detail = detail;
    this.fitLanguage(detail.survey.languages);
  }

  /** An area picked or cleared again: a form without one is asked about again. */
  override edited(target: EntryTarget): void {
    if (target === "area") this.#noAreaAsked = false;
    super.edited(target);
  }

  /** Unticking consent clears every contact detail, so nothing personal is kept without it. */
  setConsent(on: boolean): void {
    this.values = withConsent(this.values, on);
    this.edited("consent");
    if (!on) {
      this.edited("phone");
      this.edited("email");
    }
  }

  protected override blank(): EntryValues {
    return emptyValues();
  }

  protected override isBlank(values: EntryValues): boolean {
    return isBlank(values);
  }

  /** The number as the backend printed it ("K7QF-0042"), whatever was typed for it. */
  protected override toFix(form: string, values: EntryValues): EntryValues {
    return { ...values, form };
  }

  protected override prepare(settings: EntrySettings, values: EntryValues): Prepared<ResponseId> {
    const survey = this.survey;
    const problems = checkEntry(survey, settings, values);
    if (Object.keys(problems).length > 0) return { fix: problems, focus: this.#firstOf(problems) };
    // A form with no area drops out of the by-area ranking: ask once, then take the organizer's
    // word for it (a second save enters it without one).
    if (this.detail.assessment.areas.length > 0 && settings.area.trim() === "" && !this.#noAreaAsked) {
      this.#noAreaAsked = true;
      return { fix: { area: noAreaText() }, focus: "area" };
    }
    return {
      send: async () => {
        const input = buildInput(survey, settings, values);
        const entered = await this.#ports.enterResponse(this.assessmentId, input);
        return { id: entered.id, form: entered.form, text: t("needs-entry-entered", { form: entered.form }) };
      },
      place: (error) => placeError(error, survey),
    };
  }

  /** The first problem in the order the fields are on screen. */
  #firstOf(problems: Record<EntryTarget, string>): EntryTarget {
    const order: EntryTarget[] = [
      "entered by",
      FORM_NUMBER,
      ...this.survey.domains.flatMap((d) => d.questions.map((q) => questionTarget(q.key))),
      ...this.survey.about.map((q) => questionTarget(q.key)),
    ];
    return order.find((target) => target in problems) ?? Object.keys(problems)[0];
  }
}
