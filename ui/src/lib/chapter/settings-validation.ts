import type { ChapterSettings } from "../api/types";

/** Longer names do not fit the header of a printed page. */
export const MAX_NAME_LENGTH = 80;

export type SettingsErrors = Partial<Record<"name" | "print_languages" | "time_zone", string>>;

/** Checks what the organizer can fix on the form; the backend checks again. */
export function validateSettings(settings: ChapterSettings): SettingsErrors {
  const errors: SettingsErrors = {};
  const name = settings.name.trim();
  if (name === "") {
    errors.name = "Type your chapter's name. You can change it later in Settings.";
  } else if (name.length > MAX_NAME_LENGTH) {
    errors.name = `Use a shorter name: at most ${MAX_NAME_LENGTH} letters, so it fits on paper.`;
  }
  if (settings.print_languages.length === 0) {
    errors.print_languages = "Pick at least one language to print in.";
  }
  if (settings.time_zone.trim() === "") {
    errors.time_zone = "Pick the time zone your chapter meets in.";
  }
  return errors;
}

export function hasErrors(errors: SettingsErrors): boolean {
  return Object.keys(errors).length > 0;
}
