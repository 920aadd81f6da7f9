import * as meetingsClient from "../api/client/meetings";
import * as printClient from "../api/client/print";
import type { ChapterSettings, MeetingId, MeetingSignInRequest } from "../api/types";
import { PrintedSheet } from "../print/printed-sheet.svelte";

export type MeetingSheetPorts = Pick<typeof meetingsClient, "printMeetingSignIn"> &
  Pick<typeof printClient, "openInViewer">;

const realPorts: MeetingSheetPorts = {
  printMeetingSignIn: meetingsClient.printMeetingSignIn,
  openInViewer: printClient.openInViewer,
};

/** The sign-in sheet for one meeting: its options, the last printed file and what went wrong. */
export class MeetingSheet extends PrintedSheet {
  readonly meetingId: MeetingId;
  /** Pre-print the names of people who came before, to tick. */
  expectedNames = $state(false);

  readonly #ports: MeetingSheetPorts;

  /** Defaults come from the chapter's settings as they are when the meeting is opened. */
  constructor(meetingId: MeetingId, settings: ChapterSettings | null, ports: MeetingSheetPorts = realPorts) {
    super(settings, (path) => ports.openInViewer(path));
    this.meetingId = meetingId;
    this.#ports = ports;
  }

  request(): MeetingSignInRequest {
    return {
      meeting_id: this.meetingId,
      lang: this.lang,
      paper: this.paper,
      expected_names: this.expectedNames,
    };
  }

  async print(): Promise<void> {
    if (this.printing) return;
    await this.printWith(() => this.#ports.printMeetingSignIn(this.request()));
  }
}
