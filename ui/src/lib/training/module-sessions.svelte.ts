import * as trainingClient from "../api/client/training";
import { toAppError, type AppError } from "../api/errors";
import type { Lang, MeetingId, ModuleId, Session } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { LatestOnly } from "../navigation/latest-only";
import { FeedbackDraft, SessionDraft } from "./session-drafts.svelte";

export type ModuleSessionsPorts = Pick<
  typeof trainingClient,
  "listSessions" | "createSession" | "saveSessionFeedback"
>;

const realPorts: ModuleSessionsPorts = {
  listSessions: trainingClient.listSessions,
  createSession: trainingClient.createSession,
  saveSessionFeedback: trainingClient.saveSessionFeedback,
};

/**
 * The sessions held (or planned) on the module on screen, newest first; the form planning the
 * next one; and the feedback form of one session, opened from its row.
 */
export class ModuleSessions {
  moduleId = $state<ModuleId | null>(null);
  sessions = $state.raw<Session[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  planning = $state<SessionDraft | null>(null);
  feedback = $state<FeedbackDraft | null>(null);
  /** The session just planned, to say so on its row. */
  plannedId = $state<MeetingId | null>(null);
  /** Set when the session just planned should take the keyboard focus once on screen. */
  plannedFocusRequested = $state(false);

  readonly dirty: boolean = $derived((this.planning?.dirty ?? false) || (this.feedback?.dirty ?? false));

  readonly #ports: ModuleSessionsPorts;
  readonly #lang: () => Lang;
  readonly #latest = new LatestOnly();

  constructor(lang: () => Lang, ports: ModuleSessionsPorts = realPorts) {
    this.#lang = lang;
    this.#ports = ports;
  }

  /** Fetches the module's sessions; another module closes the forms of the one before. */
  async load(moduleId: ModuleId): Promise<void> {
    if (moduleId !== this.moduleId) {
      this.reset();
      this.moduleId = moduleId;
    }
    const ticket = this.#latest.next();
    try {
      const sessions = await this.#ports.listSessions(moduleId, this.#lang());
      if (!this.#latest.isCurrent(ticket)) return;
      this.sessions = sessions;
      this.loaded = true;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** "Plan a session", its meeting titled as the module. */
  startPlanning(title: string): void {
    this.planning = new SessionDraft(title);
  }

  closePlanning(): void {
    this.planning = null;
  }

  /** Makes the session (and its meeting); answers it, or null when the form shows what to fix. */
  async savePlanning(): Promise<Session | null> {
    const draft = this.planning;
    const moduleId = this.moduleId;
    if (!draft || moduleId === null) return null;
    let made: Session | null = null;
    const saved = await saveDraft(draft, async ({ meeting, trainers }) => {
      const session = await this.#ports.createSession(moduleId, meeting, trainers, this.#lang());
      made = session;
      if (this.planning === draft) this.planning = null;
      this.plannedId = session.id;
      this.plannedFocusRequested = true;
      await this.load(moduleId);
    });
    return saved ? made : null;
  }

  openFeedback(session: Session): void {
    this.feedback = new FeedbackDraft(session);
  }

  closeFeedback(): void {
    this.feedback = null;
  }

  /** Saves the open feedback; the form stays, saying "Saved", until it is closed. */
  async saveFeedback(): Promise<boolean> {
    const draft = this.feedback;
    if (!draft) return false;
    const sent = JSON.stringify(draft.values);
    return saveDraft(draft, async (feedback) => {
      const session = await this.#ports.saveSessionFeedback(draft.sessionId, feedback, this.#lang());
      this.sessions = this.sessions.map((s) => (s.id === session.id ? session : s));
      if (this.feedback === draft && JSON.stringify(draft.values) === sent) {
        const fresh = new FeedbackDraft(session);
        fresh.justSaved = true;
        this.feedback = fresh;
      }
    });
  }

  reset(): void {
    this.#latest.invalidate();
    this.moduleId = null;
    this.sessions = [];
    this.loaded = false;
    this.error = null;
    this.planning = null;
    this.feedback = null;
    this.plannedId = null;
    this.plannedFocusRequested = false;
  }
}
