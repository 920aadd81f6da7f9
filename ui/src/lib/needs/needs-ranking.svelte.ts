import type * as needsClient from "../api/client/needs";
import { toAppError, type AppError } from "../api/errors";
import type { AssessmentId, NeedsRanking } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";
import type { Breakdown } from "./ranking-chart";

export type GetRanking = typeof needsClient.needsRanking;

/** The language need titles are shown in when the organizer has not picked one. */
export function rankingLanguage(current: string, languages: readonly string[]): string {
  if (languages.includes(current)) return current;
  if (languages.includes("en")) return "en";
  return languages[0] ?? "en";
}

/**
 * "What the answers say" for the open assessment: the needs ranked overall, by area and by
 * language, with titles in the chosen language, and which breakdown is on screen.
 */
export class RankingState {
  /** Whose ranking is shown or being fetched. */
  id = $state<AssessmentId | null>(null);
  /** The language of the need titles. */
  lang = $state("en");
  breakdown = $state<Breakdown>("overall");
  ranking = $state.raw<NeedsRanking | null>(null);
  loading = $state(false);
  error = $state<AppError | null>(null);

  readonly #get: GetRanking;
  readonly #latest = new LatestOnly();
  /** A ranking to fetch once it is looked at: forms were entered while another tab was open. */
  #stale: { id: AssessmentId; languages: readonly string[] } | null = null;

  constructor(get: GetRanking) {
    this.#get = get;
  }

  /**
   * Fetches the ranking of an assessment whose survey runs in `languages`, keeping the chosen
   * title language when that survey has it. Another assessment's chart goes at once.
   */
  async load(id: AssessmentId, languages: readonly string[]): Promise<void> {
    this.#stale = null;
    if (id !== this.id) {
      this.ranking = null;
      this.error = null;
    }
    this.id = id;
    this.lang = rankingLanguage(this.lang, languages);
    await this.#fetch();
  }

  /**
   * The answers changed while the ranking is not on screen: fetch it when it next is. Counting
   * every answer again after each form typed in would be wasted while nobody looks.
   */
  markStale(id: AssessmentId, languages: readonly string[]): void {
    this.#stale = { id, languages };
  }

  /** The ranking came on screen: fetches it if it is stale. */
  async refreshIfStale(): Promise<void> {
    const stale = this.#stale;
    if (stale !== null) await this.load(stale.id, stale.languages);
  }

  /** The titles in another of the survey's languages. */
  async setLang(lang: string): Promise<void> {
    if (lang === this.lang) return;
    this.lang = lang;
    await this.#fetch();
  }

  async #fetch(): Promise<void> {
    const id = this.id;
    if (id === null) return;
    const ticket = this.#latest.next();
    this.loading = true;
    try {
      const ranking = await this.#get(id, this.lang);
      if (!this.#latest.isCurrent(ticket)) return;
      this.ranking = ranking;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    } finally {
      if (this.#latest.isCurrent(ticket)) this.loading = false;
    }
  }

  reset(): void {
    this.#latest.invalidate();
    this.#stale = null;
    this.id = null;
    this.ranking = null;
    this.loading = false;
    this.error = null;
    this.breakdown = "overall";
  }
}
