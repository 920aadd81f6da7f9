import * as canvassClient from "../api/client/canvass";
import { fieldMessage, invalidField, toAppError, type AppError } from "../api/errors";
import type {
  CanvassId,
  CanvassView,
  DoorId,
  DoorResult,
  ResidentId,
  ResultInput,
  TurfId,
  WalkDoor,
} from "../api/types";
import { t } from "../i18n/locale.svelte";
import { UndoStack } from "../meetings/undo-stack";
import { NewPersonDraft } from "./canvass-drafts.svelte";
import { isDoNotKnock, resultLabel, takesNotes } from "./door-results";
import type { EntryAction } from "./entry-keys";
import { NoteLine, type DoorMarks } from "./note-line.svelte";
import { firstOpen, nextDoor, nextOpen, previousDoor, type WalkRow } from "./walk-order";

export type EntryPorts = Pick<
  typeof canvassClient,
  "recordDoorResult" | "notHomeBuilding" | "notHomeBlock" | "newPersonAtDoor"
>;

const realPorts: EntryPorts = {
  recordDoorResult: canvassClient.recordDoorResult,
  notHomeBuilding: canvassClient.notHomeBuilding,
  notHomeBlock: canvassClient.notHomeBlock,
  newPersonAtDoor: canvassClient.newPersonAtDoor,
};

/** What the last keystroke did, in words, for the live region. */
export type EntryNote = {
  kind: "entered" | "building" | "added" | "back" | "failed" | "hint";
  text: string;
  error?: AppError;
};

/** A code sent and not answered yet; the ticket tells a later one for the same door apart. */
type Sent = { input: ResultInput; ticket: number };

/** A code the backend did not save, kept on its row until it is typed again or sent again. */
export type Unsaved = { input: ResultInput; error: AppError };

/**
 * Typing a canvass's walk sheets in, in the order of the paper: pick the sheet, and the cursor
 * sits on its first door without a result; the paper's code enters it and moves on to the
 * next door. Codes are sent one after another and shown at once, so typing never waits on the
 * backend; a whole building "not home", or someone new, waits for its answer, and keys typed
 * meanwhile follow in order.
 */
export class ResultsEntry {
  readonly canvassId: CanvassId;
  /** The canvass as the last answer left it. */
  view = $state.raw<CanvassView>() as CanvassView;
  turfId = $state<TurfId | null>(null);
  /** The door the next code is for; null at the end of the sheet. */
  cursor = $state<DoorId | null>(null);
  /** Who answered at the cursor's door, picked by their number; null when not said. */
  answeredBy = $state<ResidentId | null>(null);
  noteLine = $state.raw<NoteLine | null>(null);
  newPerson = $state<NewPersonDraft | null>(null);
  /** The door the new person was met at. */
  newPersonDoor = $state<DoorId | null>(null);
  sent = $state.raw<ReadonlyMap<DoorId, Sent>>(new Map());
  unsaved = $state.raw<ReadonlyMap<DoorId, Unsaved>>(new Map());
  note = $state<EntryNote | null>(null);
  /** A building or a new person is being saved: keys wait for it. */
  holding = $state(false);
  /** Codes sent and not yet answered. */
  pending = $state(0);
  /** Set when the code box should take the keyboard focus as soon as it can. */
  codeFocusRequested = $state(false);

  readonly doors: WalkDoor[] = $derived(
    this.view.doors.filter((door) => door.door.turf_id === this.turfId),
  );
  readonly rows: WalkRow[] = $derived(
    this.doors.map((door) => ({ knock: !isDoNotKnock(door), entered: this.resultOf(door) !== null })),
  );
  readonly cursorIndex: number = $derived(
    this.cursor === null ? -1 : this.doors.findIndex((door) => door.door.door === this.cursor),
  );
  readonly current: WalkDoor | null = $derived(this.doors[this.cursorIndex] ?? null);
  readonly entered: number = $derived(this.rows.filter((row) => row.entered).length);
  readonly toKnock: number = $derived(this.rows.filter((row) => row.knock).length);

