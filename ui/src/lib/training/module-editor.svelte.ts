import * as trainingClient from "../api/client/training";
import type { Lang, Module, ModuleId, ModuleText, Part } from "../api/types";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { saveDraft } from "../forms/save-draft";
import { t } from "../i18n/locale.svelte";
import { MarkupPreview } from "./markup-preview.svelte";
import { MODULE_LANGS, isPart, languagesOf, shownLang, textIn } from "./words";

/** The inputs a refusal of the module's words is shown beside, as the backend names them. */
export const MODULE_TEXT_FIELDS = ["title", "summary", "agenda", "handout", "worksheet"] as const;

export function validateModuleText(values: ModuleText): FieldErrors {
  return values.title.trim() === "" ? { title: t("training-editor-title-missing") } : {};
}

/** A module's words in one language, as typed. */
export class ModuleTextDraft extends Draft<ModuleText> {
  readonly lang: Lang;
  /** A language being added: nothing of it is saved yet, however little was typed. */
  readonly added: boolean;
  /** Set on the fresh form a save leaves, so the page says "Saved" until the next change. */
  justSaved = $state(false);

  constructor(lang: Lang, text: ModuleText, added = false) {
    super({ ...text }, validateModuleText, MODULE_TEXT_FIELDS);
    this.lang = lang;
    this.added = added;
  }

  /** Something of it is not saved. */
  get unsaved(): boolean {
    return this.added || this.dirty;
  }

  submit(): ModuleText | null {
    return this.attempt() ? { ...this.values } : null;
  }
}

export type ModuleEditorPorts = Pick<typeof trainingClient, "saveModule">;

/**
 * The chapter's own module being written: one form per language it is written in (and one
 * being added), the part whose text is on screen, and its live preview. Each language is
 * saved on its own; what is typed in another stays while the editor is open.
 */
export class ModuleEditor {
  readonly moduleId: ModuleId;
  /** The module as last saved. */
  module = $state.raw<Module>() as Module;
  lang = $state<Lang>("en");
  part = $state<Part>("agenda");
  drafts = $state<Partial<Record<Lang, ModuleTextDraft>>>({});
  readonly preview: MarkupPreview;

  /** The languages with a form, English first. */
  readonly languages: Lang[] = $derived(MODULE_LANGS.filter((lang) => this.drafts[lang] !== undefined));
  /** The form of the language on screen. */
  readonly draft: ModuleTextDraft = $derived(this.drafts[this.lang] as ModuleTextDraft);
  /** The text of the part on screen, as typed. */
  readonly text: string = $derived(this.draft.values[this.part]);
  /** The language it could still be written in, for "Add Spanish" (or English). */
  readonly missing: Lang | null = $derived(MODULE_LANGS.find((lang) => this.drafts[lang] === undefined) ?? null);
  /** Something typed in any language is not saved yet. */
  readonly dirty: boolean = $derived(Object.values(this.drafts).some((draft) => draft.unsaved));

  readonly #ports: ModuleEditorPorts;

  constructor(
    module: Module,
    wanted: Lang,
    ports: ModuleEditorPorts = { saveModule: trainingClient.saveModule },
    preview: MarkupPreview = new MarkupPreview(),
  ) {
    this.moduleId = module.id;
    this.module = module;
    this.#ports = ports;
    this.preview = preview;
    const drafts: Partial<Record<Lang, ModuleTextDraft>> = {};
    for (const lang of languagesOf(module)) {
      const text = textIn(module, lang);
      if (text) drafts[lang] = new ModuleTextDraft(lang, text);
    }
    this.drafts = drafts;
    this.lang = shownLang(module, wanted);
  }

  choose(lang: Lang): void {
    if (this.drafts[lang]) this.lang = lang;
  }

  choosePart(part: Part): void {
    this.part = part;
  }

  /**
   * Starts the module in another language from a copy of the words on screen, to translate in
   * place: the layout, the tables and the lines to write on come along.
   */
  addLanguage(lang: Lang): void {
    if (this.drafts[lang]) return;
    this.drafts[lang] = new ModuleTextDraft(lang, { ...this.draft.values }, true);
    this.lang = lang;
  }

  /** Saves the language on screen; answers whether it saved. A refusal stays on its form. */
  async save(): Promise<boolean> {
    const draft = this.draft;
    const lang = draft.lang;
    const sent = JSON.stringify(draft.values);
    const saved = await saveDraft(draft, async (text) => {
      const module = await this.#ports.saveModule(this.moduleId, lang, text);
      this.module = module;
      // The typing since the save was sent is kept, still to be saved.
      if (this.drafts[lang] === draft && JSON.stringify(draft.values) === sent) {
        const fresh = new ModuleTextDraft(lang, textIn(module, lang) ?? text);
        fresh.justSaved = true;
        this.drafts[lang] = fresh;
      }
    });
    // A part refused (too long) is shown, with the refusal under its text.
    const refused = draft.serverField;
    if (!saved && this.draft === draft && isPart(refused)) this.part = refused;
    return saved;
  }

  /** The editor closed: no preview comes back. */
  stop(): void {
    this.preview.stop();
  }
}
