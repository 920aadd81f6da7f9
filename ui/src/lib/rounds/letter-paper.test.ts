import { describe, expect, it, vi } from "vitest";
import type { ChapterSettings } from "../api/types";
import { letterPaper } from "./letter-paper";

const committee: ChapterSettings = {
  name: "National Committee",
  paper_size: "a4",
  print_languages: ["en"],
  time_zone: "America/Chicago",
};

describe("the decision letter's paper", () => {
  it("starts in the chapter's first language, on the committee's paper", async () => {
    const make = vi.fn(async () => ({ path: "/tmp/letter.pdf", pages: 1 }));
    const sheet = letterPaper(committee, ["es", "en"], make, vi.fn());
    expect([sheet.lang, sheet.paper]).toEqual(["es", "a4"]);
    await sheet.print();
    expect(make).toHaveBeenCalledWith("es", "a4", 1);
  });

  it("falls back to the committee's own choice when the chapter named no language", () => {
    expect(letterPaper(committee, [], vi.fn(), vi.fn()).lang).toBe("en");
  });
});
