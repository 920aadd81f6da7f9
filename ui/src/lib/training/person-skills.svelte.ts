import * as trainingClient from "../api/client/training";
import { toAppError, type AppError } from "../api/errors";
import type { Lang, PersonId, Skill } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";

export type PersonSkillsPorts = Pick<typeof trainingClient, "personSkills">;

/** What one person has learned at the chapter's training sessions, in the order they learned it. */
export class PersonSkills {
  personId = $state<PersonId | null>(null);
  skills = $state.raw<Skill[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);

  readonly #ports: PersonSkillsPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: PersonSkillsPorts = { personSkills: trainingClient.personSkills }) {
    this.#ports = ports;
  }

  /** Fetches someone's skills, titles in `lang` where the module has it. */
  async load(personId: PersonId, lang: Lang): Promise<void> {
    if (personId !== this.personId) {
      this.skills = [];
      this.loaded = false;
      this.error = null;
    }
    this.personId = personId;
    const ticket = this.#latest.next();
    try {
      const skills = await this.#ports.personSkills(personId, lang);
      if (!this.#latest.isCurrent(ticket)) return;
      this.skills = skills;
      this.loaded = true;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }
}
