import { describe, expect, it, vi } from "vitest";
import { AppError } from "../api/errors";
import type { ImportReport } from "../api/types";
// The real client and dialog plugin need a Tauri window; every test hands in fake ports.
import { ListImport, type ListImportPorts as Ports } from "./list-import.svelte";
import { plain } from "../i18n/locale.svelte";

const report: ImportReport = {
  format: "national-list",
  read_as: plain("CSV"),
  rows: 2431,
  created: 12,
  updated: 40,
  unchanged: 2379,
  folded: 0,
  skipped: [plain("line 18: no ActionKit id")],
  lapsed: ["Rosa Delgado"],
  renewed: [],
  unknown_columns: ["Precinct"],
};

function setup(overrides: Partial<Ports> = {}) {
  const ports: Ports = {
    chooseListFile: vi.fn(async () => "/home/ana/Downloads/june-members.csv"),
    importPeople: vi.fn(async () => report),
    cancelJob: vi.fn(async () => {}),
    newJobId: () => "job-7",
    ...overrides,
  };
  return { importer: new ListImport(ports), ports };
}

describe("ListImport", () => {
  it("imports the chosen file and keeps the report", async () => {
    const { importer, ports } = setup();
    expect(await importer.choose()).toEqual(report);
    expect(ports.importPeople).toHaveBeenCalledWith(
      "/home/ana/Downloads/june-members.csv",
      "job-7",
      expect.any(Function),
    );
    expect(importer.fileName).toBe("june-members.csv");
    expect(importer.state).toEqual({ phase: "done", kind: "import", result: report });
    importer.dismiss();
    expect(importer.state.phase).toBe("idle");
  });

  it("does nothing when the dialog is closed", async () => {
    const { importer, ports } = setup({ chooseListFile: vi.fn(async () => null) });
    expect(await importer.choose()).toBeNull();
    expect(ports.importPeople).not.toHaveBeenCalled();
    expect(importer.state.phase).toBe("idle");
  });

  it("shows the rows done while running, one import at a time, and cancels through the backend", async () => {
    let finish: (reason: unknown) => void = () => {};
    const importPeople = vi.fn<Ports["importPeople"]>((_path, _jobId, onProgress) => {
      onProgress({ done: 12000, total: 50000, message: "rows" });
      return new Promise((_resolve, reject) => (finish = reject));
    });
    const { importer, ports } = setup({ importPeople });
    const running = importer.choose();
    await vi.waitFor(() => expect(importer.state.phase).toBe("running"));
    expect(importer.busy).toBe(true);
    const state = importer.state;
    expect(state.phase === "running" && state.progress).toEqual({ done: 12000, total: 50000, message: "rows" });

    expect(await importer.choose()).toBeNull();
    expect(ports.chooseListFile).toHaveBeenCalledTimes(1);
    importer.dismiss();
    expect(importer.state.phase).toBe("running");

    await importer.cancel();
    expect(ports.cancelJob).toHaveBeenCalledWith("job-7");
    expect(importer.state.phase === "running" && importer.state.cancelling).toBe(true);

    finish({ kind: "cancelled", message: "cancelled; nothing was changed", details: null });
    expect(await running).toBeNull();
    expect(importer.state).toEqual({ phase: "cancelled", kind: "import" });
    expect(importer.busy).toBe(false);
  });

  it("ignores progress from a job that is no longer the one running", async () => {
    let late: ((p: { done: number; total: number; message: string }) => void) | null = null;
    const { importer } = setup({
      importPeople: vi.fn<Ports["importPeople"]>(async (_path, _jobId, onProgress) => {
        late = onProgress;
        return report;
      }),
    });
    await importer.choose();
    late!({ done: 1, total: 2, message: "rows" });
    expect(importer.state.phase).toBe("done");
  });

  it("keeps the backend's refusal of a broken file", async () => {
    const { importer } = setup({
      importPeople: async () => {
        throw { kind: "invalid_input", message: "line 18: expected 36 fields, found 37", details: null };
      },
    });
    expect(await importer.choose()).toBeNull();
    const state = importer.state;
    expect(state.phase).toBe("failed");
    expect(state.phase === "failed" && state.error).toBeInstanceOf(AppError);
    expect(state.phase === "failed" && state.error.kind).toBe("invalid_input");
    expect(state.phase === "failed" && state.error.message).toBe("line 18: expected 36 fields, found 37");
  });

  it("turns a failing file dialog into a visible error", async () => {
    const { importer, ports } = setup({
      chooseListFile: async () => {
        throw "dialog.open not allowed";
      },
    });
    await importer.choose();
    expect(importer.state.phase).toBe("failed");
    expect(ports.importPeople).not.toHaveBeenCalled();
  });
});
