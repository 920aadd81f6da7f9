import type { OrgKind, OrgQuery, Relationship } from "../api/types";

/** How many organizations one search asks for; past that the organizer narrows it down. */
export const ORG_PAGE_SIZE = 300;

/** What the directory's filters hold; null (or "") for "any". */
export type OrgFilters = {
  kind: OrgKind | null;
  relationship: Relationship | null;
  area: string | null;
};

export function noOrgFilters(): OrgFilters {
  return { kind: null, relationship: null, area: null };
}

function textOrNull(text: string | null): string | null {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

export function buildOrgQuery(
  text: string,
  filters: OrgFilters,
  limit: number = ORG_PAGE_SIZE,
): OrgQuery {
  return {
    text: textOrNull(text),
    kind: filters.kind,
    relationship: filters.relationship,
    area: textOrNull(filters.area),
    limit,
  };
}

/** How many filters narrow the directory. */
export function activeOrgFilterCount(filters: OrgFilters): number {
  const query = buildOrgQuery("", filters);
  return [query.kind, query.relationship, query.area].filter((value) => value !== null).length;
}

/** A query with no text and no filter: it asks for the whole directory. */
export function asksForAll(query: OrgQuery): boolean {
  return (
    query.text === null && query.kind === null && query.relationship === null && query.area === null
  );
}
