import { describe, expect, it, vi } from "vitest";
import { moduleId } from "../test-ids";
import { fakeTraining, module, ownModule, session, settle } from "./test-training";

describe("the Training area's library", () => {
  it("lists the modules in the screens' language and opens the first, with its sessions and who learned it", async () => {
    const { area, listModules, reachPorts } = fakeTraining();
    await area.enter(1);
    await settle();
    expect(listModules).toHaveBeenCalledWith("en");
    expect(area.list.modules.map((m) => m.title)).toEqual(["Module one-on-ones", "Module canvassing"]);
    expect(area.list.selectedId).toBe("one-on-ones");
    expect(area.module.detail?.id).toBe("one-on-ones");
    expect(area.module.isOwn).toBe(false);
    expect(area.module.sessions.loaded).toBe(true);
    expect(reachPorts.moduleReach).toHaveBeenCalledWith("one-on-ones");
    expect(area.module.reach.reach?.needs.left_out).toBe(2);
  });

  it("titles the modules in Spanish when the screens are, and reads a module in it", async () => {
    const { area, listModules, speak } = fakeTraining();
    speak("es");
    await area.enter(1);
    await settle();
    expect(listModules).toHaveBeenCalledWith("es");
    expect(area.list.modules[0].title).toBe("Módulo one-on-ones");
    expect(area.lang).toBe("es");
    area.chooseReadLang("en");
    expect(area.lang).toBe("en");
  });

  it("keeps the selection when the screen is opened again, and shows the one picked", async () => {
    const { area } = fakeTraining();
    await area.enter(1);
    area.select(moduleId("canvassing"), { focus: true });
    await settle();
    expect(area.module.detail?.id).toBe("canvassing");
    expect(area.module.focusRequested).toBe(true);
    await area.enter(1);
    await settle();
    expect(area.list.selectedId).toBe("canvassing");
  });

  it("starts afresh for another chapter", async () => {
    const { area } = fakeTraining();
    await area.enter(1);
    area.select(moduleId("canvassing"));
    area.showTab("sessions");
    await area.enter(2);
    await settle();
    expect(area.list.selectedId).toBe("one-on-ones");
    expect(area.tab).toBe("agenda");
  });
});

describe("making modules of the chapter's own", () => {
  it("copies a built-in module to change it, and opens the copy in the editor", async () => {
    const { area, ports } = fakeTraining();
    await area.enter(1);
    await settle();
    await area.copyToChange();
    expect(ports.copyModule).toHaveBeenCalledWith("one-on-ones");
    expect(area.editor?.moduleId).toBe("own-1");
    expect(area.module.isOwn).toBe(true);
    expect(area.list.selectedId).toBe("own-1");
    expect(area.list.modules.map((m) => m.id)).toContain("own-1");
  });

  it("asks a new module's title, refusing none, and makes it in the screens' language", async () => {
    const { area, ports, speak } = fakeTraining();
    speak("es");
    await area.enter(1);
    area.addModule();
    expect(await area.saveAdding()).toBe(false);
    expect(area.adding?.errorFor("title")).toBe("Give the module a title.");
    expect(ports.newModule).not.toHaveBeenCalled();
    if (area.adding) area.adding.values.title = "  Cómo hacer una asamblea ";
    expect(await area.saveAdding()).toBe(true);
    expect(ports.newModule).toHaveBeenCalledWith("es", "Cómo hacer una asamblea");
    expect(area.adding).toBeNull();
    expect(area.editor?.lang).toBe("es");
    expect(area.editor?.draft.values.title).toBe("Cómo hacer una asamblea");
  });

  it("offers Edit only on the chapter's own module", async () => {
    const { area } = fakeTraining([module("one-on-ones"), ownModule("own-9")]);
    await area.enter(1);
    await settle();
    area.startEdit();
    expect(area.editor).toBeNull();
    area.select(moduleId("own-9"));
    await settle();
    area.startEdit();
    expect(area.editor?.moduleId).toBe("own-9");
  });

  it("asks before a module is picked over unsaved typing in the editor, and drops it only when told", async () => {
    const { area } = fakeTraining([ownModule("own-9"), module("one-on-ones")]);
    await area.enter(1);
    await settle();
    area.startEdit();
    if (area.editor) area.editor.draft.values.handout = "# Changed";
    area.select(moduleId("one-on-ones"));
    expect(area.pendingDiscard).not.toBeNull();
    area.keepEditing();
    expect(area.editor?.draft.values.handout).toBe("# Changed");
    area.closeEditor();
    area.confirmDiscard();
    expect(area.editor).toBeNull();
    expect(area.module.focusRequested).toBe(true);
  });
});

