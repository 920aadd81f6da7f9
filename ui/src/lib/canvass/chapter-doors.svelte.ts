import * as canvassClient from "../api/client/canvass";
import { toAppError, type AppError } from "../api/errors";
import type { DoorAdded, DoorsFromPeople, DoorsImported } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { TypedDoorDraft } from "./canvass-drafts.svelte";

export type ChapterDoorsPorts = Pick<
  typeof canvassClient,
  "countDoors" | "importDoors" | "doorsFromPeopleRecords" | "addDoor"
>;

const realPorts: ChapterDoorsPorts = {
  countDoors: canvassClient.countDoors,
  importDoors: canvassClient.importDoors,
  doorsFromPeopleRecords: canvassClient.doorsFromPeopleRecords,
  addDoor: canvassClient.addDoor,
};

/** What the last way of adding doors made, to say on screen until it is put away. */
export type DoorsAdded =
  | { from: "list"; report: DoorsImported }
  | { from: "people"; made: DoorsFromPeople }
  | { from: "typed"; door: DoorAdded };

/**
 * The chapter's doors, which every canvass is cut from: how many there are, and adding more
 * from a list (a VAN export, a voter file) or from the people records.
 */
export class ChapterDoors {
  /** Null until counted. */
  count = $state<number | null>(null);
  /** Adding doors, from a list or from the people records. */
  busy = $state<"list" | "people" | null>(null);
  added = $state.raw<DoorsAdded | null>(null);
  error = $state<AppError | null>(null);
  /** "Type a door in", open. */
  typing = $state<TypedDoorDraft | null>(null);

  readonly #ports: ChapterDoorsPorts;

  constructor(ports: ChapterDoorsPorts = realPorts) {
    this.#ports = ports;
  }

  async load(): Promise<void> {
    try {
      this.count = await this.#ports.countDoors();
    } catch (reason) {
      this.error = toAppError(reason);
    }
  }

  /** "Import doors from a list…": the file dialog, then what the list made. */
  async importList(): Promise<void> {
    await this.#add("list", async () => {
      const report = await this.#ports.importDoors();
      if (report) this.added = { from: "list", report };
    });
  }

  /** "Doors from our people records": everyone with a street address. */
  async fromPeople(): Promise<void> {
    await this.#add("people", async () => {
      this.added = { from: "people", made: await this.#ports.doorsFromPeopleRecords() };
    });
  }

  /** "Type a door in…": the small form under the bar. */
  startTyping(): void {
    this.added = null;
    this.typing ??= new TypedDoorDraft();
  }

  cancelTyping(): void {
    this.typing = null;
  }

  /** Adds the typed door (one door however it is spelled); a refusal stays on the form. */
  async saveTyped(): Promise<boolean> {
    const draft = this.typing;
    if (!draft) return false;
    return saveDraft(draft, async (typed) => {
      const door = await this.#ports.addDoor(typed);
      if (this.typing === draft) this.typing = null;
      this.added = { from: "typed", door };
      await this.load();
    });
  }

  /** Puts away what the last addition said. */
  dismiss(): void {
    this.added = null;
    this.error = null;
  }

  reset(): void {
    this.typing = null;
    this.count = null;
    this.busy = null;
    this.added = null;
    this.error = null;
  }

  async #add(from: "list" | "people", add: () => Promise<void>): Promise<void> {
    if (this.busy !== null) return;
    this.busy = from;
    this.error = null;
    this.added = null;
    try {
      await add();
      await this.load();
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.busy = null;
    }
  }
}
