import { describe, expect, it, vi } from "vitest";
import { AppError } from "../api/errors";
import type { ChapterSettings, PrintedFile } from "../api/types";
import { CampaignPaper } from "./campaign-paper.svelte";

const settings: ChapterSettings = {
  name: "Riverside",
  paper_size: "a4",
  print_languages: ["en", "es"],
  time_zone: "America/Chicago",
};

const file: PrintedFile = { path: "/tmp/strategy-chart.pdf", pages: 1 };

describe("CampaignPaper", () => {
  it("starts from the chapter's languages and paper, and prints with what was chosen", async () => {
    const make = vi.fn(async () => file);
    const sheet = new CampaignPaper(settings, make, vi.fn());
    expect([sheet.lang, sheet.paper]).toEqual(["en+es", "a4"]);
    sheet.lang = "es";
    await sheet.print();
    expect(make).toHaveBeenCalledWith("es", "a4", 1);
    expect(sheet.printed).toEqual(file);
    expect(sheet.printing).toBe(false);
  });

  it("asks for a poster of as many sheets across as chosen", async () => {
    const make = vi.fn(async () => file);
    const sheet = new CampaignPaper(settings, make, vi.fn());
    sheet.sheets = 3;
    await sheet.print();
    expect(make).toHaveBeenCalledWith("en+es", "a4", 3);
  });

  it("shows a failure instead of throwing it, and keeps nothing printed", async () => {
    const sheet = new CampaignPaper(settings, async () => {
      throw new AppError("not_found", "campaign 1 was not found");
    }, vi.fn());
    await sheet.print();
    expect(sheet.error?.message).toBe("campaign 1 was not found");
    expect(sheet.printed).toBeNull();
  });
});
