import { describe, expect, it } from "vitest";
import { AppError } from "../api/errors";
import type { ImportReport } from "../api/types";
import { plain } from "../i18n/locale.svelte";
import {
  columnsNotRead,
  foldedText,
  importCounts,
  importFailedTitle,
  importFailure,
  importFailureAdvice,
  importProgressText,
  membershipChange,
  readAsText,
  SKIPPED_SHOWN,
  skippedShown,
  skippedTitle,
} from "./import-report";

function report(over: Partial<ImportReport> = {}): ImportReport {
  return {
    format: "national-list",
    read_as: plain("CSV"),
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    folded: 0,
    skipped: [],
    lapsed: [],
    renewed: [],
    unknown_columns: [],
    ...over,
  };
}

describe("importCounts", () => {
  it("says what happened to the rows, with thousands separators", () => {
    expect(importCounts(report({ rows: 2431, created: 12, updated: 40, unchanged: 2379 }))).toBe(
      "2,431 rows: 12 new people, 40 updated, 2,379 unchanged",
    );
    expect(importCounts(report({ rows: 50000, created: 1200, updated: 3400, unchanged: 45400 }))).toBe(
      "50,000 rows: 1,200 new people, 3,400 updated, 45,400 unchanged",
    );
  });

  it("speaks of one row and one new person in the singular", () => {
    expect(importCounts(report({ rows: 1, created: 1 }))).toBe("1 row: 1 new person, 0 updated, 0 unchanged");
    expect(importCounts(report({ rows: 1, unchanged: 1 }))).toBe("1 row: 0 new people, 0 updated, 1 unchanged");
    expect(importCounts(report())).toBe("0 rows: 0 new people, 0 updated, 0 unchanged");
  });
});

describe("readAsText", () => {
  it("names the kind of list and how the file was read", () => {
    expect(readAsText(report({ format: "spoke", read_as: plain("CSV") }))).toBe("Read as a Spoke contact list (CSV).");
    expect(readAsText(report({ format: "national-list", read_as: plain('Excel workbook, sheet "Members"') }))).toBe(
      'Read as a national membership list (Excel workbook, sheet "Members").',
    );
    expect(readAsText(report({ format: "van", read_as: plain("tab-separated text") }))).toBe(
      "Read as a VAN export (tab-separated text).",
    );
  });

  it("says an Action Network export, not a Action Network export", () => {
    expect(readAsText(report({ format: "action-network", read_as: plain("CSV (Windows-1252)") }))).toBe(
      "Read as an Action Network export (CSV (Windows-1252)).",
    );
  });

  it("leaves out the brackets when the backend does not say how the file was read", () => {
    expect(readAsText(report({ format: "van", read_as: plain(" ") }))).toBe("Read as a VAN export.");
  });
});

describe("foldedText", () => {
  it("says how many rows were folded into an earlier row, singular and plural", () => {
    expect(foldedText(1)).toBe("1 row was the same person as an earlier row and was folded into it.");
    expect(foldedText(2)).toBe("2 rows were the same person as an earlier row and were folded into them.");
    expect(foldedText(1204)).toBe("1,204 rows were the same person as an earlier row and were folded into them.");
  });

  it("says nothing when no row was folded", () => {
    expect(foldedText(0)).toBeNull();
  });
});

describe("skippedTitle", () => {
  it("counts the rows left out", () => {
    expect(skippedTitle(1)).toBe("Left out (1 row):");
    expect(skippedTitle(3)).toBe("Left out (3 rows):");
    expect(skippedTitle(1204)).toBe("Left out (1,204 rows):");
  });
});

describe("skippedShown", () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 2}: no phone number`);

  it("lists every row left out when there are few", () => {
    expect(skippedShown(lines(3))).toEqual({ shown: lines(3), more: null });
    expect(skippedShown(lines(SKIPPED_SHOWN))).toEqual({ shown: lines(SKIPPED_SHOWN), more: null });
    expect(skippedShown([])).toEqual({ shown: [], more: null });
  });

  it("lists the first 20 of a long list and counts the rest", () => {
    expect(SKIPPED_SHOWN).toBe(20);
    const long = skippedShown(lines(21));
    expect(long.shown).toEqual(lines(20));
    expect(long.more).toBe("and 1 more");
    expect(skippedShown(lines(1224)).more).toBe("and 1,204 more");
  });
});

describe("membershipChange", () => {
  it("counts the people who lapsed or renewed", () => {
    expect(membershipChange(1, "lapsed")).toBe("1 person lapsed since the last list");
    expect(membershipChange(3, "renewed")).toBe("3 people renewed since the last list");
    expect(membershipChange(1204, "lapsed")).toBe("1,204 people lapsed since the last list");
  });
});

describe("columnsNotRead", () => {
  it("names the columns left out, and says nothing when there are none", () => {
    expect(columnsNotRead(["Precinct", " Phone 2 "])).toBe("Columns not read: Precinct, Phone 2");
    expect(columnsNotRead([])).toBeNull();
    expect(columnsNotRead(["  "])).toBeNull();
  });
});

describe("importProgressText", () => {
  it("counts rows once the backend reports them", () => {
    expect(importProgressText({ done: 12000, total: 50000, message: "rows" })).toBe("12,000 of 50,000 rows");
    expect(importProgressText({ done: 250, total: 0, message: "" })).toBe("250 rows");
  });

  it("says the file is being read before the first count", () => {
    expect(importProgressText(null)).toBe("Reading the list…");
  });
});

/** A file refused at a line, as the backend sends it: the line and the reason apart. */
function refusedAt(line: number, reason: string): AppError {
  const text = `line ${line}: ${reason}`;
  return new AppError("invalid_input", text, null, null, reason, {
    said: plain(text),
    refused: { field: { id: "import-line", args: { line }, text: `line ${line}` }, reason: plain(reason) },
  });
}

describe("importFailure", () => {
  it("turns a refused line into a sentence without repeating the line under More", () => {
    const error = refusedAt(18, "expected 36 fields, found 37");
    expect(importFailure(error)).toEqual({
      message: "Problem on line 18 of the file: expected 36 fields, found 37.",
      details: null,
    });
    expect(importFailureAdvice(error)).toMatch(/import it again/);
    const header = refusedAt(
      1,
      "no ActionKit id column (AK_ID or actionkit_id): is this the national membership list?",
    );
    expect(importFailure(header).message).toBe(
      "Problem on line 1 of the file: no ActionKit id column (AK_ID or actionkit_id): is this the national membership list?",
    );
  });

  it("makes a sentence of a refusal that names no line", () => {
    const error = new AppError("invalid_input", "the file is empty", null);
    expect(importFailure(error)).toEqual({ message: "The file is empty.", details: null });
  });

  it("keeps the details of any other error and adds no advice of its own", () => {
    const error = new AppError("io", "The file could not be read.", "permission denied");
    expect(importFailure(error)).toEqual({ message: "The file could not be read.", details: "permission denied" });
    expect(importFailureAdvice(error)).toBeNull();
  });
});

describe("importFailedTitle", () => {
  it("names the file when one was chosen", () => {
    expect(importFailedTitle("members.csv")).toBe("Could not import members.csv");
    expect(importFailedTitle("")).toBe("Could not import the list");
  });
});
