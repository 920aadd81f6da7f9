import type { Component } from "svelte";
import PrintView from "./PrintView.svelte";
import SettingsView from "./SettingsView.svelte";

export type Area = {
  id: string;
  label: string;
  view: Component;
  /** Sits at the bottom of the navigation, apart from the day-to-day areas. */
  end?: boolean;
};

// One line per area that works. An area that is not built yet gets no entry.
export const AREAS: readonly Area[] = [
  { id: "print", label: "Print", view: PrintView },
  { id: "settings", label: "Settings", view: SettingsView, end: true },
];
