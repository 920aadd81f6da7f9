import * as peopleClient from "../api/client/people";
import { toAppError, type AppError } from "../api/errors";
import type { LadderLevel } from "../api/types";

export type LadderPorts = Pick<typeof peopleClient, "ladderLevels" | "renameLadderLevel">;

const realPorts: LadderPorts = {
  ladderLevels: peopleClient.ladderLevels,
  renameLadderLevel: peopleClient.renameLadderLevel,
};

/** The chapter's ladder of engagement, lowest rung first, under the names the chapter chose. */
export class LadderLevels {
  levels = $state.raw<LadderLevel[]>([]);
  error = $state<AppError | null>(null);
  readonly #ports: LadderPorts;

  constructor(ports: LadderPorts = realPorts) {
    this.#ports = ports;
  }

  async load(): Promise<void> {
    try {
      this.#set(await this.#ports.ladderLevels());
      this.error = null;
    } catch (reason) {
      this.error = toAppError(reason);
    }
  }

  /** A level's name; the key itself until the names have loaded. */
  name(key: string): string {
    return this.levels.find((level) => level.key === key)?.name ?? key;
  }

  /** Rejects with an AppError so the settings form can show it next to the name. */
  async rename(key: string, name: string): Promise<void> {
    this.#set(await this.#ports.renameLadderLevel(key, name.trim()));
  }

  reset(): void {
    this.levels = [];
    this.error = null;
  }

  #set(levels: LadderLevel[]): void {
    this.levels = [...levels].sort((a, b) => a.rank - b.rank);
  }
}
