import * as meetingsClient from "../api/client/meetings";
import type { MeetingDetail, MeetingId } from "../api/types";
import { OpenRecord } from "../navigation/open-record.svelte";

export type GetMeeting = typeof meetingsClient.getMeeting;

/** The meeting shown on the right: its facts and who came. */
export class OpenMeeting extends OpenRecord<MeetingDetail, MeetingId> {
  constructor(get: GetMeeting = meetingsClient.getMeeting) {
    super(get, (detail) => detail.meeting.id);
  }
}
