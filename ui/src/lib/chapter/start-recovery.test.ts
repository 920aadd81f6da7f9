import { describe, expect, it } from "vitest";
import { AppError } from "../api/errors";
import { plain } from "../i18n/locale.svelte";
import type { ChapterStatus, StartProblem } from "../api/types";
import { StartRecovery } from "./start-recovery.svelte";

const status: ChapterStatus = {
  settings: { name: "Eastside", paper_size: "letter", print_languages: ["en"], time_zone: "America/Chicago" },
  database_path: "/data/chapter.sqlite",
  is_sample: false,
  role: "chapter",
};

const problem = (withBackup: boolean): StartProblem => ({
  kind: "database",
  message: "file is not a database",
  said: plain("file is not a database"),
  database_path: "/data/chapter.sqlite",
  latest_backup: withBackup
    ? { path: "/data/backups/daily-2026-12-04.sqlite", file_name: "daily-2026-12-04.sqlite", created_at: "2026-12-04T09:00:00Z", size_bytes: 4096 }
    : null,
});

describe("StartRecovery", () => {
  it("puts the newest backup in place and hands over the chapter it opened", async () => {
    const opened: ChapterStatus[] = [];
    const recovery = new StartRecovery(
      {
        restoreLatestBackup: async (_id, onProgress) => {
          onProgress({ done: 3, total: 12, message: "pages" });
          expect(recovery.progressText).toBe("Restoring the backup: 3 of 12 pages");
          return status;
        },
        openChapterFile: async () => null,
        newJobId: () => "job-1",
      },
      (s) => opened.push(s),
    );
    expect(await recovery.restoreLatest(problem(true))).toBe(true);
    expect(opened).toEqual([status]);
    expect(recovery.busy).toBeNull();
    expect(await recovery.restoreLatest(problem(false))).toBe(false);
  });

  it("keeps the problem when opening another file fails or is given up", async () => {
    const opened: ChapterStatus[] = [];
    let answer: ChapterStatus | null | AppError = null;
    const recovery = new StartRecovery(
      {
        restoreLatestBackup: async () => status,
        openChapterFile: async () => {
          if (answer instanceof AppError) throw answer;
          return answer;
        },
        newJobId: () => "job-1",
      },
      (s) => opened.push(s),
    );
    expect(await recovery.openAnother()).toBe(false);
    answer = new AppError("not_a_groundwork_database", "notes.sqlite is not a Groundwork database", null, null);
    expect(await recovery.openAnother()).toBe(false);
    expect(recovery.error?.message).toMatch(/not a Groundwork database/);
    answer = status;
    expect(await recovery.openAnother()).toBe(true);
    expect(recovery.error).toBeNull();
    expect(opened).toEqual([status]);
  });
});
