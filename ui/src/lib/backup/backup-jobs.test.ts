import { describe, expect, it, vi } from "vitest";

import { AppError } from "../api/errors";
import type { ChapterStatus as Status } from "../api/types";
// The real client and dialog plugin need a Tauri window; every test hands in fake ports.
import { BackupJobs, type BackupPorts as Ports } from "./backup-jobs.svelte";

const restoredStatus: Status = { settings: null, database_path: "/data/chapter.sqlite", is_sample: false, role: "chapter" };

function setup(overrides: Partial<Ports> = {}) {
  const chapter = { replace: vi.fn() };
  const ports: Ports = {
    suggestedBackupPath: vi.fn(async () => "/home/ana/groundwork-backup.sqlite"),
    backupTo: vi.fn(async (dest: string, _jobId, onProgress) => {
      onProgress({ done: 412, total: 1024, message: "Copying" });
      return { path: dest, file_name: "groundwork-backup.sqlite", created_at: "", size_bytes: 2048 };
    }),
    restoreFrom: vi.fn(async () => restoredStatus),
    cancelJob: vi.fn(async () => {}),
    listBackups: vi.fn(async () => []),
    pickBackupDestination: vi.fn(async (path: string) => path),
    pickBackupToRestore: vi.fn(async () => "/media/usb/old.sqlite"),
    newJobId: () => "job-1",
    ...overrides,
  };
  return { jobs: new BackupJobs(chapter, ports), chapter, ports };
}

describe("BackupJobs", () => {
  it("backs up to the chosen file and reports where", async () => {
    const { jobs, ports } = setup();
    await jobs.backUp();
    expect(ports.pickBackupDestination).toHaveBeenCalledWith("/home/ana/groundwork-backup.sqlite");
    expect(ports.backupTo).toHaveBeenCalledWith(
      "/home/ana/groundwork-backup.sqlite",
      "job-1",
      expect.any(Function),
    );
    expect(jobs.state).toEqual({
      phase: "done",
      kind: "backup",
      result: "Backed up to /home/ana/groundwork-backup.sqlite (2 KB).",
    });
  });

  it("does nothing when the save dialog is closed", async () => {
    const { jobs, ports } = setup({ pickBackupDestination: vi.fn(async () => null) });
    await jobs.backUp();
    expect(ports.backupTo).not.toHaveBeenCalled();
    expect(jobs.state.phase).toBe("idle");
  });

  it("shows progress while running and cancels through the backend", async () => {
    let finish: (reason: unknown) => void = () => {};
    const backupTo: Ports["backupTo"] = (_dest, _jobId, onProgress) => {
      onProgress({ done: 412, total: 1024, message: "Copying" });
      return new Promise((_resolve, reject) => (finish = reject));
    };
    const { jobs, ports } = setup({ backupTo });
    const running = jobs.backUp();
    await vi.waitFor(() => expect(jobs.state.phase).toBe("running"));
    expect(jobs.busy).toBe(true);
    expect(jobs.state.phase === "running" && jobs.state.progress?.done).toBe(412);

    await jobs.cancel();
    expect(ports.cancelJob).toHaveBeenCalledWith("job-1");
    expect(jobs.state.phase === "running" && jobs.state.cancelling).toBe(true);

    finish({ kind: "cancelled", message: "Cancelled.", details: null });
    await running;
    expect(jobs.state).toEqual({ phase: "cancelled", kind: "backup" });
    expect(jobs.busy).toBe(false);
  });

  it("lets the organizer retry when cancelling fails", async () => {
    let finish: (entry: never) => void = () => {};
    const { jobs } = setup({
      backupTo: () => new Promise((resolve) => (finish = resolve)),
      cancelJob: vi.fn(async () => {
        throw { kind: "not_found", message: "That job already finished.", details: null };
      }),
    });
    const running = jobs.backUp();
    await vi.waitFor(() => expect(jobs.state.phase).toBe("running"));
    await jobs.cancel();
    const state = jobs.state;
    expect(state.phase === "running" && state.cancelling).toBe(false);
    expect(state.phase === "running" && state.cancelError?.message).toBe("That job already finished.");
    finish({ path: "/b", file_name: "b", created_at: "", size_bytes: 0 } as never);
    await running;
  });

  it("reports a failed backup as an AppError", async () => {
    const { jobs } = setup({
      backupTo: async () => {
        throw { kind: "io", message: "The USB stick is full.", details: null };
      },
    });
    await jobs.backUp();
    const state = jobs.state;
    expect(state.phase).toBe("failed");
    expect(state.phase === "failed" && state.error).toBeInstanceOf(AppError);
    expect(state.phase === "failed" && state.error.message).toBe("The USB stick is full.");
  });

  it("waits for confirmation before restoring, then applies the new status", async () => {
    const { jobs, chapter, ports } = setup();
    await jobs.chooseRestore();
    expect(jobs.pendingRestore).toEqual({ source: "/media/usb/old.sqlite", name: "old.sqlite" });
    expect(ports.restoreFrom).not.toHaveBeenCalled();

    await jobs.confirmRestore();
    expect(ports.restoreFrom).toHaveBeenCalledWith("/media/usb/old.sqlite", "job-1", expect.any(Function));
    expect(chapter.replace).toHaveBeenCalledWith(restoredStatus);
    expect(jobs.pendingRestore).toBeNull();
    expect(jobs.state.phase).toBe("done");
    expect(ports.listBackups).toHaveBeenCalled();
  });

  it("does not restore when the confirmation is dismissed", async () => {
    const { jobs, ports } = setup();
    jobs.askToRestore({ path: "/auto/daily-1.sqlite", file_name: "daily-1.sqlite", created_at: "", size_bytes: 1 });
    jobs.dismissRestore();
    await jobs.confirmRestore();
    expect(ports.restoreFrom).not.toHaveBeenCalled();
  });

  it("says a cancelled restore changed nothing", async () => {
    const { jobs, chapter } = setup({
      restoreFrom: async () => {
        throw { kind: "cancelled", message: "Cancelled.", details: null };
      },
    });
    jobs.askToRestore({ path: "/auto/daily-1.sqlite", file_name: "daily-1.sqlite", created_at: "", size_bytes: 1 });
    await jobs.confirmRestore();
    expect(jobs.state).toEqual({ phase: "cancelled", kind: "restore" });
    expect(chapter.replace).not.toHaveBeenCalled();
  });

  it("turns a failing file dialog into a visible error", async () => {
    const { jobs } = setup({
      pickBackupToRestore: async () => {
        throw "dialog.open not allowed";
      },
    });
    await jobs.chooseRestore();
    expect(jobs.state.phase).toBe("failed");
  });
});
