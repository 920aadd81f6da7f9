import { describe, expect, it } from "vitest";
import { DiscardGuard } from "./discard-guard.svelte";
import { saveDraft, type Submittable } from "./save-draft";

class Area extends DiscardGuard {
  ask(unsaved: boolean, action: () => void): void {
    this.guard(unsaved, action);
  }
}

describe("DiscardGuard", () => {
  it("runs an action at once when nothing typed would be lost", () => {
    const area = new Area();
    let ran = 0;
    area.ask(false, () => ran++);
    expect(ran).toBe(1);
    expect(area.pendingDiscard).toBeNull();
  });

  it("holds the action until the organizer answers", () => {
    const area = new Area();
    let ran = 0;
    area.ask(true, () => ran++);
    expect(ran).toBe(0);
    area.keepEditing();
    expect(area.pendingDiscard).toBeNull();
    area.ask(true, () => ran++);
    area.confirmDiscard();
    expect(ran).toBe(1);
    expect(area.pendingDiscard).toBeNull();
  });
});

function form(input: string | null): Submittable<string> {
  return { saving: false, serverError: null, submit: () => input };
}

describe("saveDraft", () => {
  it("sends the input and answers true", async () => {
    const draft = form("Rosa");
    const sent: string[] = [];
    let savingWhileSent = false;
    expect(
      await saveDraft(draft, async (input) => {
        savingWhileSent = draft.saving;
        sent.push(input);
      }),
    ).toBe(true);
    expect(sent).toEqual(["Rosa"]);
    expect(savingWhileSent).toBe(true);
    expect(draft.saving).toBe(false);
  });

  it("sends nothing while the form shows what to fix or is already saving", async () => {
    let sends = 0;
    const send = async () => {
      sends++;
    };
    expect(await saveDraft(form(null), send)).toBe(false);
    const busy = form("Rosa");
    busy.saving = true;
    expect(await saveDraft(busy, send)).toBe(false);
    expect(busy.saving).toBe(true);
    expect(sends).toBe(0);
  });

  it("keeps a refusal on the form", async () => {
    const draft = form("Rosa");
    const saved = await saveDraft(draft, async () => {
      throw { kind: "database", message: "The database is busy.", details: null };
    });
    expect(saved).toBe(false);
    expect(draft.serverError?.message).toBe("The database is busy.");
    expect(draft.saving).toBe(false);
  });
});