describe("the editor's save", () => {
  it("keeps a refusal on the form, beside the title, with what was typed", async () => {
    const { area, ports, listModules } = fakeTraining([ownModule("own-9")]);
    await area.enter(1);
    await settle();
    area.startEdit();
    const editor = area.editor;
    if (!editor) throw new Error("no editor");
    editor.draft.values.title = "x".repeat(201);
    editor.draft.values.handout = "Half written";
    expect(await area.saveEditor()).toBe(false);
    expect(editor.draft.errorFor("title")).toBe("A title is at most 200 characters.");
    expect(editor.draft.formError).toBeNull();
    expect(editor.draft.values.handout).toBe("Half written");
    expect(editor.dirty).toBe(true);

    listModules.mockClear();
    editor.draft.values.title = "Our own handout";
    expect(await area.saveEditor()).toBe(true);
    expect(ports.saveModule).toHaveBeenLastCalledWith("own-9", "en", expect.objectContaining({ handout: "Half written" }));
    expect(editor.draft.justSaved).toBe(true);
    expect(editor.dirty).toBe(false);
    expect(area.module.detail?.texts[0].text.title).toBe("Our own handout");
    expect(listModules).toHaveBeenCalled();
  });

  it("refuses a module without a title before asking the backend", async () => {
    const { area, ports } = fakeTraining([ownModule("own-9")]);
    await area.enter(1);
    await settle();
    area.startEdit();
    if (area.editor) area.editor.draft.values.title = "   ";
    expect(await area.saveEditor()).toBe(false);
    expect(area.editor?.draft.errorFor("title")).toBe("Give the module a title.");
    expect(ports.saveModule).not.toHaveBeenCalled();
  });

  it("adds Spanish from a copy of the English, unsaved until it is saved", async () => {
    const { area, ports } = fakeTraining([ownModule("own-9", "Door knocking")]);
    await area.enter(1);
    await settle();
    area.startEdit();
    const editor = area.editor;
    if (!editor) throw new Error("no editor");
    expect(editor.languages).toEqual(["en"]);
    expect(editor.missing).toBe("es");
    editor.addLanguage("es");
    expect(editor.lang).toBe("es");
    expect(editor.languages).toEqual(["en", "es"]);
    expect(editor.draft.values.title).toBe("Door knocking");
    expect(editor.dirty).toBe(true);
    editor.draft.values.title = "Tocar puertas";
    expect(await area.saveEditor()).toBe(true);
    expect(ports.saveModule).toHaveBeenCalledWith("own-9", "es", expect.objectContaining({ title: "Tocar puertas" }));
    expect(editor.dirty).toBe(false);
    expect(editor.missing).toBeNull();
  });

  it("keeps typing made while a save was on its way, still to be saved", async () => {
    const { area, ports } = fakeTraining([ownModule("own-9")]);
    await area.enter(1);
    await settle();
    area.startEdit();
    const editor = area.editor;
    if (!editor) throw new Error("no editor");
    editor.draft.values.handout = "First";
    const saving = area.saveEditor();
    editor.draft.values.handout = "First and second";
    expect(await saving).toBe(true);
    expect(ports.saveModule).toHaveBeenCalledWith("own-9", "en", expect.objectContaining({ handout: "First" }));
    expect(editor.draft.values.handout).toBe("First and second");
    expect(editor.dirty).toBe(true);
  });
});

