import type { ChapterSettings, Lang, PaperSize, Role } from "../api/types";
import { PRINT_LANGUAGES } from "./languages";
import { hasErrors, validateSettings, type SettingsErrors } from "./settings-validation";

/** The settings form while it is being filled in, shared by Welcome and Settings. */
export class SettingsDraft {
  name = $state("");
  paperSize = $state<PaperSize>("letter");
  languages = $state<Lang[]>(["en"]);
  timeZone = $state("");
  /** Whose settings they are: a chapter's, or (on the first window) a national committee's. */
  role = $state<Role>("chapter");
  // print_languages is an order of preference; checkboxes have no order, so keep the saved one.
  readonly #savedOrder: readonly Lang[];
  // Errors stay hidden until the first attempt to save, so an empty new form is not all red.
  #attempted = $state(false);

  readonly errors: SettingsErrors = $derived(
    this.#attempted ? validateSettings(this.values, this.role) : {},
  );

  constructor(from: ChapterSettings | null, timeZone: string) {
    this.#savedOrder = from?.print_languages ?? [];
    if (from) {
      this.name = from.name;
      this.paperSize = from.paper_size;
      this.languages = [...from.print_languages];
      this.timeZone = from.time_zone;
    } else {
      this.timeZone = timeZone;
    }
  }

  get values(): ChapterSettings {
    return {
      name: this.name.trim(),
      paper_size: this.paperSize,
      print_languages: this.#languagesInPreference(),
      time_zone: this.timeZone,
    };
  }

  /** Still-ticked languages in their saved order, then newly ticked ones in list order. */
  #languagesInPreference(): Lang[] {
    const ticked = (l: Lang) => this.languages.includes(l);
    const added = PRINT_LANGUAGES.map((l) => l.value).filter((l) => !this.#savedOrder.includes(l));
    return [...this.#savedOrder, ...added].filter(ticked);
  }

  /** The settings to save, or null when the form shows what to fix. */
  submit(): ChapterSettings | null {
    this.#attempted = true;
    const values = this.values;
    return hasErrors(validateSettings(values, this.role)) ? null : values;
  }
}
