import { describe, expect, it } from "vitest";
import { AppError } from "../api/errors";
import type { ExportedFile, PeopleFormat } from "../api/types";
import { exportChoices, exportedText, leftOutLines } from "./people-export";
import { PeopleExport } from "./people-export.svelte";
import { plain } from "../i18n/locale.svelte";

const spoke: ExportedFile = {
  path: "/home/ana/Documents/spoke-upload-2026-11-25.csv",
  rows: 1204,
  left_out: [
    { why: plain("who asked not to be texted"), count: 12 },
    { why: plain("with no phone number that can take a text"), count: 1 },
  ],
};

describe("export texts", () => {
  it("offers every format once", () => {
    const formats = exportChoices().map((c) => c.format);
    expect(new Set(formats).size).toBe(4);
    expect(formats).toEqual(["csv", "json", "action-network", "spoke"]);
  });

  it("says how many went where, by file name", () => {
    expect(exportedText(spoke)).toBe("Saved 1,204 people to spoke-upload-2026-11-25.csv.");
    expect(exportedText({ ...spoke, rows: 1, path: "C:\\Users\\ana\\people.json" })).toBe(
      "Saved 1 person to people.json.",
    );
  });

  it("says who an upload left out, one line per reason", () => {
    expect(leftOutLines(spoke)).toEqual([
      "Left out 12 people who asked not to be texted.",
      "Left out 1 person with no phone number that can take a text.",
    ]);
    expect(leftOutLines({ ...spoke, left_out: [] })).toEqual([]);
  });
});

describe("PeopleExport", () => {
  it("writes the chosen format and keeps the result until closed", async () => {
    const asked: PeopleFormat[] = [];
    const exporter = new PeopleExport({
      exportPeople: async (format) => {
        asked.push(format);
        return spoke;
      },
    });
    exporter.open();
    exporter.format = "spoke";
    await exporter.save();
    expect(asked).toEqual(["spoke"]);
    expect(exporter.state).toEqual({ phase: "done", file: spoke });
    exporter.close();
    expect(exporter.isOpen).toBe(false);
  });

  it("goes back to the choice when the save dialog is closed", async () => {
    const exporter = new PeopleExport({ exportPeople: async () => null });
    exporter.open();
    expect(await exporter.save()).toBeNull();
    expect(exporter.state.phase).toBe("choosing");
  });

  it("shows a failure and can be tried again", async () => {
    let fail = true;
    const exporter = new PeopleExport({
      exportPeople: async () => {
        if (fail) throw new AppError("io", "could not write /mnt/usb/people.csv: read-only file system");
        return spoke;
      },
    });
    exporter.open();
    await exporter.save();
    expect(exporter.state.phase).toBe("failed");
    fail = false;
    await exporter.save();
    expect(exporter.state.phase).toBe("done");
  });
});
