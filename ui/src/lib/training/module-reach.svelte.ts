import * as trainingClient from "../api/client/training";
import { toAppError, type AppError } from "../api/errors";
import type { ModuleId, ModuleReach } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";

export type ModuleReachPorts = Pick<typeof trainingClient, "moduleReach">;

/**
 * Who has learned the module on screen (came to a session on it), and who still needs it: the
 * people to invite to the next one, without those who asked not to be called or texted.
 */
export class ModuleReachState {
  moduleId = $state<ModuleId | null>(null);
  reach = $state.raw<ModuleReach | null>(null);
  error = $state<AppError | null>(null);

  readonly #ports: ModuleReachPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: ModuleReachPorts = { moduleReach: trainingClient.moduleReach }) {
    this.#ports = ports;
  }

  async load(moduleId: ModuleId): Promise<void> {
    if (moduleId !== this.moduleId) {
      this.reach = null;
      this.error = null;
    }
    this.moduleId = moduleId;
    const ticket = this.#latest.next();
    try {
      const reach = await this.#ports.moduleReach(moduleId);
      if (!this.#latest.isCurrent(ticket)) return;
      this.reach = reach;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  reset(): void {
    this.#latest.invalidate();
    this.moduleId = null;
    this.reach = null;
    this.error = null;
  }
}
