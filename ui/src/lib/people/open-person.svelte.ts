import * as peopleClient from "../api/client/people";
import type { LadderLevel, PersonDetail, PersonId } from "../api/types";
import { saveDraft } from "../forms/save-draft";
import { OpenRecord } from "../navigation/open-record.svelte";
import { nextLevelUp } from "./ladder";
import { LevelChangeDraft } from "./level-change-draft.svelte";
import { OneOnOneDraft } from "./one-on-one-draft.svelte";
import { rememberOrganizer } from "./organizer";

export type OpenPersonPorts = Pick<typeof peopleClient, "getPerson" | "logOneOnOne" | "setLadderLevel">;

const realPorts: OpenPersonPorts = {
  getPerson: peopleClient.getPerson,
  logOneOnOne: peopleClient.logOneOnOne,
  setLadderLevel: peopleClient.setLadderLevel,
};

/** The person shown on the right, and the forms open on their record. */
export class OpenPerson extends OpenRecord<PersonDetail, PersonId> {
  oneOnOne = $state<OneOnOneDraft | null>(null);
  levelChange = $state<LevelChangeDraft | null>(null);

  /** A form on the record holds something not yet saved. */
  readonly dirty: boolean = $derived(
    (this.oneOnOne?.dirty ?? false) || (this.levelChange?.dirty ?? false),
  );

  readonly #ports: OpenPersonPorts;

  constructor(ports: OpenPersonPorts = realPorts) {
    super((id) => ports.getPerson(id), (detail) => detail.person.id);
    this.#ports = ports;
  }

  /** Shows someone, or fetches the shown person again; another person closes the forms. */
  override show(id: PersonId | null): Promise<boolean> {
    if (id !== this.id) this.closeForms();
    return super.show(id);
  }

  /** After a save elsewhere returned the fresh record; another person closes the forms. */
  override replace(detail: PersonDetail): void {
    if (detail.person.id !== this.id) this.closeForms();
    super.replace(detail);
  }

  startOneOnOne(today: string, heldBy: string): void {
    if (this.id !== null) this.oneOnOne = new OneOnOneDraft(this.id, today, heldBy);
  }

  async saveOneOnOne(): Promise<boolean> {
    const draft = this.oneOnOne;
    if (!draft) return false;
    return saveDraft(draft, async (input) => {
      const detail = await this.#ports.logOneOnOne(input);
      rememberOrganizer(input.held_by);
      if (this.oneOnOne === draft) this.oneOnOne = null;
      if (this.id === detail.person.id) this.replace(detail);
    });
  }

  /**
   * Opens the "change level" form, on one step up unless a suggestion says where; the
   * organizer still reads it, says who they are and saves.
   */
  startLevelChange(
    levels: readonly LadderLevel[],
    changedBy: string,
    suggested: { level: string; reason: string } | null = null,
  ): void {
    const person = this.detail?.person;
    if (!person) return;
    const level = suggested?.level ?? nextLevelUp(levels, person.ladder_level)?.key ?? "";
    this.levelChange = new LevelChangeDraft(person.id, person.ladder_level, {
      level,
      reason: suggested?.reason ?? "",
      changedBy,
    });
  }

  async saveLevelChange(): Promise<boolean> {
    const draft = this.levelChange;
    if (!draft) return false;
    return saveDraft(draft, async (request) => {
      const detail = await this.#ports.setLadderLevel(
        draft.personId,
        request.level,
        request.changedBy,
        request.reason,
      );
      rememberOrganizer(request.changedBy);
      if (this.levelChange === draft) this.levelChange = null;
      if (this.id === detail.person.id) this.replace(detail);
    });
  }

  closeForms(): void {
    this.oneOnOne = null;
    this.levelChange = null;
  }

  override reset(): void {
    this.closeForms();
    super.reset();
  }
}
