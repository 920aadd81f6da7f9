import * as printClient from "../api/client/print";
import * as trainingClient from "../api/client/training";
import type {
  ChapterSettings,
  Lang,
  LanguageChoice,
  ModuleId,
  Part,
  TrainingRequest,
} from "../api/types";
import { PrintedSheet } from "../print/printed-sheet.svelte";

/** What to print: one part, or the whole module as a packet (guide, handout, worksheet). */
export type PrintWhat = Part | "packet";

export const PRINT_WHATS: readonly PrintWhat[] = ["handout", "agenda", "worksheet", "packet"];

/**
 * The chapter's choice of language, kept to what the module is written in: a module only in
 * English prints in English, whatever the chapter usually prints in.
 */
export function moduleLanguageChoice(choice: LanguageChoice, langs: readonly Lang[]): LanguageChoice {
  if (langs.length === 0) return choice;
  const wanted: Lang[] = choice === "en+es" ? ["en", "es"] : [choice];
  const has = wanted.filter((lang) => langs.includes(lang));
  if (has.length === 2) return "en+es";
  return has[0] ?? langs[0];
}

export type TrainingPaperPorts = Pick<typeof trainingClient, "printTraining"> &
  Pick<typeof printClient, "openInViewer">;

const realPorts: TrainingPaperPorts = {
  printTraining: trainingClient.printTraining,
  openInViewer: printClient.openInViewer,
};

/**
 * A module on paper: a part (or the whole packet), its language and paper, and for a single
 * part, whether to print it as a folded booklet (half pages, two to a side, to fold and staple).
 */
export class TrainingPaper extends PrintedSheet {
  readonly moduleId: ModuleId;
  /** The languages the module is written in: the only ones it prints in. */
  readonly langs: readonly Lang[];
  what = $state<PrintWhat>("handout");
  booklet = $state(false);
  /** A booklet is one part folded; a packet of three is printed flat. */
  readonly canFold: boolean = $derived(this.what !== "packet");

  readonly #ports: TrainingPaperPorts;

  constructor(
    moduleId: ModuleId,
    settings: ChapterSettings | null,
    langs: readonly Lang[],
    what: PrintWhat = "handout",
    ports: TrainingPaperPorts = realPorts,
  ) {
    super(settings, ports.openInViewer);
    this.moduleId = moduleId;
    this.langs = langs;
    this.#ports = ports;
    this.lang = moduleLanguageChoice(this.lang, langs);
    this.what = what;
  }

  /** The language choices worth offering: both only when the module is written in both. */
  get languageChoices(): LanguageChoice[] {
    return this.langs.length > 1 ? ["en", "es", "en+es"] : [...this.langs];
  }

  /** What the backend is asked for, from the choices on the form. */
  request(): TrainingRequest {
    const part = this.what === "packet" ? null : this.what;
    return {
      module: this.moduleId,
      part,
      lang: this.lang,
      paper: this.paper,
      booklet: part !== null && this.booklet,
    };
  }

  async print(): Promise<void> {
    if (this.printing) return;
    const request = this.request();
    await this.printWith(() => this.#ports.printTraining(request));
  }
}
