import * as orgsClient from "../api/client/orgs";
import { toAppError, type AppError } from "../api/errors";
import type { ConnectionsAssessment, PrintedForms, RankedOrg, StartingPoints } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";
import { ConnectionsFormsPrint, StartingPointsPrint } from "./connections-print.svelte";
import { ConnectionsSurveyEdit } from "./connections-survey.svelte";

export type ConnectionsPorts = Pick<typeof orgsClient, "connectionsRanking" | "connectionsAssessment"> &
  /** Not given: the real command. */
  Partial<Pick<typeof orgsClient, "connectionsStartingPoints">>;

/**
 * The connections assessment: every organization ranked by the chapter's ties to it, the rest
 * of the starting points beside it (bridges, kinds with no ties, ties by kind), how many
 * forms were printed, entered and answered, its two documents on paper (the numbered forms,
 * the starting points), and its survey, which the chapter edits.
 */
export class Connections {
  ranked = $state.raw<RankedOrg[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  /** How far the assessment has come; null until fetched. */
  assessment = $state.raw<ConnectionsAssessment | null>(null);
  assessmentError = $state<AppError | null>(null);
  /** The bridges, the gaps and the ties by kind, as the printed starting points show them; null until fetched. */
  points = $state.raw<StartingPoints | null>(null);
  pointsError = $state<AppError | null>(null);

  /** Those someone in the chapter is tied to, best first. */
  readonly tied: RankedOrg[] = $derived(this.ranked.filter((org) => org.members > 0));
  /** How many organizations nobody is tied to yet. */
  readonly untied: number = $derived(this.ranked.length - this.tied.length);

  readonly forms: ConnectionsFormsPrint;
  readonly startingPoints: StartingPointsPrint;
  readonly survey: ConnectionsSurveyEdit;

  readonly #ports: ConnectionsPorts;
  readonly #latest = new LatestOnly();
  readonly #latestAssessment = new LatestOnly();
  readonly #latestPoints = new LatestOnly();

  constructor(
    ports: ConnectionsPorts = {
      connectionsRanking: orgsClient.connectionsRanking,
      connectionsAssessment: orgsClient.connectionsAssessment,
      connectionsStartingPoints: orgsClient.connectionsStartingPoints,
    },
    forms: ConnectionsFormsPrint = new ConnectionsFormsPrint(),
    startingPoints: StartingPointsPrint = new StartingPointsPrint(),
    survey: ConnectionsSurveyEdit = new ConnectionsSurveyEdit(),
  ) {
    this.#ports = ports;
    this.forms = forms;
    this.startingPoints = startingPoints;
    this.survey = survey;
  }

  /** Fetches the ranking and, beside it, the starting points and how far the assessment has come. */
  async load(): Promise<void> {
    await Promise.all([this.#loadRanking(), this.#loadPoints(), this.loadAssessment()]);
  }

  async loadAssessment(): Promise<void> {
    const ticket = this.#latestAssessment.next();
    try {
      const assessment = await this.#ports.connectionsAssessment();
      if (!this.#latestAssessment.isCurrent(ticket)) return;
      this.#took(assessment);
    } catch (reason) {
      if (this.#latestAssessment.isCurrent(ticket)) this.assessmentError = toAppError(reason);
    }
  }

  /** Prints the next numbered forms; once printed, the count of forms printed is fetched again. */
  async printForms(): Promise<PrintedForms | null> {
    const printed = await this.forms.print();
    if (printed !== null) await this.loadAssessment();
    return printed;
  }

  /** Saves the edited survey; the assessment then shows it. Answers whether it was saved. */
  async saveSurvey(): Promise<boolean> {
    const saved = await this.survey.save();
    if (saved === null) return false;
    // Anything fetched before the save is older than what it answered.
    this.#latestAssessment.invalidate();
    this.#took(saved);
    return true;
  }

  #took(assessment: ConnectionsAssessment): void {
    this.assessment = assessment;
    this.assessmentError = null;
    this.survey.sync(assessment.survey);
  }

  async #loadRanking(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const ranked = await this.#ports.connectionsRanking();
      if (!this.#latest.isCurrent(ticket)) return;
      this.ranked = ranked;
      this.loaded = true;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  async #loadPoints(): Promise<void> {
    const ticket = this.#latestPoints.next();
    const fetch = this.#ports.connectionsStartingPoints ?? orgsClient.connectionsStartingPoints;
    try {
      const points = await fetch();
      if (!this.#latestPoints.isCurrent(ticket)) return;
      this.points = points;
      this.pointsError = null;
    } catch (reason) {
      if (this.#latestPoints.isCurrent(ticket)) this.pointsError = toAppError(reason);
    }
  }

  reset(): void {
    this.#latest.invalidate();
    this.#latestAssessment.invalidate();
    this.#latestPoints.invalidate();
    this.ranked = [];
    this.loaded = false;
    this.error = null;
    this.assessment = null;
    this.assessmentError = null;
    this.points = null;
    this.pointsError = null;
    this.forms.reset();
    this.startingPoints.reset();
    this.survey.reset();
  }
}
