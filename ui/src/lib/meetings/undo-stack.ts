/**
 * The marks made while entering a sheet, last on top, so Ctrl+Z takes them back one at a time
 * in the order they were made. Bounded: nobody undoes a hundred marks.
 */
export class UndoStack<T> {
  #items: T[] = [];
  readonly #limit: number;

  constructor(limit = 100) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#items.length;
  }

  push(item: T): void {
    this.#items.push(item);
    if (this.#items.length > this.#limit) this.#items.shift();
  }

  pop(): T | undefined {
    return this.#items.pop();
  }

  peek(): T | undefined {
    return this.#items.at(-1);
  }

  /** Takes out every item that matches, e.g. a mark already undone another way. */
  remove(matches: (item: T) => boolean): void {
    this.#items = this.#items.filter((item) => !matches(item));
  }

  clear(): void {
    this.#items = [];
  }
}
