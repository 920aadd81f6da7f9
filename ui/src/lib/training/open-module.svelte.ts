import * as trainingClient from "../api/client/training";
import type { Module, ModuleId } from "../api/types";
import { OpenRecord } from "../navigation/open-record.svelte";
import { MarkupPreview } from "./markup-preview.svelte";
import { ModuleReachState } from "./module-reach.svelte";
import { ModuleSessions } from "./module-sessions.svelte";

export type OpenModuleParts = {
  getModule: typeof trainingClient.getModule;
  sessions: ModuleSessions;
  reach: ModuleReachState;
  /** Reads the part on screen. */
  preview: MarkupPreview;
};

/**
 * The module shown on the right: its words in each language it is written in, the part on
 * screen read as it prints, its sessions and who has learned it. Each comes on its own, so a
 * slow list of sessions never holds up the handout.
 */
export class OpenModule extends OpenRecord<Module, ModuleId> {
  readonly sessions: ModuleSessions;
  readonly reach: ModuleReachState;
  readonly preview: MarkupPreview;

  /** The chapter's own module can be changed; a built-in one is copied first. */
  readonly isOwn: boolean = $derived(this.detail !== null && this.detail.built_in === null);

  constructor(parts: OpenModuleParts) {
    super((id) => parts.getModule(id), (module) => module.id);
    this.sessions = parts.sessions;
    this.reach = parts.reach;
    this.preview = parts.preview;
  }

  /** Shows a module, or fetches the shown one again, with its sessions and who learned it. */
  override async show(id: ModuleId | null): Promise<boolean> {
    if (id === null) {
      this.sessions.reset();
      this.reach.reset();
    } else {
      void this.sessions.load(id);
      void this.reach.load(id);
    }
    return super.show(id);
  }

  override replace(module: Module): void {
    super.replace(module);
    void this.sessions.load(module.id);
    void this.reach.load(module.id);
  }

  override reset(): void {
    super.reset();
    this.sessions.reset();
    this.reach.reset();
    this.preview.stop();
  }
}
