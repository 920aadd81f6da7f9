import * as programsClient from "../api/client/programs";
import { toAppError, type AppError } from "../api/errors";
import type { Project, ProjectId } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { LatestOnly } from "../navigation/latest-only";
import { projectStatus } from "../needs/programs";

export type ListProjects = typeof programsClient.listProjects;

/** One choice of "Grows out of a project". */
export type ProjectChoice = { id: ProjectId; label: string };

/**
 * The chapter's base-building projects (made in Needs, from a shortlisted service program),
 * which a campaign can grow out of: fetched again each time the area or a campaign's form
 * opens, since a project may have been made in the meantime.
 */
export class ChapterProjects {
  projects = $state.raw<Project[]>([]);
  error = $state<AppError | null>(null);

  readonly #list: ListProjects;
  readonly #latest = new LatestOnly();

  constructor(list: ListProjects = programsClient.listProjects) {
    this.#list = list;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const projects = await this.#list();
      if (!this.#latest.isCurrent(ticket)) return;
      this.projects = projects;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** The project's name, once the list has it. */
  nameOf(id: ProjectId | null): string | null {
    if (id === null) return null;
    return this.projects.find((p) => p.id === id)?.name ?? null;
  }

  /**
   * The projects to choose from, with their status; the one chosen now stays a choice even
   * before the list has come (or when it could not be fetched), so the form never loses it.
   */
  choices(current: ProjectId | null): ProjectChoice[] {
    const choices = this.projects.map((p) => ({
      id: p.id,
      label: t("campaigns-project-choice", { name: p.name, status: projectStatus(p.status) }),
    }));
    if (current !== null && !choices.some((c) => c.id === current)) {
      choices.push({ id: current, label: t("campaigns-project-current") });
    }
    return choices;
  }

  reset(): void {
    this.#latest.invalidate();
    this.projects = [];
    this.error = null;
  }
}
