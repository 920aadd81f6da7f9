import { describe, expect, it, vi } from "vitest";
import { projectId } from "../test-ids";
import { ChapterProjects } from "./projects.svelte";
import { project } from "./test-campaigns";

const eastside = project("pr-1", "Tenant union — Eastside");
const pantry = project("pr-2", "Saturday food pantry", { status: "active" });

describe("the chapter's projects", () => {
  it("are offered with their status, and named by id", async () => {
    const projects = new ChapterProjects(async () => [eastside, pantry]);
    await projects.load();
    expect(projects.choices(null)).toEqual([
      { id: "pr-1", label: "Tenant union — Eastside (planning)" },
      { id: "pr-2", label: "Saturday food pantry (active)" },
    ]);
    expect(projects.nameOf(projectId("pr-2"))).toBe("Saturday food pantry");
    expect(projects.nameOf(null)).toBeNull();
    expect(projects.nameOf(projectId("pr-9"))).toBeNull();
  });

  it("keep the project a campaign has as a choice before the list has come", () => {
    const projects = new ChapterProjects(async () => []);
    expect(projects.choices(projectId("pr-1"))).toEqual([{ id: "pr-1", label: "The project it grows out of now" }]);
  });

  it("say why they could not be fetched, keep what came before, and try again", async () => {
    const list = vi.fn(async () => [eastside]);
    const projects = new ChapterProjects(list);
    await projects.load();
    list.mockRejectedValueOnce({ kind: "database", message: "The database is busy.", details: null });
    await projects.load();
    expect(projects.error?.message).toBe("The database is busy.");
    expect(projects.projects).toEqual([eastside]);
    await projects.load();
    expect(projects.error).toBeNull();
  });

  it("keep only the newest answer", async () => {
    let answer: (value: typeof eastside[]) => void = () => {};
    const list = vi
      .fn<() => Promise<(typeof eastside)[]>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
      .mockResolvedValueOnce([pantry]);
    const projects = new ChapterProjects(list);
    const first = projects.load();
    await projects.load();
    answer([eastside]);
    await first;
    expect(projects.projects).toEqual([pantry]);
  });
});
