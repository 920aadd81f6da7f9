// Pass the laptop: the organizer locks the app with the chapter's passphrase, members fill in
// the connections survey one after another, and the passphrase opens the app again. While it
// is locked these are the only commands the backend answers.
import type {
  LaptopForm,
  LaptopStatus,
  LockStatus,
  OrgSuggestion,
} from "../types";
import { call } from "./call";

/** Whether the app is locked, and what the member's screens need; asked first at every start. */
export function laptopStatus(): Promise<LaptopStatus> {
  return call("laptop_status");
}

/**
 * Locks the app for the laptop to go round. The first time, `passphrase` becomes the chapter's
 * (at least 8 characters); later it must be the chapter's. Refusals name "passphrase" or
 * "locked_by".
 */
export function lockLaptop(passphrase: string, lockedBy: string): Promise<LockStatus> {
  return call("lock_laptop", { passphrase, lockedBy });
}

/** Opens the app again; a wrong passphrase is refused ("passphrase") and it stays locked. */
export function unlockLaptop(passphrase: string): Promise<LockStatus> {
  return call("unlock_laptop", { passphrase });
}

/** Only while the app is open. A wrong current one names "passphrase"; a short new one "new_passphrase". */
export function changeLaptopPassphrase(current: string, newPassphrase: string): Promise<LockStatus> {
  return call("change_laptop_passphrase", { current, newPassphrase });
}

/**
 * A member says who they are: "first last" and one more fact (the last four digits of a phone,
 * a ZIP, a house number or an email). The name to greet them by, or null when not found
 * (nothing says whether the name or the fact was wrong).
 */
export function laptopIdentify(name: string, fact: string): Promise<string | null> {
  return call("laptop_identify", { name, fact });
}

/** Someone new joins with their name and the fact they gave; the name to greet them by. */
export function laptopJoin(firstName: string, lastName: string, fact: string): Promise<string> {
  return call("laptop_join", { firstName, lastName, fact });
}

/** Organizations whose name begins with what the member typed: names only. */
export function laptopSuggestOrgs(typed: string): Promise<OrgSuggestion[]> {
  return call("laptop_suggest_orgs", { typed });
}

/**
 * Enters the form of the member at the keyboard; the keyboard is then free for the next one.
 * Refusals name the place: "ties.1.strength", "answers.reach_out".
 */
export function laptopSubmit(form: LaptopForm): Promise<null> {
  return call("laptop_submit", { form });
}

/** "That is not me" or "start over": the keyboard is free, nothing was entered. */
export function laptopLeaveSeat(): Promise<null> {
  return call("laptop_leave_seat");
}
