import { describe, expect, it, vi } from "vitest";
import type { PrintedForms } from "../api/types";
import { NumberedFormsPrint, type NumberedFormsPorts } from "./numbered-forms-print.svelte";

const printed: PrintedForms = { path: "/print/forms-0001.pdf", pages: 2, first: "0001", last: "0002" };

/** The shared part, with a batch that answers what the test says. */
class TestForms extends NumberedFormsPrint {
  batch(requested: number, answer: () => Promise<PrintedForms>) {
    return this.runBatch(requested, () => answer());
  }

  resetAll() {
    this.resetChoices();
  }
}

function ports(over: Partial<NumberedFormsPorts> = {}): NumberedFormsPorts {
  return {
    openInViewer: vi.fn(async () => {}),
    cancelJob: vi.fn(async () => {}),
    newJobId: () => "job-1",
    ...over,
  };
}

describe("NumberedFormsPrint", () => {
  it("starts with the count it is given and keeps a language the survey has", () => {
    const forms = new TestForms(ports(), 7);
    expect(forms.count).toBe(7);
    forms.prepare(["en", "es"], ["es"]);
    expect(forms.language).toBe("es");
    forms.language = "en";
    forms.prepare(["en", "es"], ["es"]);
    expect(forms.language).toBe("en");
  });

  it("runs one batch, says how many it asked for, and opens what it printed", async () => {
    const p = ports();
    const forms = new TestForms(p, 3);
    expect(await forms.batch(3, async () => printed)).toEqual(printed);
    expect(forms.requested).toBe(3);
    expect(forms.state).toEqual({ phase: "done", kind: "print", result: printed });
    await forms.openPrinted();
    expect(p.openInViewer).toHaveBeenCalledWith(printed.path);
  });

  it("shows why the file did not open, and forgets it with the batch", async () => {
    const openInViewer = vi.fn(async () => Promise.reject(new Error("no viewer")));
    const forms = new TestForms(ports({ openInViewer }), 3);
    await forms.batch(3, async () => printed);
    await forms.openPrinted();
    expect(forms.openError).not.toBeNull();
    expect(forms.opening).toBe(false);
    forms.dismiss();
    expect(forms.openError).toBeNull();
    expect(forms.state.phase).toBe("idle");
  });

  it("clears the choices and the last batch for another chapter", async () => {
    const forms = new TestForms(ports(), 3);
    forms.language = "es";
    forms.paper = "a4";
    forms.countError = "fix it";
    await forms.batch(3, async () => printed);
    forms.resetAll();
    expect(forms.language).toBe("");
    expect(forms.paper).toBe("default");
    expect(forms.countError).toBeNull();
    expect(forms.state.phase).toBe("idle");
  });
});
