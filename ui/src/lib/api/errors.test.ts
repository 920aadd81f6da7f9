import { describe, expect, it } from "vitest";
import { AppError, fieldMessage, INTERNAL_MESSAGE, invalidField, toAppError } from "./errors";

describe("toAppError", () => {
  it("keeps kind, message and details of a backend IpcError", () => {
    const error = toAppError({
      kind: "not_a_groundwork_database",
      message: "That file is not a Groundwork backup.",
      details: "missing table: people",
    });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe("not_a_groundwork_database");
    expect(error.message).toBe("That file is not a Groundwork backup.");
    expect(error.details).toBe("missing table: people");
    expect(error.isCancelled).toBe(false);
  });

  it("treats null or blank details as none", () => {
    expect(toAppError({ kind: "io", message: "Disk full.", details: null }).details).toBeNull();
    expect(toAppError({ kind: "io", message: "Disk full.", details: "  " }).details).toBeNull();
    expect(toAppError({ kind: "io", message: "Disk full." }).details).toBeNull();
  });

  it("recognises a cancelled job", () => {
    const error = toAppError({ kind: "cancelled", message: "Cancelled.", details: null });
    expect(error.isCancelled).toBe(true);
  });

  it("keeps a conflict a conflict, with no field to place it by", () => {
    const error = toAppError({
      kind: "conflict",
      message: "'Wage-theft clinic' is already a project of this assessment",
      details: null,
      field: null,
    });
    expect(error.kind).toBe("conflict");
    expect(invalidField(error)).toBeNull();
  });

  it("maps an unknown kind to internal but keeps the backend's message", () => {
    const error = toAppError({ kind: "disk_on_fire", message: "The disk is on fire." });
    expect(error.kind).toBe("internal");
    expect(error.message).toBe("The disk is on fire.");
  });

  it("falls back to a plain message when the backend sent an empty one", () => {
    const error = toAppError({ kind: "database", message: "", details: null });
    expect(error.kind).toBe("database");
    expect(error.message).toBe(INTERNAL_MESSAGE);
  });

  it("turns a plain string rejection into internal with the text in details", () => {
    const error = toAppError("command chapter_status not found");
    expect(error.kind).toBe("internal");
    expect(error.message).toBe(INTERNAL_MESSAGE);
    expect(error.details).toBe("command chapter_status not found");
  });

  it("turns an empty string rejection into internal without details", () => {
    const error = toAppError("");
    expect(error.kind).toBe("internal");
    expect(error.details).toBeNull();
  });

  it("turns a thrown JS Error into internal", () => {
    const error = toAppError(new TypeError("window.__TAURI_INTERNALS__ is undefined"));
    expect(error.kind).toBe("internal");
    expect(error.message).toBe(INTERNAL_MESSAGE);
    expect(error.details).toBe("window.__TAURI_INTERNALS__ is undefined");
  });

  it("turns undefined, numbers and odd objects into internal", () => {
    expect(toAppError(undefined).details).toBeNull();
    expect(toAppError(null).kind).toBe("internal");
    expect(toAppError(42).details).toBe("42");
    expect(toAppError({ code: 7 }).details).toBe('{"code":7}');
    expect(toAppError({ kind: 3, message: "x" }).kind).toBe("internal");
  });

  it("survives objects that cannot be serialised", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const error = toAppError(loop);
    expect(error.kind).toBe("internal");
    expect(error.details).toBe("[object Object]");
  });

  it("clips very long details", () => {
    const error = toAppError({ kind: "io", message: "m", details: "x".repeat(5000) });
    expect(error.details?.length).toBeLessThanOrEqual(2001);
  });

  it("returns an AppError unchanged", () => {
    const original = new AppError("print", "The printer folder is missing.");
    expect(toAppError(original)).toBe(original);
  });
});

describe("invalidField", () => {
  it("is the key of the input an invalid_input error is about", () => {
    const error = new AppError(
      "invalid_input",
      "ZIP code: '6060!' is not a ZIP code",
      null,
      "address.zip",
      "'6060!' is not a ZIP code",
    );
    expect(invalidField(error)).toBe("address.zip");
  });

  it("is null for other errors and for refusals about no one input", () => {
    expect(invalidField(null)).toBeNull();
    expect(invalidField(new AppError("database", "Busy.", null, "first_name"))).toBeNull();
    expect(invalidField(new AppError("invalid_input", "Bad.", null))).toBeNull();
    // Details are for "More", never read for a field.
    expect(invalidField(new AppError("invalid_input", "Bad.", "field: first name"))).toBeNull();
  });
});

describe("fieldMessage", () => {
  it("shows the reason alone, as a sentence", () => {
    const error = new AppError(
      "invalid_input",
      "follow-up date: the follow-up comes after the conversation",
      null,
      "follow_up_on",
      "the follow-up comes after the conversation",
    );
    expect(fieldMessage(error)).toBe("The follow-up comes after the conversation.");
  });

  it("keeps a sentence that ends as one, and falls back to the message", () => {
    const error = new AppError("invalid_input", "Pick another name!", null, "name");
    expect(fieldMessage(error)).toBe("Pick another name!");
  });
});

describe("the field an error is about", () => {
  it("comes from the backend's field and reason", () => {
    const error = toAppError({
      kind: "invalid_input",
      message: "first name: a person needs at least a first or a last name",
      details: null,
      field: "first_name",
      reason: "a person needs at least a first or a last name",
    });
    expect(error.field).toBe("first_name");
    expect(error.reason).toBe("a person needs at least a first or a last name");
    expect(invalidField(error)).toBe("first_name");
    expect(fieldMessage(error)).toBe("A person needs at least a first or a last name.");
  });
});
