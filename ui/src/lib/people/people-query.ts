import type { MembershipStatus, PeopleQuery } from "../api/types";

/** How many rows one search asks for; past that the organizer is asked to narrow it down. */
export const PAGE_SIZE = 200;

/** What the filter controls hold; text fields are kept as typed and cleaned when sent. */
export type PeopleFilters = {
  membershipStatus: MembershipStatus | null;
  ladderLevel: string | null;
  /** Ticked: only people who need childcare. Unticked: everyone. */
  needsChildcare: boolean;
  language: string;
  tag: string;
  zip: string;
};

export function noFilters(): PeopleFilters {
  return {
    membershipStatus: null,
    ladderLevel: null,
    needsChildcare: false,
    language: "",
    tag: "",
    zip: "",
  };
}

function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

export function buildPeopleQuery(
  text: string,
  filters: PeopleFilters,
  limit: number = PAGE_SIZE,
): PeopleQuery {
  return {
    text: text.trim(),
    membership_status: filters.membershipStatus,
    ladder_level: filters.ladderLevel || null,
    needs_childcare: filters.needsChildcare ? true : null,
    language: textOrNull(filters.language),
    tag: textOrNull(filters.tag),
    zip: textOrNull(filters.zip),
    limit,
  };
}

/** How many filters narrow the list, for the "Filters (2)" button. */
export function activeFilterCount(filters: PeopleFilters): number {
  const query = buildPeopleQuery("", filters);
  return [
    query.membership_status,
    query.ladder_level,
    query.needs_childcare,
    query.language,
    query.tag,
    query.zip,
  ].filter((value) => value !== null).length;
}

/** A query with no text and no filters: it asks for everyone. */
export function asksForEveryone(query: PeopleQuery): boolean {
  return (
    query.text.trim() === "" &&
    query.membership_status === null &&
    query.ladder_level === null &&
    query.needs_childcare === null &&
    query.language === null &&
    query.tag === null &&
    query.zip === null
  );
}
