import { fieldMessage, invalidField, toAppError, type AppError } from "../api/errors";
import type { Application } from "../api/types";

/** One line as the editor holds it: its fields as typed, and a key that stays while it does. */
export type Line<F> = F & { key: number };

/** A refusal shown beside one part of one line (its item, its day). */
export type PlacedRefusal = { key: number; part: string; message: string };

/** What a line turns into when saved: the input to send, or what to fix in it first. */
export type LineInput<I> = { input: I } | { part: string; message: string };

/**
 * Lines of an application saved whole (its budget, its timeline): added, changed and taken out
 * freely, then sent together. A blank line is left out; a line that cannot be sent, or that the
 * backend refuses ("budget.3.item": the fourth line sent), shows why beside the part it is
 * about, with the cursor there, and nothing is saved.
 *
 * Places for the cursor are `<group>:<key>:<part>` and `<group>:add` (see `focusPlace`).
 */
export abstract class LineEditor<F extends object, I> {
  lines = $state<Line<F>[]>([]);
  saving = $state(false);
  placed = $state<PlacedRefusal | null>(null);
  /** A refusal no line shows (the application was sent meanwhile). */
  error = $state<AppError | null>(null);
  focusTarget = $state<string | null>(null);
  /** The lines as last saved, as `#shape` writes them. */
  #saved = $state("[]");
  #justSaved = $state(false);
  #nextKey = 0;

  /** Something differs from what is saved (a blank line added does not count). */
  readonly dirty: boolean = $derived(this.#shape(this.lines) !== this.#saved);
  /** "Saved" shows after a save until the next change. */
  readonly saved: boolean = $derived(this.#justSaved && !this.dirty);

  /** The backend's key for the lines: "budget", "milestones". */
  readonly group: string;

  constructor(group: string) {
    this.group = group;
  }

  /** A new line's fields. */
  protected abstract blank(): F;
  protected abstract isBlank(fields: F): boolean;
  /** The part of a line the cursor goes to first. */
  protected abstract readonly firstPart: string;
  /** Whether the backend keeps the lines in the order sent (else a line's key is not kept). */
  protected abstract readonly keepsOrder: boolean;
  protected abstract fieldsOf(application: Application): F[];
  protected abstract inputOf(fields: F): LineInput<I>;
  protected abstract send(inputs: I[]): Promise<Application>;

  /** Where the cursor goes to start on these lines: the first line, else "Add a line". */
  get firstPlace(): string {
    const first = this.lines[0];
    return first ? this.place(first.key, this.firstPart) : `${this.group}:add`;
  }

  place(key: number, part: string): string {
    return `${this.group}:${key}:${part}`;
  }

  /** A new blank line at the end, with the cursor in it; answers its key. */
  addLine(): number {
    const key = this.#nextKey++;
    this.lines.push({ ...this.blank(), key });
    this.focusTarget = this.place(key, this.firstPart);
    return key;
  }

  /** Takes a line out; the cursor goes to the line that took its place, else the one before. */
  removeLine(key: number): void {
    const at = this.lines.findIndex((line) => line.key === key);
    if (at === -1) return;
    const next = this.lines[at + 1] ?? this.lines[at - 1] ?? null;
    this.lines = this.lines.filter((line) => line.key !== key);
    if (this.placed?.key === key) this.placed = null;
    this.focusTarget = next ? this.place(next.key, this.firstPart) : `${this.group}:add`;
  }

  /**
   * Enter in a line: the cursor goes to the next line, or from the last one, when it is written
   * on, to a new line (a blank last line sends it to "Add a line" instead).
   */
  next(key: number): void {
    const at = this.lines.findIndex((line) => line.key === key);
    if (at === -1) return;
    const after = this.lines[at + 1];
    if (after) this.focusTarget = this.place(after.key, this.firstPart);
    else if (this.isBlank(this.lines[at])) this.focusTarget = `${this.group}:add`;
    else this.addLine();
  }

  /** Changes one part of a line; a refusal about that part goes with the value it was about. */
  set<P extends keyof F & string>(key: number, part: P, value: F[P]): void {
    const line = this.lines.find((l) => l.key === key);
    if (!line) return;
    (line as F)[part] = value;
    if (this.placed?.key === key && this.placed.part === part) this.placed = null;
  }

  /** The sentence to show beside a part of a line, if any. */
  messageFor(key: number, part: string): string | null {
    return this.placed?.key === key && this.placed.part === part ? this.placed.message : null;
  }

  /** Sends every line that is not blank; answers the application as saved, or null. */
  async save(): Promise<Application | null> {
    if (this.saving) return null;
    this.placed = null;
    this.error = null;
    const sent = this.lines.filter((line) => !this.isBlank(line));
    const inputs: I[] = [];
    for (const line of sent) {
      const made = this.inputOf(line);
      if (!("input" in made)) {
        this.#place({ key: line.key, part: made.part, message: made.message });
        return null;
      }
      inputs.push(made.input);
    }
    this.saving = true;
    try {
      const application = await this.send(inputs);
      this.#afterSave(application, sent.map((line) => line.key));
      return application;
    } catch (reason) {
      const error = toAppError(reason);
      // "budget.3.item": the fourth line sent, its item; "budget.3": the line as a whole,
      // said by its first part.
      const found = new RegExp(`^${this.group}\\.(\\d+)(?:\\.(\\w+))?$`).exec(invalidField(error) ?? "");
      const line = found ? sent[Number(found[1])] : undefined;
      if (found && line) {
        this.#place({ key: line.key, part: found[2] ?? this.firstPart, message: fieldMessage(error) });
      } else {
        this.error = error;
      }
      return null;
    } finally {
      this.saving = false;
    }
  }

  /** Starts over from the lines as the application has them. */
  protected start(application: Application): void {
    this.#take(this.fieldsOf(application).map((fields) => ({ ...fields, key: this.#nextKey++ })));
  }

  #place(placed: PlacedRefusal): void {
    this.placed = placed;
    this.focusTarget = this.place(placed.key, placed.part);
  }

  /**
   * Lines kept in the order sent keep their keys, so the screen keeps its place and the
   * cursor; lines the backend put in another order (by day) start afresh.
   */
  #afterSave(application: Application, sentKeys: readonly number[]): void {
    const fresh = this.fieldsOf(application);
    const same = this.keepsOrder && fresh.length === sentKeys.length;
    this.#take(fresh.map((fields, i) => ({ ...fields, key: same ? sentKeys[i] : this.#nextKey++ })));
    this.#justSaved = true;
  }

  #take(lines: Line<F>[]): void {
    this.lines = lines;
    this.#saved = this.#shape(lines);
    this.#justSaved = false;
    this.placed = null;
    this.error = null;
  }

  /** The lines that count, without their keys, for telling a change. */
  #shape(lines: readonly Line<F>[]): string {
    return JSON.stringify(
      lines.filter((line) => !this.isBlank(line)).map(({ key: _key, ...fields }) => fields),
    );
  }
}
