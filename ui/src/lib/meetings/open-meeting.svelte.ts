import * as client from "../api/client";
import type { MeetingDetail } from "../api/types";
import { OpenRecord } from "../navigation/open-record.svelte";

export type GetMeeting = (id: string) => Promise<MeetingDetail>;

/** The meeting shown on the right: its facts and who came. */
export class OpenMeeting extends OpenRecord<MeetingDetail> {
  constructor(get: GetMeeting = client.getMeeting) {
    super(get, (detail) => detail.meeting.id);
  }
}
