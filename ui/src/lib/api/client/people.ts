// People: their records and the search over them, one-on-ones and their follow-ups, the ladder
// of engagement, and likely duplicates and merging them.
import type { OneOnOneId, PersonId } from "../types/ids";
import type {
  DuplicateList,
  FollowUp,
  LadderLevel,
  MergeComparison,
  MergeRequest,
  OneOnOneInput,
  PeoplePage,
  PeopleQuery,
  PersonDetail,
  PersonInput,
} from "../types";
import { call } from "./call";

/** One page of the people who match, and how many match in all. */
export function searchPeople(query: PeopleQuery): Promise<PeoplePage> {
  return call("search_people", { query });
}

export function getPerson(id: PersonId): Promise<PersonDetail> {
  return call("get_person", { id });
}

export function createPerson(input: PersonInput): Promise<PersonDetail> {
  return call("create_person", { input });
}

export function updatePerson(id: PersonId, input: PersonInput): Promise<PersonDetail> {
  return call("update_person", { id, input });
}

/** Records a conversation and answers with the person's record as it now stands. */
export function logOneOnOne(input: OneOnOneInput): Promise<PersonDetail> {
  return call("log_one_on_one", { input });
}

export function completeFollowUp(oneOnOneId: OneOnOneId): Promise<void> {
  return call("complete_follow_up", { oneOnOneId });
}

/** Follow-ups due today or overdue, oldest first; `null` for every organizer's. */
export function followUps(heldBy: string | null): Promise<FollowUp[]> {
  return call("follow_ups", { heldBy });
}

/** The chapter's ladder of engagement, lowest rung first. */
export function ladderLevels(): Promise<LadderLevel[]> {
  return call("ladder_levels");
}

/** Answers with every level, the renamed one included. */
export function renameLadderLevel(key: string, name: string): Promise<LadderLevel[]> {
  return call("rename_ladder_level", { key, name });
}

export function setLadderLevel(
  personId: PersonId,
  level: string,
  changedBy: string,
  reason: string | null,
): Promise<PersonDetail> {
  return call("set_ladder_level", { personId, level, changedBy, reason });
}

/**
 * The chapter's likely duplicate pairs, strongest evidence first (`a` is the older record), and
 * how many there are in all: a large list can hold more than are shown at once.
 */
export function findDuplicates(): Promise<DuplicateList> {
  return call("find_duplicates");
}

/** Two records side by side, their history counts, and the groups of fields where they differ. */
export function comparePeople(a: PersonId, b: PersonId): Promise<MergeComparison> {
  return call("compare_people", { a, b });
}

/**
 * Merges `request.merge` into `request.keep` (lists joined, all history moved) and answers with
 * the kept record. Cannot be undone. A blank `merged_by` is refused with field "merged_by".
 */
export function mergePeople(request: MergeRequest): Promise<PersonDetail> {
  return call("merge_people", { request });
}

/** Records that the pair are two different people, so they are not suggested again. */
export function markNotDuplicates(a: PersonId, b: PersonId, decidedBy: string): Promise<void> {
  return call("mark_not_duplicates", { a, b, decidedBy });
}
