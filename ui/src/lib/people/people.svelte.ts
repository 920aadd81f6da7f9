import { createContext } from "svelte";
import * as peopleClient from "../api/client/people";
import type { DuplicatePair, OneOnOneId, PersonDetail, PersonId } from "../api/types";
import { DiscardGuard } from "../forms/discard-guard.svelte";
import { saveDraft } from "../forms/save-draft";
import { displayName } from "./display-name";
import { Duplicates, type ReviewOrigin } from "./duplicates.svelte";
import { FollowUps } from "./follow-ups.svelte";
import { LadderLevels } from "./ladder-levels.svelte";
import { PeopleExport } from "./people-export.svelte";
import { ListImport } from "./list-import.svelte";
import { OpenPerson } from "./open-person.svelte";
import { PeopleList } from "./people-list.svelte";
import { noFilters } from "./people-query";
import { PersonDraft } from "./person-draft.svelte";

export type PeopleMode = "people" | "follow-ups" | "duplicates";

export type SavePerson = Pick<typeof peopleClient, "createPerson" | "updatePerson">;

export type PeopleParts = {
  list: PeopleList;
  person: OpenPerson;
  followUps: FollowUps;
  ladder: LadderLevels;
  listImport: ListImport;
  peopleExport: PeopleExport;
  duplicates: Duplicates;
  save: SavePerson;
};

function realParts(): PeopleParts {
  return {
    list: new PeopleList(),
    person: new OpenPerson(),
    followUps: new FollowUps(),
    ladder: new LadderLevels(),
    listImport: new ListImport(),
    peopleExport: new PeopleExport(),
    duplicates: new Duplicates(),
    save: { createPerson: peopleClient.createPerson, updatePerson: peopleClient.updatePerson },
  };
}

/**
 * The People area: the list, the person on the right, the add/edit form, follow-ups and the
 * ladder's names. It lives as long as the app, so everything is where the organizer left it
 * when they come back, half-typed forms included; a different chapter starts it afresh.
 */
export class People extends DiscardGuard {
  readonly list: PeopleList;
  readonly person: OpenPerson;
  readonly followUps: FollowUps;
  readonly ladder: LadderLevels;
  /** Importing a membership list; its progress and report stay while the organizer is away. */
  readonly listImport: ListImport;
  /** Exporting everyone to a file, for the chapter's records or a campaign tool. */
  readonly peopleExport: PeopleExport;
  /** Records that look like one person, and the pair being compared and merged. */
  readonly duplicates: Duplicates;
  /** The add or edit form, when open; it takes the place of the record on the right. */
  editing = $state<PersonDraft | null>(null);
  mode = $state<PeopleMode>("people");
  filtersOpen = $state(false);
  /** Ctrl+K was pressed: the search box takes the focus once it is on screen. */
  searchFocusRequested = $state(false);

  readonly #save: SavePerson;
  #chapterRevision: number | null = null;

  constructor(parts: PeopleParts = realParts()) {
    super();
    this.list = parts.list;
    this.person = parts.person;
    this.followUps = parts.followUps;
    this.ladder = parts.ladder;
    this.listImport = parts.listImport;
    this.peopleExport = parts.peopleExport;
    this.duplicates = parts.duplicates;
    this.#save = parts.save;
  }

