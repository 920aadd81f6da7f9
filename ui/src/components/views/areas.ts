import type { Component } from "svelte";
import MeetingsView from "./MeetingsView.svelte";
import NeedsView from "./NeedsView.svelte";
import PeopleView from "./PeopleView.svelte";
import PrintView from "./PrintView.svelte";
import SettingsView from "./SettingsView.svelte";

export type Area = {
  id: string;
  label: string;
  view: Component;
  /** Sits at the bottom of the navigation, apart from the day-to-day areas. */
  end?: boolean;
  /**
   * Fills the whole space beside the navigation and scrolls its own panes (a list and a
   * record), instead of being one page of text that scrolls as a whole.
   */
  fill?: boolean;
};

// One line per area that works. An area that is not built yet gets no entry.
export const AREAS: readonly Area[] = [
  { id: "people", label: "People", view: PeopleView, fill: true },
  { id: "meetings", label: "Meetings", view: MeetingsView, fill: true },
  { id: "needs", label: "Needs", view: NeedsView, fill: true },
  { id: "print", label: "Print", view: PrintView },
  { id: "settings", label: "Settings", view: SettingsView, end: true },
];
