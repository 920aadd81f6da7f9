import { describe, expect, it } from "vitest";
import { parseMenuAction } from "./menu-actions";

describe("parseMenuAction", () => {
  it("accepts the known ids", () => {
    expect(parseMenuAction("backup")).toBe("backup");
    expect(parseMenuAction("restore")).toBe("restore");
    expect(parseMenuAction("settings")).toBe("settings");
  });

  it("ignores anything else", () => {
    expect(parseMenuAction("quit")).toBeNull();
    expect(parseMenuAction("")).toBeNull();
    expect(parseMenuAction({ id: "backup" })).toBeNull();
    expect(parseMenuAction(undefined)).toBeNull();
  });
});
