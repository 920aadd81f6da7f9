import { createContext } from "svelte";
import * as laptopClient from "../api/client/laptop";
import { toAppError, type AppError } from "../api/errors";
import type { LaptopStatus, LockStatus } from "../api/types";

export type LaptopPorts = Pick<
  typeof laptopClient,
  "laptopStatus" | "lockLaptop" | "unlockLaptop" | "changeLaptopPassphrase"
>;

const realPorts: LaptopPorts = {
  laptopStatus: laptopClient.laptopStatus,
  lockLaptop: laptopClient.lockLaptop,
  unlockLaptop: laptopClient.unlockLaptop,
  changeLaptopPassphrase: laptopClient.changeLaptopPassphrase,
};

/**
 * Pass the laptop: whether the app is locked for members to fill in the connections survey one
 * after another, and the organizer's passphrase that locks and opens it. The window asks at
 * every start, before anything else; while locked it shows the members' screens only.
 */
export class Laptop {
  lock = $state<LockStatus | null>(null);
  /** What the members' screens need: the chapter's name and the survey. */
  status = $state.raw<LaptopStatus | null>(null);
  /** The members' screens could not be fetched (the lock itself holds). */
  statusError = $state<AppError | null>(null);

  readonly locked: boolean = $derived(this.lock?.locked ?? false);
  /** The chapter has chosen its passphrase (the first lock chooses it). */
  readonly hasPassphrase: boolean = $derived(this.lock?.has_passphrase ?? false);

  readonly #ports: LaptopPorts;

  constructor(ports: LaptopPorts = realPorts) {
    this.#ports = ports;
  }

  /** At start, and after a reload: answers whether the app is locked. Rejects when it cannot tell. */
  async check(): Promise<boolean> {
    const status = await this.#ports.laptopStatus();
    this.status = status;
    this.lock = status.lock;
    this.statusError = null;
    return status.lock.locked;
  }

  /** Fetches the members' screens again; a failure is kept to show, with a way to try again. */
  async reload(): Promise<void> {
    try {
      await this.check();
    } catch (reason) {
      this.statusError = toAppError(reason);
    }
  }

  /** Locks the app (the first time, choosing the passphrase). Rejects with the refusal. */
  async lockWith(passphrase: string, lockedBy: string): Promise<void> {
    this.lock = await this.#ports.lockLaptop(passphrase, lockedBy);
    await this.reload();
  }

  /** Opens the app again. Rejects with the refusal (a wrong passphrase), and it stays locked. */
  async unlock(passphrase: string): Promise<void> {
    this.lock = await this.#ports.unlockLaptop(passphrase);
  }

  /** Rejects with the refusal: "passphrase" (the current one), "new_passphrase". */
  async changePassphrase(current: string, next: string): Promise<void> {
    this.lock = await this.#ports.changeLaptopPassphrase(current, next);
  }
}

export const [getLaptop, setLaptop] = createContext<Laptop>();
