import { t } from "../i18n/locale.svelte";

/** The name parts a display name is made from. */
export type NameParts = {
  first_name: string;
  last_name: string;
  preferred_name: string | null;
};

/**
 * What a person is called on screen: the name they go by (preferred, else first), then the last
 * name. The same rule as the backend's, so a list row and the record it opens agree.
 */
export function displayName(person: NameParts): string {
  const given = person.preferred_name?.trim() || person.first_name.trim();
  return [given, person.last_name.trim()].filter((part) => part !== "").join(" ");
}

/** What stands in for a name that is empty (a record with only a phone, say). */
export function noName(): string {
  return t("people-no-name");
}

/** A name as shown, never blank. */
export function shownName(name: string | null | undefined): string {
  return name?.trim() || noName();
}
