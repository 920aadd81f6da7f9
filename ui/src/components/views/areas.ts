import type { Component } from "svelte";
import type { Role } from "../../lib/api/types";
import { t } from "../../lib/i18n/locale.svelte";
import CampaignsView from "./CampaignsView.svelte";
import CanvassView from "./CanvassView.svelte";
import GrantsView from "./GrantsView.svelte";
import MeetingsView from "./MeetingsView.svelte";
import NeedsView from "./NeedsView.svelte";
import OrgsView from "./OrgsView.svelte";
import PeopleView from "./PeopleView.svelte";
import PrintView from "./PrintView.svelte";
import RoundsView from "./RoundsView.svelte";
import SettingsView from "./SettingsView.svelte";
import TrainingView from "./TrainingView.svelte";

export type Area = {
  id: string;
  /** In the screens' language, read afresh each time (a getter), so it follows a change. */
  readonly label: string;
  view: Component;
  /** Sits at the bottom of the navigation, apart from the day-to-day areas. */
  end?: boolean;
  /**
   * Fills the whole space beside the navigation and scrolls its own panes (a list and a
   * record), instead of being one page of text that scrolls as a whole.
   */
  fill?: boolean;
  /**
   * Whose database the area works on: a chapter's, or a national committee's. Unset: both
   * (Settings). A chapter's areas mean nothing to the committee, and its rounds nothing to a
   * chapter, so each sees only its own.
   */
  role?: Role;
};

// One line per area that works. An area that is not built yet gets no entry.
export const AREAS: readonly Area[] = [
  {
    id: "people",
    role: "chapter",
    get label() {
      return t("nav-people");
    },
    view: PeopleView,
    fill: true,
  },
  {
    id: "meetings",
    role: "chapter",
    get label() {
      return t("nav-meetings");
    },
    view: MeetingsView,
    fill: true,
  },
  {
    id: "needs",
    role: "chapter",
    get label() {
      return t("nav-needs");
    },
    view: NeedsView,
    fill: true,
  },
  {
    id: "orgs",
    role: "chapter",
    get label() {
      return t("nav-orgs");
    },
    view: OrgsView,
    fill: true,
  },
  {
    id: "campaigns",
    role: "chapter",
    get label() {
      return t("nav-campaigns");
    },
    view: CampaignsView,
    fill: true,
  },
  {
    id: "canvass",
    role: "chapter",
    get label() {
      return t("nav-canvass");
    },
    view: CanvassView,
    fill: true,
  },
  {
    id: "grants",
    role: "chapter",
    get label() {
      return t("nav-grants");
    },
    view: GrantsView,
    fill: true,
  },
  {
    id: "training",
    role: "chapter",
    get label() {
      return t("nav-training");
    },
    view: TrainingView,
    fill: true,
  },
  {
    id: "print",
    role: "chapter",
    get label() {
      return t("nav-print");
    },
    view: PrintView,
  },
  {
    id: "rounds",
    role: "national",
    get label() {
      return t("nav-rounds");
    },
    view: RoundsView,
    fill: true,
  },
  {
    id: "settings",
    get label() {
      return t("nav-settings");
    },
    view: SettingsView,
    end: true,
  },
];

/** The areas a chapter's database (or a national committee's) shows, in the order of AREAS. */
export function areasFor(role: Role): readonly Area[] {
  return AREAS.filter((area) => area.role === undefined || area.role === role);
}
