import { openInPeople } from "../../meetings/open-in-people";
import type { Navigation } from "../../navigation/navigation.svelte";
import type { Orgs } from "../../orgs/orgs.svelte";
import type { People } from "../../people/people.svelte";
import type { RecordLink } from "./record-link";

/** The areas a linked record opens in. */
export type RecordAreas = {
  people: Pick<People, "select">;
  orgs: Pick<Orgs, "openInDirectory">;
  navigation: Pick<Navigation, "go">;
};

/** "Open record": the person in People, or the organization in the directory, with the keyboard on it. */
export function openLinked(link: RecordLink, areas: RecordAreas): void {
  if (link.kind === "person") {
    openInPeople(areas.people, areas.navigation, link.id);
  } else {
    areas.orgs.openInDirectory(link.id);
    areas.navigation.go("orgs");
  }
}
