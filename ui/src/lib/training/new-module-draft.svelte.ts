import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";

function validateNewModule(values: { title: string }): FieldErrors {
  return values.title.trim() === "" ? { title: t("training-editor-title-missing") } : {};
}

/** "New module": only its title is asked; the rest is written in the editor it opens. */
export class NewModuleDraft extends Draft<{ title: string }> {
  constructor() {
    super({ title: "" }, validateNewModule, ["title"]);
  }

  submit(): string | null {
    return this.attempt() ? this.values.title.trim() : null;
  }
}
