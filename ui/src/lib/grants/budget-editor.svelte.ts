import * as grantsClient from "../api/client/grants";
import type { Application, ApplicationId, BudgetLineInput } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { LineEditor, type LineInput } from "./line-editor.svelte";
import { centsOf, typedDollars } from "./money";

export type SaveBudget = Pick<typeof grantsClient, "saveGrantBudget">;

/** A budget line as typed: what it pays for, how many, and what one costs in dollars. */
export type BudgetFields = { item: string; quantity: string; unitCost: string };

/** The most of anything a line is for (the backend keeps it as a 32-bit count). */
const MOST_QUANTITY = 4_294_967_295;

/** How many a line is for, typed as a whole number; null when it is not one. */
export function quantityOf(typed: string): number | null {
  const text = typed.trim().replaceAll(",", "");
  if (!/^\d+$/.test(text) || Number(text) > MOST_QUANTITY) return null;
  return Number(text);
}

/** The line's total in cents, as the backend counts it; null while a part cannot be read. */
export function lineTotal(fields: BudgetFields): number | null {
  const quantity = quantityOf(fields.quantity);
  const unit = centsOf(fields.unitCost);
  return quantity === null || unit === null ? null : quantity * unit;
}

/**
 * What the grant pays for, line by line, while it is edited: each line's total and the
 * budget's, as typed, then saved whole.
 */
export class BudgetEditor extends LineEditor<BudgetFields, BudgetLineInput> {
  readonly applicationId: ApplicationId;
  protected readonly firstPart = "item";
  protected readonly keepsOrder = true;
  readonly #port: SaveBudget;

  /** The lines that can be read, added up; a line still being typed counts once it can be. */
  readonly totalCents: number = $derived(
    this.lines.reduce((sum, line) => sum + (lineTotal(line) ?? 0), 0),
  );

  constructor(application: Application, port: SaveBudget = { saveGrantBudget: grantsClient.saveGrantBudget }) {
    super("budget");
    this.applicationId = application.id;
    this.#port = port;
    this.start(application);
  }

  protected blank(): BudgetFields {
    return { item: "", quantity: "1", unitCost: "" };
  }

  protected isBlank(fields: BudgetFields): boolean {
    return fields.item.trim() === "" && fields.unitCost.trim() === "";
  }

  protected fieldsOf(application: Application): BudgetFields[] {
    return application.budget.map(({ fields }) => ({
      item: fields.item,
      quantity: String(fields.quantity),
      unitCost: typedDollars(fields.unit_cost_cents),
    }));
  }

  protected inputOf(fields: BudgetFields): LineInput<BudgetLineInput> {
    const quantity = quantityOf(fields.quantity);
    if (quantity === null) return { part: "quantity", message: t("grants-quantity-not-whole") };
    const unit = centsOf(fields.unitCost);
    if (unit === null) return { part: "unit_cost_cents", message: t("grants-cost-not-dollars") };
    return { input: { item: fields.item, quantity, unit_cost_cents: unit } };
  }

  protected send(lines: BudgetLineInput[]): Promise<Application> {
    return this.#port.saveGrantBudget(this.applicationId, lines);
  }
}