  readonly #ports: EntryPorts;
  readonly #back = new UndoStack<DoorId>();
  #held: EntryAction[] = [];
  #ticket = 0;
  /** Requests run one after another, in the order the keys were pressed. */
  #queue: Promise<void> = Promise.resolve();

  constructor(view: CanvassView, ports: EntryPorts = realPorts) {
    this.canvassId = view.canvass.id;
    this.view = view;
    this.#ports = ports;
    const open = view.turfs.find((turf) => this.#hasOpenDoor(turf.id)) ?? view.turfs[0];
    if (open) this.pickSheet(open.id);
  }

  /** What the door shows: the code just typed, else what was entered before. */
  resultOf(door: WalkDoor): DoorResult | null {
    return this.sent.get(door.door.door)?.input.result ?? door.door.result;
  }

  /** The marks beside the door's result, as `resultOf` has them. */
  marksOf(door: WalkDoor): DoorMarks {
    return this.sent.get(door.door.door)?.input ?? door.door;
  }

  /** Picks the sheet to type in; the cursor goes to its first door without a result. */
  pickSheet(turfId: TurfId): void {
    this.turfId = turfId;
    this.noteLine = null;
    this.#moveTo(firstOpen(this.rows));
    this.codeFocusRequested = true;
  }

  /** A key in the code box; while a building or a new person is saved it waits its turn. */
  press(action: EntryAction): void {
    if (this.holding) {
      this.#held.push(action);
      return;
    }
    switch (action.kind) {
      case "result":
        this.enter(action.result);
        break;
      case "building":
        void this.notHomeBuilding();
        break;
      case "block":
        void this.notHomeBuilding("block");
        break;
      case "new":
        this.startNew();
        break;
      case "resident":
        this.pickResident(action.number);
        break;
      case "move":
        this.move(action.delta);
        break;
      case "enter":
        this.#enterKey();
        break;
      case "back":
        this.back();
        break;
      case "unknown":
        this.note = { kind: "hint", text: t("canvass-entry-not-a-code", { key: action.key }) };
        break;
    }
  }

  /** The paper's code for the current door: entered at once, or its line of words opened. */
  enter(result: DoorResult): void {
    const door = this.current;
    if (!door) {
      this.#atEnd();
      return;
    }
    const id = door.door.door;
    if (takesNotes(result)) {
      // What was typed before (a refusal, or a door entered again) is not lost.
      const unsaved = this.unsaved.get(id);
      this.noteLine = new NoteLine({
        door: id,
        result,
        resident: this.answeredBy,
        survey: this.asksNeeds(result) ? this.view.survey : null,
        earlier: unsaved?.input ?? this.marksOf(door),
        refusal: unsaved && invalidField(unsaved.error) === "needs" ? fieldMessage(unsaved.error) : null,
      });
      return;
    }
    this.#send(door, { result, resident: this.answeredBy, notes: null, wants_involved: false, needs: [] });
    this.#moveTo(nextDoor(this.rows, this.cursorIndex));
  }

  /** Whether the line for `result` asks for the needs named: with a survey, when they talked. */
  asksNeeds(result: DoorResult): boolean {
    return this.view.survey !== null && result === "talked";
  }

  /**
   * Enter on the line: the result goes with what it holds, and the cursor to the next door.
   * False, with the line kept open, while its needs' numbers are not the sheet's.
   */
  saveNote(): boolean {
    const line = this.noteLine;
    const input = line?.input();
    if (!line || !input) return false;
    const door = this.doors.find((d) => d.door.door === line.door);
    this.noteLine = null;
    this.codeFocusRequested = true;
    if (!door) return true;
    this.#send(door, input);
    const index = this.doors.indexOf(door);
    this.#moveTo(nextDoor(this.rows, index));
    return true;
  }

  /** Escape on the line of words: nothing entered, back to the code box. */
  cancelNote(): void {
    this.noteLine = null;
    this.codeFocusRequested = true;
  }

  /**
   * b: "not home" at every door of the current door's building that has no result yet; Shift+B
   * the same for its whole block.
   */
  async notHomeBuilding(scope: "building" | "block" = "building"): Promise<void> {
    const door = this.current;
    if (!door) {
      this.#atEnd();
      return;
    }
    await this.#hold(async () => {
      // Read once the codes typed before it are in, so only the building's own are counted.
      const before = new Set(this.view.doors.filter((d) => d.door.result !== null).map((d) => d.door.door));
      try {
        const view =
          scope === "block"
            ? await this.#ports.notHomeBlock(this.canvassId, door.door.door)
            : await this.#ports.notHomeBuilding(this.canvassId, door.door.door);
        this.view = view;
        const marked = view.doors.filter((d) => d.door.result === "not_home" && !before.has(d.door.door)).length;
        this.#back.push(door.door.door);
        this.note = {
          kind: "building",
          text: (() => {
            const args = { count: marked, order: door.door.order, address: door.door.address };
            return scope === "block" ? t("canvass-entry-block-done", args) : t("canvass-entry-building-done", args);
          })(),
        };
        this.#moveTo(nextOpen(this.rows, this.doors.findIndex((d) => d.door.door === door.door.door)));
      } catch (reason) {
        this.note = {
          kind: "failed",
          text:
            scope === "block"
              ? t("canvass-entry-block-failed", { order: door.door.order })
              : t("canvass-entry-building-failed", { order: door.door.order }),
          error: toAppError(reason),
        };
      }
    });
  }

  /** +: the line for the name of someone not on the sheet who answered the current door. */
  startNew(): void {
    const door = this.current;
    if (!door) {
      this.#atEnd();
      return;
    }
    if (this.newPerson) return;
    this.noteLine = null;
    this.newPersonDoor = door.door.door;
    this.newPerson = new NewPersonDraft(this.view.survey);
  }

  cancelNew(): void {
    this.newPerson = null;
    this.newPersonDoor = null;
    this.codeFocusRequested = true;
  }

  /** Adds them to People with the door's address, and the door as "talked" naming them. */
  async saveNew(): Promise<boolean> {
    const draft = this.newPerson;
    const doorId = this.newPersonDoor;
    if (!draft || doorId === null || draft.saving) return false;
    const typed = draft.submit();
    if (!typed) return false;
    const door = this.view.doors.find((d) => d.door.door === doorId);
    draft.saving = true;
    let saved = false;
    await this.#hold(async () => {
      try {
        this.view = await this.#ports.newPersonAtDoor(this.canvassId, doorId, typed.name, {
          result: "talked",
          resident: null,
          notes: typed.notes,
          wants_involved: typed.wantsInvolved,
          needs: typed.needs,
        });
        saved = true;
        this.#back.push(doorId);
        this.note = {
          kind: "added",
          text: t("canvass-entry-added", { name: typed.name, order: door?.door.order ?? 0 }),
        };
        if (this.newPerson === draft) {
          this.newPerson = null;
          this.newPersonDoor = null;
        }
        this.codeFocusRequested = true;
        const index = this.doors.findIndex((d) => d.door.door === doorId);
        if (index >= 0 && this.cursor === doorId) this.#moveTo(nextDoor(this.rows, index));
      } catch (reason) {
        draft.serverError = toAppError(reason);
      } finally {
        draft.saving = false;
      }
    });
    return saved;
  }

  /** 1–9: who answered, among the people the sheet lists at the door; again to unsay it. */
  pickResident(number: number): void {
    const door = this.current;
    if (!door) return;
    const resident = door.residents[number - 1];
    if (!resident) {
      this.note = {
        kind: "hint",
        text: t("canvass-entry-no-such-resident", { order: door.door.order, count: door.residents.length }),
      };
      return;
    }
    this.answeredBy = this.answeredBy === resident.id ? null : resident.id;
  }

  /** ↑/↓: the door before or after, passing over those nobody knocks. */
  move(delta: 1 | -1): void {
    if (delta > 0) {
      if (this.cursor !== null) this.#moveTo(nextDoor(this.rows, this.cursorIndex));
    } else {
      this.#moveTo(previousDoor(this.rows, this.cursor === null ? null : this.cursorIndex));
    }
  }

  /** A row clicked: the cursor goes there, unless nobody knocks at that door. */
  pointAt(id: DoorId): void {
    const index = this.doors.findIndex((door) => door.door.door === id);
    if (index < 0 || !this.rows[index].knock || this.noteLine || this.newPerson) return;
    this.#moveTo(index);
    this.codeFocusRequested = true;
  }

  /** Ctrl+Z: back to the door entered last, to type its code again. */
  back(): void {
    const door = this.#back.pop();
    const found = door === undefined ? undefined : this.view.doors.find((d) => d.door.door === door);
    if (!found) {
      this.note = { kind: "hint", text: t("canvass-entry-nothing-back") };
      return;
    }
    if (found.door.turf_id !== this.turfId) this.turfId = found.door.turf_id;
    this.noteLine = null;
    this.#moveTo(this.doors.indexOf(found));
    this.note = {
      kind: "back",
      text: t("canvass-entry-back-at", { order: found.door.order, address: found.door.address }),
    };
  }

  /** Sends every code that was not saved again. */
  retryUnsaved(): void {
    for (const [id, { input }] of this.unsaved) {
      const door = this.view.doors.find((d) => d.door.door === id);
      if (door) this.#send(door, input);
    }
  }

  /** Waits for every code on its way (before leaving the entry). */
  settled(): Promise<void> {
    return this.#queue;
  }

  /** Whether leaving would drop words typed and not saved. */
  get dirty(): boolean {
    return (this.newPerson?.dirty ?? false) || (this.noteLine?.typed ?? false);
  }

  #enterKey(): void {
    if (this.current) {
      this.note = { kind: "hint", text: t("canvass-entry-no-enter") };
      return;
    }
    const turfs = this.view.turfs;
    const at = turfs.findIndex((turf) => turf.id === this.turfId);
    const later = turfs.slice(at + 1);
    const next = later.find((turf) => this.#hasOpenDoor(turf.id)) ?? later[0];
    if (next) this.pickSheet(next.id);
    else this.note = { kind: "hint", text: t("canvass-entry-last-sheet") };
  }

  #atEnd(): void {
    this.note = { kind: "hint", text: t("canvass-entry-end-of-sheet") };
  }

  #hasOpenDoor(turfId: TurfId): boolean {
    return this.view.doors.some(
      (door) => door.door.turf_id === turfId && door.door.result === null && !isDoNotKnock(door),
    );
  }

  #moveTo(index: number | null): void {
    const door = index === null ? null : (this.doors[index] ?? null);
    this.cursor = door?.door.door ?? null;
    this.answeredBy = null;
  }

  /** Shows the code on its row at once, and sends it after those typed before it. */
  #send(door: WalkDoor, input: ResultInput): void {
    const id = door.door.door;
    const ticket = ++this.#ticket;
    this.sent = new Map(this.sent).set(id, { input, ticket });
    if (this.unsaved.has(id)) this.unsaved = without(this.unsaved, id);
    this.#back.push(id);
    this.note = {
      kind: "entered",
      text: t("canvass-entry-entered", { order: door.door.order, result: resultLabel(input.result) }),
    };
    this.pending += 1;
    this.#queue = this.#queue.then(async () => {
      try {
        this.view = await this.#ports.recordDoorResult(this.canvassId, id, input);
      } catch (reason) {
        const error = toAppError(reason);
        this.unsaved = new Map(this.unsaved).set(id, { input, error });
        this.note = {
          kind: "failed",
          text: t("canvass-entry-not-saved", { order: door.door.order, address: door.door.address }),
          error,
        };
      } finally {
        if (this.sent.get(id)?.ticket === ticket) this.sent = without(this.sent, id);
        this.pending -= 1;
      }
    });
  }

  /** Runs `step` after the codes before it, with the keys typed meanwhile held for after. */
  async #hold(step: () => Promise<void>): Promise<void> {
    this.holding = true;
    const run = this.#queue.then(step);
    this.#queue = run.catch(() => {});
    try {
      await run;
    } finally {
      this.holding = false;
      const held = this.#held;
      this.#held = [];
      for (const action of held) this.press(action);
    }
  }
}

function without<K, V>(map: ReadonlyMap<K, V>, key: K): Map<K, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}
