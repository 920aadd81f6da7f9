import type { ChapterSettings, LanguageChoice, PaperSize, PrintedFile } from "../api/types";
import * as printClient from "../api/client/print";
import { PrintedSheet } from "../print/printed-sheet.svelte";

/** How a campaign's page is made: the chart or a map, in this language, on this paper. */
export type MakePaper = (lang: LanguageChoice, paper: PaperSize) => Promise<PrintedFile>;

/**
 * A campaign's document on paper (its strategy chart, or one of its maps): the language and
 * paper (the chapter's settings give the defaults), the file printed, and opening it.
 */
export class CampaignPaper extends PrintedSheet {
  readonly #make: MakePaper;

  constructor(
    settings: ChapterSettings | null,
    make: MakePaper,
    openInViewer: (path: string) => Promise<void> = printClient.openInViewer,
  ) {
    super(settings, openInViewer);
    this.#make = make;
  }

  async print(): Promise<void> {
    if (this.printing) return;
    await this.printWith(() => this.#make(this.lang, this.paper));
  }
}
