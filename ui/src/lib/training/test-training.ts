// Invented modules, sessions and a pretend training backend for the Training area's tests.
import { vi } from "vitest";
import type {
  Block,
  Feedback,
  ImportedModule,
  IpcError,
  Lang,
  MeetingId,
  MeetingInput,
  Module,
  ModuleId,
  ModuleReach,
  ModuleSummary,
  ModuleText,
  Session,
} from "../api/types";
import { said } from "../grants/test-grants";
import { LadderLevels } from "../people/ladder-levels.svelte";
import { meeting } from "../meetings/test-meetings";
import { meetingId, moduleId, personId } from "../test-ids";
import { MarkupPreview, type MarkupPreviewPorts } from "./markup-preview.svelte";
import { ModuleList } from "./module-list.svelte";
import { ModuleReachState } from "./module-reach.svelte";
import { ModuleSessions } from "./module-sessions.svelte";
import { OpenModule } from "./open-module.svelte";
import { Training, type TrainingPorts } from "./training.svelte";
import { titleOf } from "./words";

export function text(title: string, over: Partial<ModuleText> = {}): ModuleText {
  return {
    title,
    summary: `What ${title} is for`,
    agenda: `# ${title}\n\nThe guide.`,
    handout: `# ${title}\n\nThe handout.`,
    worksheet: "Name ___",
    ...over,
  };
}

/** A module; built in (a key) unless `builtIn` is null, in English and Spanish unless told. */
export function module(
  id: string,
  over: Partial<Module> = {},
  texts: Partial<Record<Lang, ModuleText>> = { en: text(`Module ${id}`), es: text(`Módulo ${id}`) },
): Module {
  return {
    id: moduleId(id),
    built_in: id,
    copied_from: null,
    texts: (["en", "es"] as const)
      .filter((lang) => texts[lang] !== undefined)
      .map((lang) => ({ lang, text: texts[lang] as ModuleText })),
    sessions: 0,
    is_sample: false,
    ...over,
  };
}

/** The chapter's own module, in English only. */
export function ownModule(id: string, title = `Our module ${id}`, over: Partial<Module> = {}): Module {
  return module(id, { built_in: null, ...over }, { en: text(title) });
}

export function summaryOf(m: Module, lang: Lang = "en"): ModuleSummary {
  return {
    id: m.id,
    title: titleOf(m, lang),
    summary: "",
    languages: m.texts.map((t) => t.lang),
    built_in: m.built_in !== null,
    sessions: m.sessions,
    learned: 0,
  };
}

export function session(id: string, over: Partial<Session> = {}): Session {
  return {
    id: meetingId(id),
    module_id: moduleId("one-on-ones"),
    module_title: "One-on-one conversations",
    meeting: meeting({ id: meetingId(id), title: "One-on-one conversations" }),
    trainers: null,
    worked: null,
    to_change: null,
    ...over,
  };
}

export function paragraph(words: string): Block {
  return { kind: "paragraph", spans: [{ text: words, bold: false, italic: false }] };
}

/** What the backend says when a module's title is refused. */
export function titleRefused(reason = "a title is at most 200 characters"): IpcError {
  return {
    kind: "invalid_input",
    message: `the module's title: ${reason}`,
    details: null,
    field: "title",
    reason,
    said: said("error-field-reason", `the module's title: ${reason}`),
    refused: { field: said("field-module-title", "the module's title"), reason: said("training-title-too-long", reason) },
  };
}

/** Timers the test runs by hand: `run()` fires every one waiting, as if the pause had passed. */
export function handTimers() {
  const waiting = new Map<number, () => void>();
  let next = 0;
  const after = vi.fn((_ms: number, done: () => void) => {
    const id = next++;
    waiting.set(id, done);
    return () => waiting.delete(id);
  });
  return {
    after,
    get waiting() {
      return waiting.size;
    },
    run() {
      const due = [...waiting.values()];
      waiting.clear();
      for (const done of due) done();
    },
  };
}

/** A preview whose readings are made at once, with timers run by hand. */
export function fakePreview(timers = handTimers()) {
  const ports: MarkupPreviewPorts = {
    previewMarkup: vi.fn(async (markup: string) => [paragraph(markup)]),
    after: timers.after,
  };
  return { preview: new MarkupPreview(ports), ports, timers };
}

