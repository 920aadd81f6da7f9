import * as peopleClient from "../api/client/people";
import { toAppError, type AppError } from "../api/errors";
import type { LadderLevel } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** A built-in level's name in the screens' language. */
function builtInName(key: string): string | null {
  switch (key) {
    case "contact":
      return t("ladder-default-contact");
    case "attendee":
      return t("ladder-default-attendee");
    case "participant":
      return t("ladder-default-participant");
    case "volunteer":
      return t("ladder-default-volunteer");
    case "leader":
      return t("ladder-default-leader");
    case "organizer":
      return t("ladder-default-organizer");
    default:
      return null;
  }
}

/**
 * What a level is called on screen: the name the chapter gave it, or while it has none of its
 * own, the built-in one in the screens' language.
 */
export function levelName(level: LadderLevel): string {
  return level.renamed ? level.name : (builtInName(level.key) ?? level.name);
}

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
    const level = this.levels.find((l) => l.key === key);
    return level ? levelName(level) : key;
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
