import { createContext } from "svelte";
import * as trainingClient from "../api/client/training";
import { toAppError, type AppError } from "../api/errors";
import type { ChapterSettings, Lang, Module, ModuleId, Part, Session } from "../api/types";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { LadderLevels } from "../people/ladder-levels.svelte";
import { MarkupPreview } from "./markup-preview.svelte";
import { ModuleEditor } from "./module-editor.svelte";
import { ModuleList } from "./module-list.svelte";
import { ModuleReachState } from "./module-reach.svelte";
import { ModuleSessions } from "./module-sessions.svelte";
import { NewModuleDraft } from "./new-module-draft.svelte";
import { OpenModule } from "./open-module.svelte";
import { TrainingPaper, type PrintWhat } from "./training-paper.svelte";
import { isPart, languagesOf, PARTS, screenLang, titleOf } from "./words";

/** What the module's record shows under its title: a part, its sessions, or who learned it. */
export type ModuleTab = Part | "sessions" | "learners";

export const MODULE_TABS: readonly ModuleTab[] = [...PARTS, "sessions", "learners"];

/** What an action on the library did, said once on the record it leads to. */
export type TrainingNotice =
  | { kind: "imported"; title: string }
  | { kind: "already-imported"; title: string }
  | { kind: "exported"; path: string }
  | { kind: "deleted"; title: string };

export type TrainingPorts = Pick<
  typeof trainingClient,
  "newModule" | "copyModule" | "deleteModule" | "importModuleFile" | "exportModuleFile" | "saveModule"
>;

export type TrainingParts = {
  list: ModuleList;
  module: OpenModule;
  ladder: LadderLevels;
  ports: TrainingPorts;
  /** The language the screens are in, as a module language. */
  lang: () => Lang;
  /** A fresh live preview for each editor opened. */
  editorPreview: () => MarkupPreview;
};

function realParts(): TrainingParts {
  const lang = () => screenLang();
  return {
    list: new ModuleList(lang),
    module: new OpenModule({
      getModule: trainingClient.getModule,
      sessions: new ModuleSessions(lang),
      reach: new ModuleReachState(),
      preview: new MarkupPreview(),
    }),
    ladder: new LadderLevels(),
    ports: {
      newModule: trainingClient.newModule,
      copyModule: trainingClient.copyModule,
      deleteModule: trainingClient.deleteModule,
      importModuleFile: trainingClient.importModuleFile,
      exportModuleFile: trainingClient.exportModuleFile,
      saveModule: trainingClient.saveModule,
    },
    lang,
    editorPreview: () => new MarkupPreview(),
  };
}

/**
 * The Training area: the library of modules, the one open on the right (its parts, how to
 * print it, its sessions and who has learned it), the form starting a module and the editor
 * of the chapter's own. It lives as long as the app, so a handout half written waits while the
 * organizer looks something up; a different chapter starts it afresh.
 */
export class Training extends DiscardGuard {
  readonly list: ModuleList;
  readonly module: OpenModule;
  /** The ladder's names, for who still needs a module. */
  readonly ladder: LadderLevels;
  tab = $state<ModuleTab>("agenda");
  /** Set when the selected tab should take the keyboard focus once on screen. */
  tabFocusRequested = $state(false);
  /** The language the module is read in, when the organizer chose one; else the screens'. */
  readLang = $state<Lang | null>(null);
  /** "New module": asks its title; it takes the place of the module on the right. */
  adding = $state<NewModuleDraft | null>(null);
  /** The chapter's own module being written; it takes the place of the module on the right. */
  editor = $state<ModuleEditor | null>(null);
  /** The paper form, while it is open on the record. */
  paper = $state<TrainingPaper | null>(null);
  notice = $state.raw<TrainingNotice | null>(null);
  /** What went wrong with the last action on the library (import, copy, export, delete). */
  actionError = $state<AppError | null>(null);
  /** An action is on its way; its buttons wait. */
  busy = $state(false);
  /** "Delete this module?" is asked. */
  confirmingDelete = $state(false);

  readonly #ports: TrainingPorts;
  readonly #lang: () => Lang;
  readonly #editorPreview: () => MarkupPreview;
  #chapterRevision: number | null = null;

  constructor(parts: TrainingParts = realParts()) {
    super();
    this.list = parts.list;
    this.module = parts.module;
    this.ladder = parts.ladder;
    this.#ports = parts.ports;
    this.#lang = parts.lang;
    this.#editorPreview = parts.editorPreview;
  }

  /** Whether a form in the area holds something not yet saved. */
  get dirty(): boolean {
    return (this.adding?.dirty ?? false) || (this.editor?.dirty ?? false) || this.module.sessions.dirty;
  }