/** Lets every settled promise run its callbacks. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A pretend backend holding modules and sessions in memory, and the Training area on it. Saving
 * refuses a title longer than 200 characters, as the real one does.
 */
export function fakeTraining(held: Module[] = [module("one-on-ones"), module("canvassing")]) {
  let stored = [...held];
  let sessions: Session[] = [];
  let made = 0;
  const find = (id: ModuleId) => {
    const found = stored.find((m) => m.id === id);
    if (!found) throw { kind: "not_found", message: "gone", details: null };
    return found;
  };
  const put = (next: Module) => {
    stored = stored.some((m) => m.id === next.id) ? stored.map((m) => (m.id === next.id ? next : m)) : [...stored, next];
    return next;
  };
  let lang: Lang = "en";
  const ports: TrainingPorts = {
    newModule: vi.fn(async (l: Lang, title: string) => put(module(`own-${++made}`, { built_in: null }, { [l]: text(title, { summary: "", agenda: "", handout: "", worksheet: "" }) }))),
    copyModule: vi.fn(async (id: ModuleId) => put({ ...find(id), id: moduleId(`own-${++made}`), built_in: null, copied_from: id, sessions: 0 })),
    deleteModule: vi.fn(async (id: ModuleId) => {
      const m = find(id);
      if (m.sessions > 0) {
        throw { kind: "conflict", message: "1 training session was held on this module, so it stays", details: null };
      }
      stored = stored.filter((s) => s.id !== id);
      return null;
    }),
    importModuleFile: vi.fn(async (): Promise<ImportedModule | null> => {
      put(ownModule("imported", "Imported handout"));
      return { id: moduleId("imported"), outcome: "new" };
    }),
    exportModuleFile: vi.fn(async () => "/home/rosa/Documents/one-on-ones.json"),
    saveModule: vi.fn(async (id: ModuleId, l: Lang, saved: ModuleText) => {
      if (saved.title.length > 200) throw titleRefused();
      const m = find(id);
      const texts = m.texts.some((t) => t.lang === l)
        ? m.texts.map((t) => (t.lang === l ? { lang: l, text: saved } : t))
        : [...m.texts, { lang: l, text: saved }];
      return put({ ...m, texts });
    }),
  };
  const sessionPorts = {
    listSessions: vi.fn(async (id: ModuleId | null) => sessions.filter((s) => id === null || s.module_id === id)),
    createSession: vi.fn(async (id: ModuleId, input: MeetingInput, trainers: string | null) => {
      const made = session(`m-${sessions.length + 1}`, {
        module_id: id,
        module_title: input.title,
        meeting: meeting({ ...input, id: meetingId(`m-${sessions.length + 1}`), attended: 0 }),
        trainers,
      });
      sessions = [made, ...sessions];
      put({ ...find(id), sessions: find(id).sessions + 1 });
      return made;
    }),
    saveSessionFeedback: vi.fn(async (id: MeetingId, feedback: Feedback) => {
      const next = { ...(sessions.find((s) => s.id === id) as Session), ...feedback };
      sessions = sessions.map((s) => (s.id === id ? next : s));
      return next;
    }),
  };
  const reach: ModuleReach = {
    learners: [{ person_id: personId("p-1"), name: "Rosa Delgado", learned_on: "2026-03-03" }],
    needs: {
      invite: [{ person_id: personId("p-2"), name: "Luis Ortega", phone: "(312) 555-0199", level: "volunteer", text_only: true }],
      left_out: 2,
    },
  };
  const reachPorts = { moduleReach: vi.fn(async () => reach) };
  const listModules = vi.fn(async (l: Lang) => stored.map((m) => summaryOf(m, l)));
  const { preview } = fakePreview();
  const editorTimers = handTimers();
  const area = new Training({
    list: new ModuleList(() => lang, listModules),
    module: new OpenModule({
      getModule: vi.fn(async (id: ModuleId) => find(id)),
      sessions: new ModuleSessions(() => lang, sessionPorts),
      reach: new ModuleReachState(reachPorts),
      preview,
    }),
    ladder: new LadderLevels({ ladderLevels: vi.fn(async () => []), renameLadderLevel: vi.fn() }),
    ports,
    lang: () => lang,
    editorPreview: () => fakePreview(editorTimers).preview,
  });
  return {
    area,
    ports,
    sessionPorts,
    reachPorts,
    listModules,
    editorTimers,
    stored: () => stored,
    speak(l: Lang) {
      lang = l;
    },
  };
}
