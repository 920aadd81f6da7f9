import type * as needsClient from "../api/client/needs";
import { AppError, toAppError } from "../api/errors";
import type { AssessmentDetail, AssessmentId, QuestionKind, Survey } from "../api/types";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { t } from "../i18n/locale.svelte";
import {
  cleanSurvey,
  hasChoices,
  hasPath,
  pathName,
  sameSurvey,
  whyKept,
  withChoice,
  withLanguage,
  withoutPath,
  withQuestion,
  withText,
  type NewText,
  type TextPath,
} from "./survey-edit";
import type { PlacedError } from "../survey/question-edit";
import {
  cleanLanguageCode,
  isKnownLanguage,
  isLanguageCode,
  languageName,
  rememberLanguageName,
  SOURCE_LANGUAGE,
} from "./survey-texts";

export type SurveyPorts = Pick<typeof needsClient, "saveSurvey">;

/** Reading the survey, editing its texts and questions, or translating it into one language. */
export type SurveyMode = "read" | "edit" | "translate";

/** The question or choice the organizer asked to remove, waiting for "Remove" to be confirmed. */
export type PendingRemoval = { path: TextPath; label: string };

/**
 * The survey of one assessment as the organizer reads, edits and translates it. Edits gather
 * in `draft` and are saved whole; taking out a question or choice is confirmed and saved at
 * once, on its own, so a refusal ("it already has answers") changes nothing else.
 */
export class SurveyEdit extends DiscardGuard {
  readonly assessmentId: AssessmentId;
  detail = $state.raw<AssessmentDetail>() as AssessmentDetail;
  /** The survey with the unsaved edits. */
  draft = $state.raw<Survey>() as Survey;
  mode = $state<SurveyMode>("read");
  /** The language the survey is read and edited in. */
  lang = $state(SOURCE_LANGUAGE);
  /** The language being translated into, in translate mode. */
  translateLang = $state<string | null>(null);
  saving = $state(false);
  /** A refusal that no single text shows. */
  error = $state<AppError | null>(null);
  /** A refusal shown beside the question, choice or box it is about. */
  placedError = $state<PlacedError | null>(null);
  /** What the last save did, in words, for the live region. */
  note = $state<string | null>(null);
  removal = $state<PendingRemoval | null>(null);

  readonly dirty: boolean = $derived(!sameSurvey(this.draft, this.detail.survey));

  readonly #ports: SurveyPorts;

  constructor(detail: AssessmentDetail, ports: SurveyPorts) {
    super();
    this.assessmentId = detail.assessment.id;
    this.detail = detail;
    this.draft = detail.survey;
    this.lang = detail.survey.languages[0] ?? SOURCE_LANGUAGE;
    this.#ports = ports;
  }

  get languages(): string[] {
    return this.detail.survey.languages;
  }

  /** Languages a translation goes into: every one but English, the source. */
  get targetLanguages(): string[] {
    return this.languages.filter((code) => code !== SOURCE_LANGUAGE);
  }

  /**
   * The parent's detail after any change (a save here, forms entered elsewhere): unsaved edits
   * are kept; without any, the draft follows the saved survey.
   */
  sync(detail: AssessmentDetail): void {
    if (detail === this.detail) return;
    const changed = !sameSurvey(detail.survey, this.detail.survey);
    const hadEdits = this.dirty;
    this.detail = detail;
    if (changed && !hadEdits) this.draft = detail.survey;
    if (!this.languages.includes(this.lang)) this.lang = this.languages[0] ?? SOURCE_LANGUAGE;
    if (this.translateLang !== null && !this.languages.includes(this.translateLang)) {
      this.translateLang = this.targetLanguages[0] ?? null;
    }
  }

  /** Reading in another language; it is also the language edits are typed in. */
  setLang(code: string): void {
    if (this.languages.includes(code)) this.lang = code;
  }

  /** Read, Edit or Translate, asking first when leaving unsaved edits behind. */
  show(mode: SurveyMode, translateLang: string | null = null): void {
    if (mode === this.mode && (mode !== "translate" || translateLang === null)) return;
    this.guard(this.dirty, () => {
      this.draft = this.detail.survey;
      this.error = null;
      this.placedError = null;
      this.note = null;
      this.mode = mode;
      if (mode === "translate") {
        this.translateLang = translateLang ?? this.translateLang ?? this.#firstToTranslate();
      }
    });
  }

  /** Another language to translate into, asking first when its unsaved texts would be lost. */
  translateInto(code: string): void {
    if (code === this.translateLang) return;
    this.guard(this.dirty, () => {
      this.draft = this.detail.survey;
      this.error = null;
      this.placedError = null;
      this.translateLang = code;
    });
  }

  /** Cancel or Escape: back to reading, asking first when there are unsaved edits. */
  cancel(): void {
    this.guard(this.dirty, () => {
      this.draft = this.detail.survey;
      this.error = null;
      this.placedError = null;
      this.mode = "read";
    });
  }

