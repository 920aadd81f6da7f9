import * as meetingsClient from "../api/client/meetings";
import { toAppError, type AppError } from "../api/errors";
import type { AttendeeMatch, MeetingDetail, MeetingId, PersonId, SignInSummary } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { LatestOnly } from "../navigation/latest-only";
import { signedInOrder } from "./attendance";
import { NewAttendeeDraft } from "./new-attendee-draft.svelte";
import { UndoStack } from "./undo-stack";

export type SignInPorts = Pick<
  typeof meetingsClient,
  "matchAttendee" | "recordAttendance" | "addNewAttendee" | "removeAttendance" | "signInSummary"
>;

const realPorts: SignInPorts = {
  matchAttendee: meetingsClient.matchAttendee,
  recordAttendance: meetingsClient.recordAttendance,
  addNewAttendee: meetingsClient.addNewAttendee,
  removeAttendance: meetingsClient.removeAttendance,
  signInSummary: meetingsClient.signInSummary,
};

/** One mark made in this sitting, for Ctrl+Z. */
export type Mark = { personId: PersonId; name: string; isNew: boolean };

export type SignInNote = {
  kind: "marked" | "added" | "already" | "undone" | "nothing" | "failed";
  text: string;
  error?: AppError;
};

/**
 * Typing a filled sign-in sheet into a meeting: a name box that suggests who it is as you type,
 * Enter to mark them present, a short row for someone new, Ctrl+Z to take the last mark back,
 * and, when done, who came and who was new.
 */
export class SignInEntry {
  readonly meetingId: MeetingId;
  /** The meeting as the last answer left it: who is marked present. */
  detail = $state.raw<MeetingDetail>() as MeetingDetail;
  text = $state("");
  matches = $state.raw<AttendeeMatch[]>([]);
  /** The text the matches on screen answer (trimmed); null until the first answer. */
  matchedFor = $state<string | null>(null);
  highlighted = $state(0);
  matchError = $state<AppError | null>(null);
  /** The new-person row, when open. */
  newAttendee = $state<NewAttendeeDraft | null>(null);
  /** People marked in this sitting, the latest first. */
  markedNow = $state.raw<PersonId[]>([]);
  /** What the last keystroke did, in words, for the live region. */
  note = $state<SignInNote | null>(null);
  /** Marks and undos sent and not yet answered. */
  pending = $state(0);
  undoCount = $state(0);
  /** "Done" was pressed: the summary replaces the entry panel. */
  finished = $state(false);
  summary = $state.raw<SignInSummary | null>(null);
  summaryError = $state<AppError | null>(null);
  /** Set when the name box should take the keyboard focus as soon as it can. */
  nameFocusRequested = $state(false);

  readonly signedIn = $derived(signedInOrder(this.detail.attendees, this.markedNow));
  /** The matches answer what is in the box now. */
  readonly current: boolean = $derived(this.matchedFor === this.text.trim());
  readonly highlightedMatch: AttendeeMatch | null = $derived(
    this.current ? (this.matches[this.highlighted] ?? null) : null,
  );

  readonly #ports: SignInPorts;
  readonly #latest = new LatestOnly();
  readonly #undo = new UndoStack<Mark>();
  /** The newest match request, so Enter pressed before its answer can wait for it. */
  #inFlight: Promise<void> = Promise.resolve();
  /** Marks and undos run one after another, in the order the keys were pressed. */
  #queue: Promise<void> = Promise.resolve();

  constructor(detail: MeetingDetail, ports: SignInPorts = realPorts) {
    this.meetingId = detail.meeting.id;
    this.detail = detail;
    this.#ports = ports;
  }

  /** Call after every edit of the name box: asks at once, and only the newest answer counts. */
  typed(): void {
    this.#inFlight = this.#match(this.text);
  }

  async #match(text: string): Promise<void> {
    const ticket = this.#latest.next();
    const wanted = text.trim();
    if (wanted === "") {
      this.matches = [];
      this.matchedFor = "";
      this.highlighted = 0;
      this.matchError = null;
      return;
    }
    try {
      const found = await this.#ports.matchAttendee(this.meetingId, wanted);
      if (!this.#latest.isCurrent(ticket)) return;
      this.matches = found;
      this.matchedFor = wanted;
      this.highlighted = 0;
      this.matchError = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.matchError = toAppError(reason);
    }
  }

  highlight(index: number): void {
    if (index >= 0 && index < this.matches.length) this.highlighted = index;
  }

  /** Escape in the name box. */
  clear(): void {
    this.text = "";
    this.typed();
  }

