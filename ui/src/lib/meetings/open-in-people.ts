import type { PersonId } from "../api/types";
import type { Navigation } from "../navigation/navigation.svelte";
import type { People } from "../people/people.svelte";

/** Shows someone's record in People, as a name clicked in a meeting asks. */
export function openInPeople(
  people: Pick<People, "select">,
  navigation: Pick<Navigation, "go">,
  personId: PersonId,
): void {
  people.select(personId, { focus: true });
  navigation.go("people");
}
