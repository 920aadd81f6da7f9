// The pile's settings while forms are entered: whether they are set, and the one line they
// fold into beside the form.
import type { Method } from "../api/types";
import { t } from "../i18n/locale.svelte";
import type { EntrySettings } from "./entry-form";
import { languageName } from "./survey-texts";

/** Set enough to fold away: who is entering is said (the rest has a default). */
export function settingsSet(settings: EntrySettings): boolean {
  return settings.enteredBy.trim() !== "";
}

/**
 * "Entered by Rosa · area Eastside · forms in Spanish · door to door"; how the forms were
 * gathered is said only when it is known.
 */
export function summaryOf(
  settings: EntrySettings,
  methods: ReadonlyArray<{ value: Method; one: string }>,
): string {
  return [
    t("needs-entry-summary-by", { name: settings.enteredBy.trim() }),
    settings.area === ""
      ? t("needs-entry-summary-no-area")
      : t("needs-entry-summary-area", { area: settings.area }),
    t("needs-entry-summary-language", { language: languageName(settings.language) }),
    methods.find((m) => m.value === settings.method)?.one ?? null,
  ]
    .filter((part) => part !== null)
    .join(" · ");
}
