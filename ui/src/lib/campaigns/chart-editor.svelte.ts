import * as campaignsClient from "../api/client/campaigns";
import { toAppError, type AppError } from "../api/errors";
import type { Campaign, CampaignId, ChartSection } from "../api/types";
import {
  chartInput,
  linesOf,
  MOST_LINES_PER_SECTION,
  oneLine,
  placeRefusal,
  sameChart,
  type ChartLine,
  type LinePart,
  type PlacedRefusal,
} from "./chart";

export type SaveChart = Pick<typeof campaignsClient, "saveStrategyChart">;

/**
 * One campaign's strategy chart while it is edited: its lines, added, changed and taken out
 * freely, then saved whole. A refusal is shown beside the line it names, else by Save; the
 * saved chart stays as it was.
 */
export class ChartEditor {
  readonly campaignId: CampaignId;
  lines = $state<ChartLine[]>([]);
  saving = $state(false);
  /** A refusal shown beside its line. */
  placed = $state<PlacedRefusal | null>(null);
  /** A refusal no line shows. */
  error = $state<AppError | null>(null);
  /** Where the cursor goes next: `line:<key>` or `add:<section>` (see `focusPlace`). */
  focusTarget = $state<string | null>(null);
  /** The lines as last saved (or fetched). */
  #saved = $state.raw<ChartLine[]>([]);
  #justSaved = $state(false);
  #nextKey = 0;
  readonly #port: SaveChart;

  /** Something differs from the saved chart (a blank line added does not count). */
  readonly dirty: boolean = $derived(!sameChart(this.lines, this.#saved));
  /** "Saved" shows after a save until the next change. */
  readonly saved: boolean = $derived(this.#justSaved && !this.dirty);

  constructor(
    campaign: Campaign,
    port: SaveChart = { saveStrategyChart: campaignsClient.saveStrategyChart },
  ) {
    this.campaignId = campaign.id;
    this.#port = port;
    this.#start(linesOf(campaign.chart));
  }

  linesIn(section: ChartSection): ChartLine[] {
    return this.lines.filter((line) => line.section === section);
  }

  isFull(section: ChartSection): boolean {
    return this.linesIn(section).length >= MOST_LINES_PER_SECTION;
  }

  /** A new blank line at the end of `section`, with the cursor in it; its key, or null when full. */
  addLine(section: ChartSection): number | null {
    if (this.isFull(section)) return null;
    const key = this.#nextKey++;
    this.lines.push({ key, id: null, section, text: "", targetKey: null });
    this.focusTarget = `line:${key}`;
    return key;
  }

  /**
   * Takes a line out; tactics aimed at it are no longer aimed. The cursor goes to the line
   * that took its place, else the one before, else the section's "Add a line".
   */
  removeLine(key: number): void {
    const line = this.lines.find((l) => l.key === key);
    if (!line) return;
    const siblings = this.linesIn(line.section);
    const at = siblings.indexOf(line);
    const next = siblings[at + 1] ?? siblings[at - 1] ?? null;
    this.lines = this.lines
      .filter((l) => l.key !== key)
      .map((l) => (l.targetKey === key ? { ...l, targetKey: null } : l));
    if (this.placed?.key === key) this.placed = null;
    this.focusTarget = next ? `line:${next.key}` : `add:${line.section}`;
  }

  setText(key: number, text: string): void {
    const line = this.lines.find((l) => l.key === key);
    if (!line) return;
    line.text = oneLine(text);
    this.#clearPlaced(key, "text");
  }

  setTarget(key: number, targetKey: number | null): void {
    const line = this.lines.find((l) => l.key === key);
    if (!line || line.section !== "tactic") return;
    line.targetKey = targetKey;
    this.#clearPlaced(key, "target");
  }

  /**
   * Enter on a line: the cursor goes to the next line of its section, or, from the last one
   * written on, to a new line.
   */
  next(key: number): void {
    const line = this.lines.find((l) => l.key === key);
    if (!line) return;
    const siblings = this.linesIn(line.section);
    const after = siblings[siblings.indexOf(line) + 1];
    if (after) this.focusTarget = `line:${after.key}`;
    else if (line.text.trim() === "" || this.addLine(line.section) === null) {
      this.focusTarget = `add:${line.section}`;
    }
  }

  /** Back to the chart as last saved. */
  revert(): void {
    this.#start(this.#saved.map((line) => ({ ...line })));
  }

  /** Sends the whole chart; answers the campaign as saved, or null (the refusal is shown). */
  async save(): Promise<Campaign | null> {
    if (this.saving) return null;
    const { items, lineKeys } = chartInput(this.lines);
    this.saving = true;
    this.placed = null;
    this.error = null;
    try {
      const campaign = await this.#port.saveStrategyChart(this.campaignId, items);
      this.#afterSave(campaign, lineKeys);
      return campaign;
    } catch (reason) {
      const { placed, error } = placeRefusal(toAppError(reason), lineKeys);
      this.placed = placed;
      this.error = error;
      if (placed) this.focusTarget = `line:${placed.key}`;
      return null;
    } finally {
      this.saving = false;
    }
  }

  /** The message to show beside a line's text or target, if any. */
  messageFor(key: number, part: LinePart): string | null {
    return this.placed?.key === key && this.placed.part === part ? this.placed.message : null;
  }

  /**
   * The saved chart comes back in the order it was sent, blank lines left out: each line sent
   * keeps its key, so the screen keeps its place and the cursor.
   */
  #afterSave(campaign: Campaign, sentKeys: readonly number[]): void {
    const fresh = linesOf(campaign.chart, this.#nextKey);
    const sameShape = fresh.length === sentKeys.length;
    const keyFor = new Map(fresh.map((line, i) => [line.key, sameShape ? sentKeys[i] : line.key]));
    const lines = fresh.map((line) => ({
      ...line,
      key: keyFor.get(line.key) ?? line.key,
      targetKey: line.targetKey === null ? null : (keyFor.get(line.targetKey) ?? null),
    }));
    this.#start(lines);
    this.#justSaved = true;
  }

  #start(lines: ChartLine[]): void {
    this.lines = lines;
    this.#saved = lines.map((line) => ({ ...line }));
    this.#nextKey = Math.max(this.#nextKey, ...lines.map((line) => line.key + 1));
    this.#justSaved = false;
    this.placed = null;
    this.error = null;
  }

  #clearPlaced(key: number, part: LinePart): void {
    if (this.placed?.key === key && this.placed.part === part) this.placed = null;
  }
}