  /** The People screen opened: start afresh for another chapter, and fetch what may be stale. */
  enter(chapterRevision: number): void {
    if (chapterRevision !== this.#chapterRevision) this.#reset();
    this.#chapterRevision = chapterRevision;
    void this.list.searchNow();
    void this.ladder.load();
    void this.followUps.load();
    void this.duplicates.load();
    if (this.list.selectedId !== null) void this.person.show(this.list.selectedId);
  }

  requestSearchFocus(): void {
    this.mode = "people";
    this.searchFocusRequested = true;
  }

  /** Shows someone on the right, asking first if that would drop unsaved typing. */
  select(id: PersonId, options: { focus?: boolean } = {}): void {
    const leaving = id !== this.person.id || this.editing !== null;
    const unsaved = (this.editing?.dirty ?? false) || (id !== this.person.id && this.person.dirty);
    this.guard(leaving && unsaved, () => {
      this.mode = "people";
      this.editing = null;
      this.list.selectedId = id;
      if (options.focus) this.person.focusRequested = true;
      void this.person.show(id);
    });
  }

  addPerson(): void {
    this.guard((this.editing?.dirty ?? false) || this.person.dirty, () => {
      this.mode = "people";
      this.person.closeForms();
      this.editing = new PersonDraft(null);
    });
  }

  /** Edits the person on the right. Forms open on their record stay as they are. */
  editPerson(): void {
    const person = this.person.detail?.person;
    if (person) this.editing = new PersonDraft(person);
  }

  /** "Import…": asks for the file, imports it, then shows the list as it now stands. */
  async importList(): Promise<void> {
    const report = await this.listImport.choose();
    if (report === null) return;
    await this.list.searchNow();
    void this.duplicates.load();
    // The person on the right may have been updated; their open forms stay as they are.
    if (this.person.id !== null) await this.person.show(this.person.id);
  }

  /** "Possible duplicates": the list of likely pairs, fetched afresh. */
  openDuplicates(): void {
    this.mode = "duplicates";
    this.duplicates.offerName();
    void this.duplicates.load();
  }

  /**
   * "Compare and merge…" on a pair, from the duplicates list or from a person's record. Asks
   * first when a form open on either record holds unsaved typing, which a merge would overtake.
   */
  compareDuplicate(pair: DuplicatePair, from: ReviewOrigin): void {
    const inPair = (id: PersonId | null | undefined) => id === pair.a.id || id === pair.b.id;
    const editing = this.editing !== null && inPair(this.editing.personId);
    const unsaved =
      (editing && (this.editing?.dirty ?? false)) || (inPair(this.person.id) && this.person.dirty);
    this.guard(unsaved, () => {
      if (editing) this.editing = null;
      if (inPair(this.person.id)) this.person.closeForms();
      this.mode = "duplicates";
      this.duplicates.offerName();
      void this.duplicates.openReview(pair, from);
    });
  }

  /** Escape or Cancel on the merge panel: back to where it was opened from. */
  closeMerge(): void {
    if (this.duplicates.closeReview() === "record") this.mode = "people";
  }

  /** "Not the same person" on a pair; the open record drops its notice about them. */
  async markNotDuplicates(pair: DuplicatePair): Promise<boolean> {
    const done = await this.duplicates.markNotDuplicates(pair);
    const shown = this.person.id;
    if (done && shown !== null && (shown === pair.a.id || shown === pair.b.id)) {
      await this.person.show(shown);
    }
    return done;
  }

  /** The organizer confirmed the merge: the kept person opens, and every list is fetched again. */
  async confirmMerge(): Promise<boolean> {
    const merged = await this.duplicates.confirmMerge();
    if (merged === null) return false;
    const detail = merged.kept;
    // A form opened on either record since would save over the merge or onto a record gone.
    const stale = [detail.person.id, merged.mergedId];
    if (stale.includes(this.editing?.personId ?? "")) this.editing = null;
    this.mode = "people";
    this.person.replace(detail);
    this.person.focusRequested = true;
    this.list.selectedId = detail.person.id;
    void this.followUps.load();
    await this.#reveal(detail);
    return true;
  }

  /** Escape or Cancel on the add/edit form. */
  cancelEditing(): void {
    this.guard(this.editing?.dirty ?? false, () => {
      this.editing = null;
      this.person.focusRequested = this.person.detail !== null;
    });
  }

  async saveEditing(): Promise<boolean> {
    const draft = this.editing;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const detail =
        draft.personId === null
          ? await this.#save.createPerson(input)
          : await this.#save.updatePerson(draft.personId, input);
      if (this.editing === draft) this.editing = null;
      this.person.replace(detail);
      this.person.focusRequested = true;
      this.list.selectedId = detail.person.id;
      // A new phone or email may make (or end) a likely pair; the count beside the switch follows.
      void this.duplicates.load();
      await this.#reveal(detail);
    });
  }

  /** Escape or Cancel on the one-on-one form. */
  cancelOneOnOne(): void {
    this.guard(this.person.oneOnOne?.dirty ?? false, () => {
      this.person.oneOnOne = null;
    });
  }

  /** Escape or Cancel on the level change form. */
  cancelLevelChange(): void {
    this.guard(this.person.levelChange?.dirty ?? false, () => {
      this.person.levelChange = null;
    });
  }

  async saveOneOnOne(): Promise<void> {
    if (await this.person.saveOneOnOne()) await this.followUps.load();
  }

  async saveLevelChange(): Promise<void> {
    // The list shows each person's level.
    if (await this.person.saveLevelChange()) await this.list.searchNow();
  }

  async completeFollowUp(oneOnOneId: OneOnOneId, personId: PersonId): Promise<void> {
    const done = await this.followUps.complete(oneOnOneId);
    if (done && this.person.id === personId) await this.person.show(personId);
  }

  /** Makes sure a just-saved person is in the list, searching for them by name if not. */
  async #reveal(detail: PersonDetail): Promise<void> {
    await this.list.searchNow();
    if (this.list.selectedIndex !== -1) return;
    this.list.text = displayName(detail.person);
    this.list.filters = noFilters();
    await this.list.searchNow();
  }

  #reset(): void {
    this.list.reset();
    this.person.reset();
    this.followUps.reset();
    this.ladder.reset();
    // Another chapter's report means nothing here; a running import carries on to its end.
    this.listImport.dismiss();
    this.duplicates.reset();
    this.editing = null;
    this.mode = "people";
    this.filtersOpen = false;
    this.searchFocusRequested = false;
    this.pendingDiscard = null;
  }
}

export const [getPeople, setPeople] = createContext<People>();
