// A person's record in words: how not to reach them, their address and their work a line at a
// time, their children and caregiving, and whether the national list knows them.
import type { Address, Membership, Person, Responsibilities } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** "Do not call", "Do not text", "Do not email": the ones that are set, in that order. */
export function optOuts(flags: Pick<Person, "do_not_call" | "do_not_text" | "do_not_email">): string[] {
  return [
    flags.do_not_call && t("people-do-not-call"),
    flags.do_not_text && t("people-do-not-text"),
    flags.do_not_email && t("people-do-not-email"),
  ].filter((flag): flag is string => typeof flag === "string");
}

/** Street and unit, then city, state and ZIP; a line with nothing on it is left out. */
export function addressLines(a: Address): string[] {
  const street = [a.street, a.unit].filter(Boolean).join(", ");
  const town = [[a.city, a.state].filter(Boolean).join(", "), a.zip].filter(Boolean).join(" ");
  return [street, town].filter((line) => line !== "");
}

/** The union and its local, the workplace, and "Student", each on its own line when known. */
export function workLines(
  person: Pick<Person, "union_name" | "union_local" | "workplace" | "is_student">,
): string[] {
  return [
    person.union_name &&
      (person.union_local ? `${person.union_name}, ${person.union_local}` : person.union_name),
    person.workplace && t("people-works-at", { workplace: person.workplace }),
    person.is_student && t("people-student"),
  ].filter((line): line is string => typeof line === "string" && line !== "");
}

/** "No children", "1 child", "3 children" */
export function childrenText(count: number): string {
  return t("people-children", { count });
}

/** "Cares for an adult: her mother", or null when they care for no adult. */
export function caregivingText(r: Responsibilities): string | null {
  if (!r.cares_for_adult) return null;
  return r.caregiving_note
    ? t("people-cares-for-adult-note", { note: r.caregiving_note })
    : t("people-cares-for-adult");
}

/** Whether the national membership list says anything about the person. */
export function onMembershipList(membership: Membership): boolean {
  return Object.values(membership).some((value) => value !== null);
}
