import { describe, expect, it, vi } from "vitest";
import type { SentFile } from "../api/types";
import { applicationId } from "../test-ids";
import { SendToNational } from "./send-to-national.svelte";
import { application } from "./test-grants";

function file(): SentFile {
  return {
    path: "/home/rosa/Documents/grant-application-eastside.json",
    fingerprint: "A843-28FA-AE82-5285",
    application: application("a-1", { status: "submitted" }),
  };
}

describe("sending an application to national", () => {
  it("keeps the file made and hands on the application, now sent", async () => {
    const onSent = vi.fn();
    const exportFile = vi.fn().mockResolvedValue(file());
    const send = new SendToNational(applicationId("a-1"), onSent, exportFile);
    await send.send();
    expect(exportFile).toHaveBeenCalledWith(applicationId("a-1"));
    expect(send.sent?.fingerprint).toBe("A843-28FA-AE82-5285");
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ status: "submitted" }));
    expect(send.sending).toBe(false);
  });

  it("changes nothing when the dialog is closed", async () => {
    const onSent = vi.fn();
    const send = new SendToNational(applicationId("a-1"), onSent, vi.fn().mockResolvedValue(null));
    await send.send();
    expect(send.sent).toBeNull();
    expect(onSent).not.toHaveBeenCalled();
  });

  it("shows a refusal and lets the organizer try again", async () => {
    const refusal = { kind: "invalid_input", message: "it cannot be sent yet" };
    const exportFile = vi.fn().mockRejectedValueOnce(refusal).mockResolvedValueOnce(file());
    const send = new SendToNational(applicationId("a-1"), vi.fn(), exportFile);
    await send.send();
    expect(send.error).not.toBeNull();
    expect(send.sent).toBeNull();
    await send.send();
    expect(send.error).toBeNull();
    expect(send.sent).not.toBeNull();
  });

  it("reopens a sent application to correct it, and hands on the draft", async () => {
    const onSent = vi.fn();
    const reopen = vi.fn().mockResolvedValue(application("a-1", { status: "draft" }));
    const send = new SendToNational(applicationId("a-1"), onSent, vi.fn(), reopen);
    await send.reopen();
    expect(reopen).toHaveBeenCalledWith(applicationId("a-1"));
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ status: "draft" }));
    expect(send.sent).toBeNull();
  });
});