  /**
   * Enter: marks the highlighted match present and empties the box for the next name at once.
   * Pressed before the matches for the text have arrived, it waits for them. No match opens the
   * new-person row; someone already signed in is only pointed out.
   */
  async mark(index: number = this.highlighted): Promise<void> {
    const text = this.text.trim();
    if (text === "" || this.newAttendee !== null) return;
    if (this.matchedFor !== text) {
      await this.#inFlight;
      // Typing went on while waiting: the next Enter is for the new text.
      if (this.text.trim() !== text || this.matchedFor !== text) return;
      index = this.highlighted;
    }
    const match = this.matches[index];
    if (!match) {
      if (this.matchError === null) this.startNew();
      return;
    }
    if (match.already_signed_in) {
      this.note = { kind: "already", text: t("entry-already", { name: match.display_name }) };
      this.clear();
      return;
    }
    this.clear();
    await this.#serial(async () => {
      try {
        const detail = await this.#ports.recordAttendance(this.meetingId, match.person_id);
        this.#marked(detail, { personId: match.person_id, name: match.display_name, isNew: false });
        this.note = { kind: "marked", text: t("entry-signed-in", { name: match.display_name }) };
      } catch (reason) {
        const error = toAppError(reason);
        this.note = { kind: "failed", text: t("entry-not-signed-in", { name: match.display_name }), error };
        // Put the name back so Enter tries again.
        if (this.text === "") {
          this.text = text;
          this.typed();
        }
      }
    });
  }

  /** Shift+Enter, the "New person" button, or a name that matches no one. */
  startNew(): void {
    if (this.newAttendee !== null) return;
    this.newAttendee = new NewAttendeeDraft(this.text);
  }

  /** Escape in the new-person row: back to the name box with what was typed. */
  cancelNew(): void {
    const draft = this.newAttendee;
    if (!draft) return;
    this.newAttendee = null;
    this.text = draft.typed;
    this.typed();
    this.nameFocusRequested = true;
  }

  async saveNew(): Promise<boolean> {
    const draft = this.newAttendee;
    if (!draft || draft.saving) return false;
    const attendee = draft.submit();
    if (!attendee) return false;
    draft.saving = true;
    let saved = false;
    await this.#serial(async () => {
      const before = new Set(this.detail.attendees.map((a) => a.person_id));
      try {
        const detail = await this.#ports.addNewAttendee(this.meetingId, attendee);
        // The answer is the whole meeting: the new person is the one who was not there before.
        const added =
          detail.attendees.find((a) => !before.has(a.person_id)) ?? detail.attendees[0] ?? null;
        const name = added?.display_name || [attendee.first_name, attendee.last_name].join(" ").trim();
        this.detail = detail;
        if (added) {
          this.#remember({ personId: added.person_id, name, isNew: true });
        }
        this.note = { kind: "added", text: t("entry-added", { name }) };
        if (this.newAttendee === draft) this.newAttendee = null;
        this.text = "";
        this.typed();
        this.nameFocusRequested = true;
        saved = true;
      } catch (reason) {
        draft.serverError = toAppError(reason);
      } finally {
        draft.saving = false;
      }
    });
    return saved;
  }

  /** Ctrl+Z: takes back the last mark of this sitting. A new person stays in People. */
  async undo(): Promise<void> {
    await this.#serial(async () => {
      const mark = this.#undo.pop();
      this.undoCount = this.#undo.size;
      if (!mark) {
        this.note = { kind: "nothing", text: t("entry-nothing-to-undo") };
        return;
      }
      try {
        this.detail = await this.#ports.removeAttendance(this.meetingId, mark.personId);
        this.markedNow = this.markedNow.filter((id) => id !== mark.personId);
        this.note = {
          kind: "undone",
          text: mark.isNew
            ? t("entry-undone-new", { name: mark.name })
            : t("entry-undone", { name: mark.name }),
        };
      } catch (reason) {
        this.#undo.push(mark);
        this.undoCount = this.#undo.size;
        this.note = { kind: "failed", text: t("entry-still-signed-in", { name: mark.name }), error: toAppError(reason) };
      }
    });
  }

  /** "Done": waits for the marks still on their way, then fetches who came and who was new. */
  async finish(): Promise<void> {
    this.finished = true;
    this.summaryError = null;
    await this.#queue;
    try {
      this.summary = await this.#ports.signInSummary(this.meetingId);
    } catch (reason) {
      this.summaryError = toAppError(reason);
    }
  }

  /** Back from the summary to typing names. */
  resume(): void {
    this.finished = false;
    this.summary = null;
    this.summaryError = null;
    this.nameFocusRequested = true;
  }

  #marked(detail: MeetingDetail, mark: Mark): void {
    this.detail = detail;
    this.#remember(mark);
  }

  #remember(mark: Mark): void {
    this.#undo.push(mark);
    this.undoCount = this.#undo.size;
    this.markedNow = [mark.personId, ...this.markedNow.filter((id) => id !== mark.personId)];
  }

  #serial(step: () => Promise<void>): Promise<void> {
    this.pending += 1;
    const run = this.#queue.then(step).finally(() => {
      this.pending -= 1;
    });
    this.#queue = run.catch(() => {});
    return run;
  }
}
