import * as canvassClient from "../api/client/canvass";
import { toAppError, type AppError } from "../api/errors";
import type { ChapterDoor, DoorId, FoundDoors } from "../api/types";

export type DoorPickerPorts = Pick<typeof canvassClient, "findDoors">;

/** How many found doors are listed at once: enough for a few streets, few enough to read. */
export const DOORS_SHOWN = 200;

/**
 * Picking a turf's doors one by one: what is typed finds the chapter's doors (a street, a
 * number, a ZIP code), and each can be picked or left; the picked ones stay picked while the
 * search moves on to another street. Only the latest search's answer is shown.
 */
export class DoorPicker {
  shown = $state(false);
  typed = $state("");
  found = $state.raw<FoundDoors | null>(null);
  error = $state<AppError | null>(null);
  /** The doors picked, by id, with their address to list them. */
  picked = $state.raw<ReadonlyMap<DoorId, string>>(new Map());

  readonly #ports: DoorPickerPorts;
  #ticket = 0;

  constructor(ports: DoorPickerPorts = { findDoors: canvassClient.findDoors }) {
    this.#ports = ports;
  }

  get ids(): DoorId[] {
    return [...this.picked.keys()];
  }

  /** Opens the picker (finding every door, street by street) or closes it, keeping what is picked. */
  async toggle(): Promise<void> {
    this.shown = !this.shown;
    if (this.shown && this.found === null) await this.search(this.typed);
  }

  async search(typed: string): Promise<void> {
    this.typed = typed;
    const ticket = ++this.#ticket;
    try {
      const found = await this.#ports.findDoors(typed.trim(), DOORS_SHOWN);
      if (ticket !== this.#ticket) return;
      this.found = found;
      this.error = null;
    } catch (error) {
      if (ticket === this.#ticket) this.error = toAppError(error);
    }
  }

  isPicked(door: ChapterDoor): boolean {
    return this.picked.has(door.id);
  }

  flip(door: ChapterDoor): void {
    const next = new Map(this.picked);
    if (next.has(door.id)) next.delete(door.id);
    else next.set(door.id, door.address);
    this.picked = next;
  }

  pickAllShown(): void {
    const next = new Map(this.picked);
    for (const door of this.found?.doors ?? []) next.set(door.id, door.address);
    this.picked = next;
  }

  clear(): void {
    this.picked = new Map();
  }
}
