// Invented records for the unit tests of the Grants area.
import type {
  Application,
  BudgetLineInput,
  Initiative,
  IpcError,
  Message,
  MilestoneInput,
  Missing,
} from "../api/types";
import { applicationId, budgetLineId, milestoneId, projectId } from "../test-ids";

/** A backend message with an id, as the rules say them ("the last day comes after the first"). */
export function said(id: string, text: string, args: Message["args"] = {}): Message {
  return { id, args, text };
}

export function missing(key: string, text: string): Missing {
  return { key, what: said(`grant-${key}`, text) };
}

export function budgetLine(id: string, fields: BudgetLineInput) {
  return { id: budgetLineId(id), fields, total_cents: fields.quantity * fields.unit_cost_cents };
}

export function milestone(id: string, fields: MilestoneInput) {
  return { id: milestoneId(id), fields };
}

/** A draft asking $800 for February to May 2027, with nothing else written yet. */
export function application(id = "a-1", over: Partial<Application> = {}): Application {
  const budget = over.budget ?? [];
  return {
    id: applicationId(id),
    project_id: projectId("pr-1"),
    project_title: "Tenant union — Eastside",
    fields: {
      amount_cents: 80_000,
      starts_on: "2027-02-01",
      ends_on: "2027-05-31",
      base_building: null,
      sustaining: null,
    },
    budget,
    budget_total_cents: budget.reduce((sum, line) => sum + line.total_cents, 0),
    milestones: [],
    status: "draft",
    awarded_cents: null,
    missing: [],
    is_sample: false,
    created_at: "2026-12-01T15:00:00Z",
    updated_at: "2026-12-01T15:00:00Z",
    ...over,
  };
}

export function initiative(over: Partial<Initiative["fields"]> = {}): Initiative {
  return {
    project_id: projectId("pr-1"),
    title: "Tenant union — Eastside",
    fields: {
      description: null,
      coalition: false,
      goal_reached: null,
      goal_one_on_ones: null,
      goal_new_members: null,
      goal_new_leaders: null,
      responsible_id: null,
      ...over,
    },
    partners: [],
  };
}

/** The round's rule about the amount, as the backend refuses it. */
export function amountRefused(amount: string): IpcError {
  const reason = `a grant is between $500.00 and $1,000.00; ${amount} is outside that`;
  return {
    kind: "invalid_input",
    message: `amount asked: ${reason}`,
    details: null,
    field: "amount_cents",
    reason,
    said: said("error-field-reason", `amount asked: ${reason}`),
    refused: { field: said("field-grant-amount", "amount asked"), reason: said("grant-amount-out-of-range", reason) },
  };
}
