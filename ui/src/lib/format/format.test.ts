import { describe, expect, it } from "vitest";
import { formatByteSize } from "./byte-size";
import {
  formatCount,
  formatProgressCount,
  percentDone,
  progressPercent,
} from "./count";
import { formatDate, isPlainDate, localDate } from "./date";
import { formatDateTime, formatDayOf } from "./date-time";
import { formatPhone } from "./phone";

describe("formatCount", () => {
  it("groups thousands", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(412)).toBe("412");
    expect(formatCount(1024)).toBe("1,024");
    expect(formatCount(50000)).toBe("50,000");
    expect(formatCount(1234567)).toBe("1,234,567");
  });
});

describe("formatProgressCount", () => {
  it("shows done of total with the unit", () => {
    expect(formatProgressCount(412, 1024, "pages")).toBe("412 of 1,024 pages");
  });

  it("never shows more done than the total", () => {
    expect(formatProgressCount(1100, 1024, "pages")).toBe("1,024 of 1,024 pages");
  });

  it("leaves out an unknown total", () => {
    expect(formatProgressCount(12, 0, "pages")).toBe("12 pages");
  });
});

describe("percentDone", () => {
  it("rounds down and caps at 100", () => {
    expect(percentDone(412, 1024)).toBe(40);
    expect(percentDone(1024, 1024)).toBe(100);
    expect(percentDone(2000, 1024)).toBe(100);
  });

  it("is 0 when nothing is known", () => {
    expect(percentDone(5, 0)).toBe(0);
    expect(percentDone(0, 10)).toBe(0);
  });
});

describe("progressPercent", () => {
  it("is the percent done once the total is known", () => {
    expect(progressPercent({ done: 412, total: 1024 })).toBe(40);
  });

  it("is null, a bar without a percent, before any progress or while the total is unknown", () => {
    expect(progressPercent(null)).toBeNull();
    expect(progressPercent({ done: 12, total: 0 })).toBeNull();
  });
});

describe("formatByteSize", () => {
  it("shows small files as at least 1 KB", () => {
    expect(formatByteSize(1)).toBe("1 KB");
    expect(formatByteSize(300)).toBe("1 KB");
  });

  it("shows empty or nonsense sizes as 0 KB", () => {
    expect(formatByteSize(0)).toBe("0 KB");
    expect(formatByteSize(-5)).toBe("0 KB");
    expect(formatByteSize(Number.NaN)).toBe("0 KB");
  });

  it("uses whole kilobytes below a megabyte", () => {
    expect(formatByteSize(1024)).toBe("1 KB");
    expect(formatByteSize(412 * 1024)).toBe("412 KB");
    expect(formatByteSize(1023 * 1024)).toBe("1,023 KB");
  });

  it("uses one decimal for small megabytes and none for large ones", () => {
    expect(formatByteSize(1024 * 1024)).toBe("1 MB");
    expect(formatByteSize(3.4 * 1024 * 1024)).toBe("3.4 MB");
    expect(formatByteSize(120 * 1024 * 1024)).toBe("120 MB");
  });

  it("switches to gigabytes", () => {
    expect(formatByteSize(1.5 * 1024 * 1024 * 1024)).toBe("1.5 GB");
  });
});

describe("formatDateTime", () => {
  it("shows the moment in the chapter's time zone", () => {
    const text = formatDateTime("2026-03-04T03:15:00Z", "America/Chicago");
    expect(text).toContain("Mar 3, 2026");
    expect(text).toContain("9:15");
    expect(text).toContain("PM");
  });

  it("returns unreadable input unchanged", () => {
    expect(formatDateTime("yesterday-ish", "America/Chicago")).toBe("yesterday-ish");
  });

  it("falls back to the laptop's zone for an unknown zone", () => {
    expect(formatDateTime("2026-03-04T03:15:00Z", "Mars/Olympus_Mons")).toMatch(/2026/);
  });
});

describe("fileName", () => {
  it("takes the last part of any kind of path", async () => {
    const { fileName } = await import("./file-name");
    expect(fileName("/home/ana/Groundwork/backup-2026-03-03.sqlite")).toBe(
      "backup-2026-03-03.sqlite",
    );
    expect(fileName("C:\\Users\\Ana\\Documents\\chapter.sqlite")).toBe("chapter.sqlite");
    expect(fileName("/tmp/dir/")).toBe("dir");
    expect(fileName("plain.db")).toBe("plain.db");
  });
});

describe("plain dates", () => {
  it("shows a day the same on every laptop", () => {
    expect(formatDate("2026-03-03")).toBe("Mar 3, 2026");
    expect(formatDate("2026-12-31")).toBe("Dec 31, 2026");
  });

  it("shows text that is not a date unchanged", () => {
    expect(formatDate("next week")).toBe("next week");
    expect(formatDate("2026-02-30")).toBe("2026-02-30");
  });

  it("knows a real day from a look-alike", () => {
    expect(isPlainDate("2024-02-29")).toBe(true);
    expect(isPlainDate("2026-02-29")).toBe(false);
    expect(isPlainDate("2026-3-3")).toBe(false);
  });

  it("writes the laptop's today as YYYY-MM-DD", () => {
    expect(localDate(new Date(2026, 2, 3, 23, 59))).toBe("2026-03-03");
    expect(localDate(new Date(2026, 11, 31, 0, 1))).toBe("2026-12-31");
  });
});

describe("formatDayOf", () => {
  it("gives the day in the chapter's time zone, without the time", () => {
    expect(formatDayOf("2026-03-04T03:15:00.000Z", "America/Chicago")).toBe("Mar 3, 2026");
    expect(formatDayOf("2026-03-04T03:15:00.000Z", "Europe/Madrid")).toBe("Mar 4, 2026");
  });

  it("returns unreadable input unchanged", () => {
    expect(formatDayOf("soon", "America/Chicago")).toBe("soon");
  });
});

describe("formatPhone", () => {
  it("writes a North American number the usual way", () => {
    expect(formatPhone("+16175550143")).toBe("(617) 555-0143");
  });

  it("leaves other numbers as they came", () => {
    expect(formatPhone("+525512345678")).toBe("+525512345678");
    expect(formatPhone("555-0143")).toBe("555-0143");
  });
});
