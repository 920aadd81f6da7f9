import { fieldMessage, invalidField, type AppError } from "../api/errors";

/** Field → the sentence that says what to fix. */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * A form while it is being filled in: its values, what to fix, whether it differs from where
 * it started, and what the backend refused. Errors stay hidden until the first attempt to save,
 * so a fresh form is not all red.
 */
export class Draft<V extends object> {
  values = $state() as V;
  saving = $state(false);
  /** What the backend refused: shown under the field it names, else next to the form. */
  serverError = $state<AppError | null>(null);
  #attempted = $state(false);
  readonly #initial: string;
  readonly #validate: (values: V) => FieldErrors;
  readonly #fields: ReadonlySet<string>;

  readonly errors: FieldErrors;
  readonly dirty: boolean;
  /** The field `serverError` is about, or null to show it next to the form as a whole. */
  readonly serverField: string | null;

  /**
   * @param fields the keys of the inputs this form shows errors beside, as the backend names
   *   them (the keys of the input it sends: "first_name", "address.zip", "phones.1"). A key
   *   with a row number counts when its group ("phones") is listed.
   */
  constructor(values: V, validate: (values: V) => FieldErrors, fields: readonly string[] = []) {
    this.values = values;
    this.#initial = JSON.stringify(values);
    this.#validate = validate;
    this.#fields = new Set(fields);
    this.errors = $derived(this.#attempted ? this.#validate(this.values) : {});
    this.dirty = $derived(JSON.stringify(this.values) !== this.#initial);
    this.serverField = $derived(this.#shownAt(invalidField(this.serverError)));
  }

  /** The field a refusal about `key` shows beside, or null when this form has no such field. */
  #shownAt(key: string | null): string | null {
    if (key === null) return null;
    const group = key.split(".").slice(0, -1).join(".");
    return this.#fields.has(key) || (/\.\d+$/.test(key) && this.#fields.has(group)) ? key : null;
  }

  /** The sentence to show under a field: its own check first, then the backend's refusal. */
  errorFor(field: string): string | null {
    const own = this.errors[field];
    if (own) return own;
    if (this.serverError && this.serverField === field) return fieldMessage(this.serverError);
    return null;
  }

  /** The backend's refusal when no field shows it. */
  get formError(): AppError | null {
    return this.serverField === null ? this.serverError : null;
  }

  /** Starts a save: shows every error and answers whether the values may be sent. */
  attempt(): boolean {
    this.#attempted = true;
    this.serverError = null;
    return Object.keys(this.#validate(this.values)).length === 0;
  }
}
