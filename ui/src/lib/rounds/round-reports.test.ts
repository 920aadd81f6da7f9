import { describe, expect, it, vi } from "vitest";
import type { ReportDue } from "../api/types";
import { applicationId, roundId } from "../test-ids";
import { RoundReports } from "./round-reports.svelte";

function due(kind: "midpoint" | "final", received: boolean, overdue: boolean): ReportDue {
  return {
    application: applicationId("a-1"),
    chapter: "Lakeview Chapter",
    initiative: "Lakeview bus riders' union",
    kind,
    due_on: kind === "midpoint" ? "2027-03-17" : "2027-07-31",
    received,
    overdue,
  };
}

describe("a round's progress reports", () => {
  it("lists what is due and who is overdue", async () => {
    const reports = new RoundReports(roundId("r-1"), {
      reportsDue: vi.fn(async () => [due("midpoint", false, true), due("final", false, false)]),
      importReportFile: vi.fn(),
    });
    await reports.load();
    expect(reports.due).toHaveLength(2);
    expect(reports.overdue.map((d) => d.kind)).toEqual(["midpoint"]);
  });

  it("imports a report file and reads what is due again; a closed dialog changes nothing", async () => {
    const reportsDue = vi
      .fn()
      .mockResolvedValueOnce([due("midpoint", false, true)])
      .mockResolvedValueOnce([due("midpoint", true, false)]);
    const importReportFile = vi
      .fn()
      .mockResolvedValueOnce(null)
      .mockResolvedValueOnce({ application: applicationId("a-1"), kind: "midpoint", outcome: "new" });
    const reports = new RoundReports(roundId("r-1"), { reportsDue, importReportFile });
    await reports.load();
    await reports.importFile();
    expect(reports.imported).toBeNull();
    expect(reportsDue).toHaveBeenCalledTimes(1);
    await reports.importFile();
    expect(reports.imported?.outcome).toBe("new");
    expect(reports.overdue).toEqual([]);
  });

  it("shows a refused file and keeps the list", async () => {
    const reports = new RoundReports(roundId("r-1"), {
      reportsDue: vi.fn(async () => [due("midpoint", false, true)]),
      importReportFile: vi.fn(async () => {
        throw { kind: "invalid_file", message: "this file was changed after the chapter signed it" };
      }),
    });
    await reports.load();
    await reports.importFile();
    expect(reports.importError).not.toBeNull();
    expect(reports.due).toHaveLength(1);
  });
});
