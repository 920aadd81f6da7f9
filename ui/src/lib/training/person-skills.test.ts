import { describe, expect, it, vi } from "vitest";
import type { Skill } from "../api/types";
import { moduleId, personId } from "../test-ids";
import { PersonSkills } from "./person-skills.svelte";

const skill: Skill = { module: moduleId("one-on-ones"), title: "One-on-one conversations", learned_on: "2026-03-03", sessions: 2 };

describe("a person's skills", () => {
  it("fetches what someone learned in the screens' language, and starts empty for the next person", async () => {
    const personSkills = vi.fn(async () => [skill]);
    const skills = new PersonSkills({ personSkills });
    await skills.load(personId("p-1"), "es");
    expect(personSkills).toHaveBeenCalledWith("p-1", "es");
    expect(skills.skills).toEqual([skill]);
    expect(skills.loaded).toBe(true);
    personSkills.mockReturnValueOnce(new Promise(() => {}));
    void skills.load(personId("p-2"), "es");
    expect(skills.skills).toEqual([]);
    expect(skills.loaded).toBe(false);
  });

  it("keeps only the newest person's answer", async () => {
    let answer: (skills: Skill[]) => void = () => {};
    const personSkills = vi
      .fn()
      .mockReturnValueOnce(new Promise<Skill[]>((resolve) => (answer = resolve)))
      .mockResolvedValueOnce([]);
    const skills = new PersonSkills({ personSkills });
    const first = skills.load(personId("p-1"), "en");
    await skills.load(personId("p-2"), "en");
    answer([skill]);
    await first;
    expect(skills.personId).toBe("p-2");
    expect(skills.skills).toEqual([]);
  });
});