describe("importing, sharing and deleting", () => {
  it("imports a module, opens it and says it was imported, or that it already was", async () => {
    const { area, ports } = fakeTraining();
    await area.enter(1);
    area.importModule();
    await settle();
    expect(area.list.selectedId).toBe("imported");
    expect(area.module.detail?.id).toBe("imported");
    expect(area.notice).toEqual({ kind: "imported", title: "Imported handout" });
    vi.mocked(ports.importModuleFile).mockResolvedValueOnce({ id: moduleId("imported"), outcome: "already_imported" });
    area.importModule();
    await settle();
    expect(area.notice).toEqual({ kind: "already-imported", title: "Imported handout" });
  });

  it("does nothing when the file dialog is closed", async () => {
    const { area, ports } = fakeTraining();
    await area.enter(1);
    await settle();
    vi.mocked(ports.importModuleFile).mockResolvedValueOnce(null);
    area.importModule();
    await settle();
    expect(area.notice).toBeNull();
    expect(area.list.selectedId).toBe("one-on-ones");
  });

  it("says where a module was saved for another chapter", async () => {
    const { area, ports } = fakeTraining();
    await area.enter(1);
    await settle();
    await area.exportModule();
    expect(ports.exportModuleFile).toHaveBeenCalledWith("one-on-ones", "en");
    expect(area.notice).toEqual({ kind: "exported", path: "/home/rosa/Documents/one-on-ones.json" });
  });

  it("deletes the chapter's own module after asking, and shows the first module", async () => {
    const { area, ports } = fakeTraining([module("one-on-ones"), ownModule("own-9", "Door knocking")]);
    await area.enter(1);
    area.select(moduleId("own-9"));
    await settle();
    area.askDelete();
    expect(area.confirmingDelete).toBe(true);
    await area.confirmDelete();
    await settle();
    expect(ports.deleteModule).toHaveBeenCalledWith("own-9");
    expect(area.notice).toEqual({ kind: "deleted", title: "Door knocking" });
    expect(area.list.modules.map((m) => m.id)).toEqual(["one-on-ones"]);
    expect(area.module.detail?.id).toBe("one-on-ones");
  });

  it("shows the refusal to delete a module sessions were held on", async () => {
    const { area } = fakeTraining([ownModule("own-9", "Door knocking", { sessions: 1 })]);
    await area.enter(1);
    await settle();
    area.askDelete();
    await area.confirmDelete();
    expect(area.actionError?.message).toContain("was held on this module");
    expect(area.module.detail?.id).toBe("own-9");
  });

  it("never offers to delete a built-in module", async () => {
    const { area } = fakeTraining();
    await area.enter(1);
    await settle();
    area.askDelete();
    expect(area.confirmingDelete).toBe(false);
  });
});

describe("a module's sessions from the area", () => {
  it("plans a session titled as the module, and counts it in the list", async () => {
    const { area, sessionPorts } = fakeTraining();
    await area.enter(1);
    await settle();
    area.planSession();
    const draft = area.module.sessions.planning;
    if (!draft) throw new Error("no form");
    draft.values.day = "2026-04-14";
    draft.values.trainers = "Rosa and Luis";
    expect(await area.savePlanning()).toBe(true);
    expect(sessionPorts.createSession).toHaveBeenCalledWith(
      "one-on-ones",
      expect.objectContaining({ title: "Module one-on-ones", starts_at: "2026-04-14T18:00" }),
      "Rosa and Luis",
      "en",
    );
    expect(area.module.sessions.planning).toBeNull();
    expect(area.module.sessions.sessions.map((s) => s.id)).toEqual(["m-1"]);
    expect(area.module.detail?.sessions).toBe(1);
    expect(area.list.modules[0].sessions).toBe(1);
  });

  it("asks before unsaved feedback is left for another session's", async () => {
    const { area } = fakeTraining();
    await area.enter(1);
    await settle();
    area.openFeedback(session("m-1"));
    if (area.module.sessions.feedback) area.module.sessions.feedback.values.worked = "The role play";
    area.openFeedback(session("m-2"));
    expect(area.pendingDiscard).not.toBeNull();
    area.confirmDiscard();
    expect(area.module.sessions.feedback?.sessionId).toBe("m-2");
  });
});

describe("printing from the record", () => {
  it("opens the paper form on the part on screen, in the languages the module has", async () => {
    const { area } = fakeTraining([ownModule("own-9")]);
    await area.enter(1);
    await settle();
    area.showTab("worksheet");
    area.togglePrint({ name: "Eastside", paper_size: "a4", print_languages: ["en", "es"], time_zone: "America/Chicago" });
    expect(area.paper?.what).toBe("worksheet");
    expect(area.paper?.lang).toBe("en");
    expect(area.paper?.paper).toBe("a4");
    area.togglePrint(null);
    expect(area.paper).toBeNull();
  });
});

describe("a part refused by the backend", () => {
  it("is put on screen, with the refusal under its text", async () => {
    const { area, ports } = fakeTraining([ownModule("own-9")]);
    await area.enter(1);
    await settle();
    area.startEdit();
    const editor = area.editor;
    if (!editor) throw new Error("no editor");
    vi.mocked(ports.saveModule).mockRejectedValueOnce({
      kind: "invalid_input",
      message: "the handout: a part of a module is at most 100000 characters",
      details: null,
      field: "handout",
      reason: "a part of a module is at most 100000 characters",
    });
    editor.choosePart("agenda");
    editor.draft.values.handout = "Very long";
    expect(await area.saveEditor()).toBe(false);
    expect(editor.part).toBe("handout");
    expect(editor.draft.errorFor("handout")).toBe("A part of a module is at most 100000 characters.");
  });
});
