import type { MeetingId } from "../api/types";
import { createContext } from "svelte";
import * as meetingsClient from "../api/client/meetings";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { MeetingDraft } from "./meeting-draft.svelte";
import { MeetingList } from "./meeting-list.svelte";
import { OpenMeeting } from "./open-meeting.svelte";
import { SignInEntry, type SignInPorts } from "./sign-in-entry.svelte";

export type SaveMeeting = Pick<typeof meetingsClient, "createMeeting" | "updateMeeting">;

export type MeetingsParts = {
  list: MeetingList;
  meeting: OpenMeeting;
  save: SaveMeeting;
  /** Undefined: the real backend. */
  signIn?: SignInPorts;
};

function realParts(): MeetingsParts {
  return {
    list: new MeetingList(),
    meeting: new OpenMeeting(),
    save: { createMeeting: meetingsClient.createMeeting, updateMeeting: meetingsClient.updateMeeting },
  };
}

/**
 * The Meetings area: the list, the meeting on the right, its form, and the entry of a filled
 * sign-in sheet. It lives as long as the app, so a half-entered sheet is still there when the
 * organizer looks someone up in People and comes back; a different chapter starts it afresh.
 */
export class Meetings extends DiscardGuard {
  readonly list: MeetingList;
  readonly meeting: OpenMeeting;
  /** The new or edit form, when open; it takes the place of the record on the right. */
  editing = $state<MeetingDraft | null>(null);
  /** Entering a filled sheet for the open meeting; it takes the whole screen. */
  entry = $state<SignInEntry | null>(null);

  readonly #save: SaveMeeting;
  readonly #signIn: SignInPorts | undefined;
  #chapterRevision: number | null = null;

  constructor(parts: MeetingsParts = realParts()) {
    super();
    this.list = parts.list;
    this.meeting = parts.meeting;
    this.#save = parts.save;
    this.#signIn = parts.signIn;
  }

  /**
   * The Meetings screen opened: start afresh for another chapter, fetch what may be stale, and
   * show the newest meeting when none is chosen yet.
   */
  async enter(chapterRevision: number): Promise<void> {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    const selected = this.list.selectedId;
    if (selected !== null && this.entry === null) void this.meeting.show(selected);
    await this.list.load();
    const newest = this.list.meetings[0];
    if (this.list.selectedId === null && this.editing === null && newest) {
      this.list.selectedId = newest.id;
      void this.meeting.show(newest.id);
    }
  }

  /** Shows a meeting on the right, asking first if that would drop unsaved typing. */
  select(id: MeetingId, options: { focus?: boolean } = {}): void {
    const leaving = id !== this.meeting.id || this.editing !== null;
    this.guard(leaving && (this.editing?.dirty ?? false), () => {
      this.editing = null;
      this.list.selectedId = id;
      if (options.focus) this.meeting.focusRequested = true;
      void this.meeting.show(id);
    });
  }

  addMeeting(): void {
    this.guard(this.editing?.dirty ?? false, () => {
      this.editing = new MeetingDraft(null);
    });
  }

  editMeeting(): void {
    const meeting = this.meeting.detail?.meeting;
    if (meeting) this.editing = new MeetingDraft(meeting);
  }

  /** Escape or Cancel on the form. */
  cancelEditing(): void {
    this.guard(this.editing?.dirty ?? false, () => {
      this.editing = null;
      this.meeting.focusRequested = this.meeting.detail !== null;
    });
  }

  async saveEditing(): Promise<boolean> {
    const draft = this.editing;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const detail =
        draft.meetingId === null
          ? await this.#save.createMeeting(input)
          : await this.#save.updateMeeting(draft.meetingId, input);
      if (this.editing === draft) this.editing = null;
      this.meeting.replace(detail);
      this.meeting.focusRequested = true;
      this.list.selectedId = detail.meeting.id;
      await this.list.load();
    });
  }

  /** "Enter sign-ins" on the open meeting. */
  startEntry(): void {
    const detail = this.meeting.detail;
    if (!detail || this.editing !== null) return;
    this.entry = new SignInEntry(detail, this.#signIn);
    this.entry.nameFocusRequested = true;
  }

  /** "Done": the summary, after asking about a half-typed new person. */
  finishEntry(): void {
    const entry = this.entry;
    if (!entry) return;
    this.guard(entry.newAttendee?.dirty ?? false, () => {
      entry.newAttendee = null;
      void entry.finish();
    });
  }

  /** Back from the sign-ins to the meeting, its list of who came brought up to date. */
  closeEntry(): void {
    const entry = this.entry;
    if (!entry) return;
    this.entry = null;
    if (this.meeting.id === entry.meetingId) this.meeting.replace(entry.detail);
    this.meeting.focusRequested = true;
    void this.list.load();
  }

  #reset(): void {
    this.list.reset();
    this.meeting.reset();
    this.editing = null;
    this.entry = null;
    this.pendingDiscard = null;
  }
}

export const [getMeetings, setMeetings] = createContext<Meetings>();