  /** The language a module is read in on the record, unless it is not written in it. */
  get lang(): Lang {
    return this.readLang ?? this.#lang();
  }

  /**
   * The screen opened: start afresh for another chapter, fetch what may be stale (titles follow
   * the screens' language), and show the first module when none is chosen yet.
   */
  async enter(chapterRevision: number): Promise<void> {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    const selected = this.list.selectedId;
    if (selected !== null && this.editor === null) void this.module.show(selected);
    void this.ladder.load();
    await this.list.load();
    const first = this.list.modules[0];
    if (this.list.selectedId === null && this.adding === null && this.editor === null && first) {
      this.list.selectedId = first.id;
      void this.module.show(first.id);
    }
  }

  /** Shows a module on the right, asking first if that would drop unsaved typing. */
  select(id: ModuleId, options: { focus?: boolean } = {}): void {
    const other = id !== this.module.id;
    const unsaved =
      (this.adding?.dirty ?? false) ||
      (this.editor?.dirty ?? false) ||
      (other && this.module.sessions.dirty);
    this.guard(unsaved, () => {
      this.#closeForms();
      if (other) this.#leaveModule();
      this.list.selectedId = id;
      if (options.focus) this.module.focusRequested = true;
      void this.module.show(id);
    });
  }

  showTab(tab: ModuleTab, options: { focus?: boolean } = {}): void {
    this.tab = tab;
    if (options.focus) this.tabFocusRequested = true;
  }

  chooseReadLang(lang: Lang): void {
    this.readLang = lang;
  }

  addModule(): void {
    this.guard(this.dirty, () => {
      this.#closeForms();
      this.notice = null;
      this.actionError = null;
      this.adding = new NewModuleDraft();
    });
  }

  /** Escape or Cancel on the new-module form. */
  cancelAdding(): void {
    this.guard(this.adding?.dirty ?? false, () => {
      this.adding = null;
      this.module.focusRequested = this.module.detail !== null;
    });
  }

  /** Makes the module in the screens' language, then opens it in the editor. */
  async saveAdding(): Promise<boolean> {
    const draft = this.adding;
    if (!draft) return false;
    return saveDraft(draft, async (title) => {
      const module = await this.#ports.newModule(this.#lang(), title);
      if (this.adding === draft) this.adding = null;
      await this.#openInEditor(module);
    });
  }

  /** "Import a module…": asks for the file, brings it in and opens it. */
  importModule(): void {
    this.guard(this.dirty, () => {
      this.#closeForms();
      void this.#import();
    });
  }

