import type { ChapterSettings, LanguageChoice, PaperSize, PrintedFile } from "../api/types";
import * as printClient from "../api/client/print";
import { PrintedSheet } from "../print/printed-sheet.svelte";

/**
 * How a campaign's page is made: the chart or a map, in this language, on this paper, and (a
 * map) as a poster this many sheets across, 1 being one page.
 */
export type MakePaper = (lang: LanguageChoice, paper: PaperSize, sheets: number) => Promise<PrintedFile>;

/** The poster sizes offered: one page, then 2 × 2 up to 5 × 5 sheets (what the backend prints). */
export const SHEETS_ACROSS = [1, 2, 3, 4, 5] as const;

/**
 * A campaign's document on paper (its strategy chart, or one of its maps): the language and
 * paper (the chapter's settings give the defaults), the file printed, and opening it.
 */
export class CampaignPaper extends PrintedSheet {
  readonly #make: MakePaper;
  /** Sheets across (and down): 1 is one page. */
  sheets = $state(1);

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
    await this.printWith(() => this.#make(this.lang, this.paper, this.sheets));
  }
}
