import type { ChapterSettings, Lang } from "../api/types";
import { CampaignPaper, type MakePaper } from "../campaigns/campaign-paper.svelte";

/**
 * The decision letter's paper: the committee's paper size, and the chapter's own first
 * language rather than the committee's, since the letter is the chapter's to read.
 */
export function letterPaper(
  committee: ChapterSettings | null,
  chapterLanguages: readonly Lang[],
  make: MakePaper,
  openInViewer?: (path: string) => Promise<void>,
): CampaignPaper {
  const sheet = new CampaignPaper(committee, make, openInViewer);
  const first = chapterLanguages[0];
  if (first) sheet.lang = first;
  return sheet;
}