  async #import(): Promise<void> {
    if (this.busy) return;
    this.#startAction();
    try {
      const imported = await this.#ports.importModuleFile(this.#lang());
      if (imported === null) return;
      if (imported.id !== this.module.id) this.#leaveModule();
      // The list has the row before it is selected, so the row is brought into view.
      await this.list.load();
      this.list.selectedId = imported.id;
      this.module.focusRequested = true;
      const shown = await this.module.show(imported.id);
      const title = shown && this.module.detail ? titleOf(this.module.detail, this.lang) : "";
      this.notice = { kind: imported.outcome === "new" ? "imported" : "already-imported", title };
    } catch (reason) {
      this.actionError = toAppError(reason);
    } finally {
      this.busy = false;
    }
  }

  /** "Copy to change" on a built-in module: the chapter's own copy, open in the editor. */
  async copyToChange(): Promise<void> {
    const id = this.module.id;
    if (id === null || this.busy) return;
    this.#startAction();
    try {
      await this.#openInEditor(await this.#ports.copyModule(id));
    } catch (reason) {
      this.actionError = toAppError(reason);
    } finally {
      this.busy = false;
    }
  }

  /** "Edit" on the chapter's own module. */
  startEdit(): void {
    const module = this.module.detail;
    if (!module || !this.module.isOwn) return;
    this.notice = null;
    this.actionError = null;
    this.editor = new ModuleEditor(module, this.lang, { saveModule: this.#ports.saveModule }, this.#editorPreview());
  }

  /** "Done" or Escape in the editor: back to the module, asking first when something is unsaved. */
  closeEditor(): void {
    this.guard(this.editor?.dirty ?? false, () => {
      this.#stopEditing();
      this.module.focusRequested = true;
    });
  }

  /** Save or Ctrl+S in the editor: the language on screen is saved; the editor stays open. */
  async saveEditor(): Promise<boolean> {
    const editor = this.editor;
    if (!editor) return false;
    const saved = await editor.save();
    if (!saved) return false;
    if (this.module.id === editor.moduleId) this.module.replace(editor.module);
    await this.list.load();
    return true;
  }

  /** "Save for another chapter…": asks where, writes the module file there, and says where. */
  async exportModule(): Promise<void> {
    const id = this.module.id;
    if (id === null || this.busy) return;
    this.#startAction();
    try {
      const path = await this.#ports.exportModuleFile(id, this.lang);
      if (path !== null) this.notice = { kind: "exported", path };
    } catch (reason) {
      this.actionError = toAppError(reason);
    } finally {
      this.busy = false;
    }
  }

  askDelete(): void {
    if (this.module.isOwn) this.confirmingDelete = true;
  }

  cancelDelete(): void {
    this.confirmingDelete = false;
  }

  /** Deletes the chapter's own module; a refusal (sessions were held on it) is shown on it. */
  async confirmDelete(): Promise<void> {
    const module = this.module.detail;
    this.confirmingDelete = false;
    if (!module || this.busy) return;
    this.#startAction();
    try {
      await this.#ports.deleteModule(module.id);
      const title = titleOf(module, this.lang);
      this.#leaveModule();
      this.module.reset();
      this.list.selectedId = null;
      await this.list.load();
      const first = this.list.modules[0];
      if (first) {
        this.list.selectedId = first.id;
        void this.module.show(first.id);
      }
      this.notice = { kind: "deleted", title };
    } catch (reason) {
      this.actionError = toAppError(reason);
    } finally {
      this.busy = false;
    }
  }

  /** "Print…": the paper form opens on what is on screen (the handout unless a part is). */
  togglePrint(settings: ChapterSettings | null): void {
    const module = this.module.detail;
    if (this.paper !== null || !module) {
      this.paper = null;
      return;
    }
    const what: PrintWhat = isPart(this.tab) ? this.tab : "handout";
    this.paper = new TrainingPaper(module.id, settings, languagesOf(module), what);
  }

  closePrint(): void {
    this.paper = null;
  }

  /** "Plan a session" on the module on screen, its meeting titled as the module. */
  planSession(): void {
    const module = this.module.detail;
    if (!module) return;
    this.module.sessions.startPlanning(titleOf(module, this.#lang()));
  }

  /** Escape or Cancel on the session form. */
  cancelPlanning(): void {
    const sessions = this.module.sessions;
    this.guard(sessions.planning?.dirty ?? false, () => sessions.closePlanning());
  }

  async savePlanning(): Promise<boolean> {
    const session = await this.module.sessions.savePlanning();
    if (session === null) return false;
    // The module's count of sessions, here and in the list.
    const id = this.module.id;
    await Promise.all([id === null ? null : this.module.show(id), this.list.load()]);
    return true;
  }

  /** Opens one session's feedback form, asking first when another one's has unsaved typing. */
  openFeedback(session: Session): void {
    const sessions = this.module.sessions;
    const other = sessions.feedback !== null && sessions.feedback.sessionId !== session.id;
    this.guard(other && (sessions.feedback?.dirty ?? false), () => sessions.openFeedback(session));
  }

  closeFeedback(): void {
    const sessions = this.module.sessions;
    this.guard(sessions.feedback?.dirty ?? false, () => sessions.closeFeedback());
  }

  /** The module was made or copied: it is the chapter's own, open in the editor. */
  async #openInEditor(module: Module): Promise<void> {
    this.#closeForms();
    if (module.id !== this.module.id) this.#leaveModule();
    this.module.replace(module);
    this.editor = new ModuleEditor(module, this.#lang(), { saveModule: this.#ports.saveModule }, this.#editorPreview());
    // The list has the row before it is selected, so the row is brought into view.
    await this.list.load();
    this.list.selectedId = module.id;
  }

  #startAction(): void {
    this.busy = true;
    this.notice = null;
    this.actionError = null;
  }

  /** What belonged to the module on screen goes with it. */
  #leaveModule(): void {
    this.paper = null;
    this.notice = null;
    this.actionError = null;
    this.confirmingDelete = false;
  }

  #stopEditing(): void {
    this.editor?.stop();
    this.editor = null;
  }

  #closeForms(): void {
    this.adding = null;
    this.#stopEditing();
  }

  #reset(): void {
    this.list.reset();
    this.module.reset();
    this.ladder.reset();
    this.#closeForms();
    this.#leaveModule();
    this.tab = "agenda";
    this.tabFocusRequested = false;
    this.readLang = null;
    this.busy = false;
    this.pendingDiscard = null;
  }
}

export const [getTraining, setTraining] = createContext<Training>();
