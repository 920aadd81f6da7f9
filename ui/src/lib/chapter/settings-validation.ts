import type { ChapterSettings, Role } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** Longer names do not fit the header of a printed page. */
export const MAX_NAME_LENGTH = 80;

export type SettingsErrors = Partial<Record<"name" | "print_languages" | "time_zone", string>>;

/**
 * Checks what the organizer can fix on the form; the backend checks again. A national
 * committee's settings are a chapter's four, but its name is asked for as the committee's.
 */
export function validateSettings(settings: ChapterSettings, role: Role = "chapter"): SettingsErrors {
  const errors: SettingsErrors = {};
  const name = settings.name.trim();
  if (name === "") {
    errors.name = role === "national" ? t("committee-name-missing") : t("chapter-name-missing");
  } else if (name.length > MAX_NAME_LENGTH) {
    errors.name = t("chapter-name-too-long", { max: MAX_NAME_LENGTH });
  }
  if (settings.print_languages.length === 0) {
    errors.print_languages = t("print-in-missing");
  }
  if (settings.time_zone.trim() === "") {
    errors.time_zone = t("time-zone-missing");
  }
  return errors;
}

export function hasErrors(errors: SettingsErrors): boolean {
  return Object.keys(errors).length > 0;
}
