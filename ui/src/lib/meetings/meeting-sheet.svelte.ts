import * as client from "../api/client";
import { toAppError, type AppError } from "../api/errors";
import type {
  ChapterSettings,
  LanguageChoice,
  MeetingSignInRequest,
  PaperSize,
  PrintedFile,
} from "../api/types";
import { defaultLanguageChoice } from "../chapter/languages";

export type MeetingSheetPorts = {
  printMeetingSignIn: (request: MeetingSignInRequest) => Promise<PrintedFile>;
  openInViewer: (path: string) => Promise<void>;
};

const realPorts: MeetingSheetPorts = {
  printMeetingSignIn: client.printMeetingSignIn,
  openInViewer: client.openInViewer,
};

/** The sign-in sheet for one meeting: its options, the last printed file and what went wrong. */
export class MeetingSheet {
  readonly meetingId: string;
  lang = $state<LanguageChoice>("en");
  paper = $state<PaperSize>("letter");
  /** Pre-print the names of people who came before, to tick. */
  expectedNames = $state(false);
  printing = $state(false);
  printed = $state<PrintedFile | null>(null);
  error = $state<AppError | null>(null);
  opening = $state(false);

  readonly #ports: MeetingSheetPorts;

  /** Defaults come from the chapter's settings as they are when the meeting is opened. */
  constructor(meetingId: string, settings: ChapterSettings | null, ports: MeetingSheetPorts = realPorts) {
    this.meetingId = meetingId;
    this.lang = defaultLanguageChoice(settings);
    this.paper = settings?.paper_size ?? "letter";
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
    this.error = null;
    this.printed = null;
    this.printing = true;
    try {
      this.printed = await this.#ports.printMeetingSignIn(this.request());
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.printing = false;
    }
  }

  async openPrinted(): Promise<void> {
    if (!this.printed || this.opening) return;
    this.opening = true;
    this.error = null;
    try {
      await this.#ports.openInViewer(this.printed.path);
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.opening = false;
    }
  }
}
