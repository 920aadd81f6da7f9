import { describe, expect, it, vi } from "vitest";
import type { ChapterSettings } from "../api/types";
import { moduleId } from "../test-ids";
import { CallSheet } from "./call-sheet.svelte";

const settings: ChapterSettings = {
  name: "Eastside",
  paper_size: "a4",
  print_languages: ["es"],
  time_zone: "America/Chicago",
};

describe("the call sheet for a module", () => {
  it("prints in the chapter's language and paper, and shows where it went", async () => {
    const printCallSheet = vi.fn(async () => ({ path: "/print/call-sheet.pdf", pages: 1 }));
    const sheet = new CallSheet(moduleId("m-1"), settings, { printCallSheet, openInViewer: vi.fn() });
    await sheet.print();
    expect(printCallSheet).toHaveBeenCalledWith({ module: "m-1", lang: "es", paper: "a4" });
    expect(sheet.printed?.path).toBe("/print/call-sheet.pdf");
    expect(sheet.error).toBeNull();
  });

  it("keeps a refusal on screen rather than throwing it", async () => {
    const printCallSheet = vi.fn(async () => {
      throw { kind: "not_found", message: "no such module" };
    });
    const sheet = new CallSheet(moduleId("m-1"), settings, { printCallSheet, openInViewer: vi.fn() });
    await sheet.print();
    expect(sheet.printed).toBeNull();
    expect(sheet.error).not.toBeNull();
  });
});