  /** The language a text box in the current mode writes into. */
  get writingLang(): string {
    return this.mode === "translate" ? (this.translateLang ?? this.lang) : this.lang;
  }

  setText(path: TextPath, value: string, lang: string = this.writingLang): void {
    this.draft = withText(this.draft, path, lang, value);
    if (this.placedError?.at === pathName(path)) this.placedError = null;
  }

  /** Adds a question at the end of a need; answers its key, or null when nothing was typed. */
  addQuestion(
    domainKey: string,
    kind: QuestionKind,
    text: NewText,
    choices: readonly NewText[] = [],
  ): string | null {
    if (text.english.trim() === "") return null;
    if (hasChoices(kind) && !choices.some((c) => c.english.trim() !== "")) return null;
    const added = withQuestion(this.draft, domainKey, { kind, text, choices });
    this.draft = added.survey;
    return added.key;
  }

  /** Adds a choice at the end of a question; answers its key, or null when nothing was typed. */
  addChoice(questionKey: string, text: NewText): string | null {
    if (text.english.trim() === "") return null;
    const added = withChoice(this.draft, questionKey, text);
    this.draft = added.survey;
    return added.key;
  }

  /** Why a question or choice of the unsaved edits must stay, or null when it may go. */
  whyKept(path: TextPath): string | null {
    return whyKept(this.draft, path);
  }

  /** Asks to take out a question or choice; refused at once when it must stay. */
  askRemove(path: TextPath, label: string): void {
    const kept = whyKept(this.draft, path);
    if (kept !== null) {
      this.placedError = { at: pathName(path), error: new AppError("invalid_input", kept) };
      return;
    }
    this.placedError = null;
    this.removal = { path, label };
  }

  cancelRemove(): void {
    this.removal = null;
  }

  /**
   * Takes out the confirmed question or choice: saved at once when the saved survey has it
   * (the backend refuses if it has answers), else simply dropped from the unsaved edits.
   * Answers the new detail when something was saved.
   */
  async confirmRemove(): Promise<AssessmentDetail | null> {
    const removal = this.removal;
    this.removal = null;
    if (!removal || this.saving) return null;
    const { path } = removal;
    if (!hasPath(this.detail.survey, path)) {
      this.draft = withoutPath(this.draft, path);
      return null;
    }
    const saved = await this.#save(withoutPath(this.detail.survey, path), pathName(path));
    if (saved) {
      const edits = this.draft;
      this.detail = saved;
      this.draft = withoutPath(edits, path);
      this.note = t("needs-survey-removed", { what: removal.label });
    }
    return saved;
  }

  /** Saves the draft whole; answers the new detail, or null when refused. */
  async save(): Promise<AssessmentDetail | null> {
    if (this.saving) return null;
    const saved = await this.#save(this.draft, null);
    if (saved) {
      this.detail = saved;
      this.draft = saved.survey;
      this.note = this.mode === "translate" && this.translateLang
        ? t("needs-survey-saved-language", { language: languageName(this.translateLang) })
        : t("needs-survey-saved");
      this.mode = "read";
    }
    return saved;
  }

  /**
   * Adds a language the survey runs in (its texts start empty) and saves at once. Refused
   * beside the box when the code is not two or three letters or there are unsaved edits.
   */
  async addLanguage(typedCode: string, name: string): Promise<AssessmentDetail | null> {
    const code = cleanLanguageCode(typedCode);
    const refuse = (message: string) => {
      this.placedError = { at: "language", error: new AppError("invalid_input", message) };
      return null;
    };
    if (!isLanguageCode(code)) {
      return refuse(
        code === ""
          ? t("needs-survey-code-missing")
          : t("needs-survey-code-invalid", { code: typedCode.trim() }),
      );
    }
    if (this.languages.includes(code)) {
      return refuse(t("needs-survey-code-taken", { language: languageName(code), code }));
    }
    if (!isKnownLanguage(code) && name.trim() === "") {
      return refuse(t("needs-survey-code-unknown", { code }));
    }
    if (this.dirty) return refuse(t("needs-survey-save-first"));
    if (this.saving) return null;
    rememberLanguageName(code, name);
    const saved = await this.#save(withLanguage(this.detail.survey, code), "language");
    if (saved) {
      this.detail = saved;
      this.draft = saved.survey;
      this.note = t("needs-survey-language-added", { language: languageName(code) });
    }
    return saved;
  }

  async #save(survey: Survey, at: string | null): Promise<AssessmentDetail | null> {
    this.saving = true;
    this.error = null;
    this.placedError = null;
    this.note = null;
    try {
      return await this.#ports.saveSurvey(this.assessmentId, cleanSurvey(survey));
    } catch (reason) {
      const error = toAppError(reason);
      if (at !== null) this.placedError = { at, error };
      else this.error = error;
      return null;
    } finally {
      this.saving = false;
    }
  }

  #firstToTranslate(): string | null {
    const waiting = this.detail.untranslated.find((u) => u.lang !== SOURCE_LANGUAGE);
    return waiting?.lang ?? this.targetLanguages[0] ?? null;
  }
}
