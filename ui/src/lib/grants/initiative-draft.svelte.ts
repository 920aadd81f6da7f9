import type { Initiative, InitiativeInput, PersonId } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";

/** The four goals in numbers, as the backend names them. */
export const GOALS = ["goal_reached", "goal_one_on_ones", "goal_new_members", "goal_new_leaders"] as const;

export type Goal = (typeof GOALS)[number];

export type InitiativeValues = {
  description: string;
  coalition: boolean;
  /** Each goal as typed: blank until the chapter decides it. */
  goals: Record<Goal, string>;
  responsibleId: PersonId | null;
};

/** The most a goal can be (the backend keeps it as a 32-bit count). */
const MOST_GOAL = 4_294_967_295;

/** A goal typed as a whole number, or null for blank; undefined when it is not one. */
export function goalOf(typed: string): number | null | undefined {
  const text = typed.trim().replaceAll(",", "");
  if (text === "") return null;
  if (!/^\d+$/.test(text) || Number(text) > MOST_GOAL) return undefined;
  return Number(text);
}

function validateInitiative(values: InitiativeValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const goal of GOALS) {
    if (goalOf(values.goals[goal]) === undefined) errors[goal] = t("grants-goal-not-whole");
  }
  return errors;
}

/**
 * What the project is as an initiative, edited on the application's page: what it does, whether
 * it is run in coalition, its goals in numbers, and who answers for it. Blank is allowed: the
 * application's list of what it still needs says what is missing.
 */
export class InitiativeDraft extends Draft<InitiativeValues> {
  /** Set on the fresh form a save leaves, so the page can say "Saved" until the next change. */
  justSaved = $state(false);

  constructor(initiative: Initiative) {
    const f = initiative.fields;
    const typed = (goal: number | null) => (goal === null ? "" : String(goal));
    super(
      {
        description: f.description ?? "",
        coalition: f.coalition,
        goals: {
          goal_reached: typed(f.goal_reached),
          goal_one_on_ones: typed(f.goal_one_on_ones),
          goal_new_members: typed(f.goal_new_members),
          goal_new_leaders: typed(f.goal_new_leaders),
        },
        responsibleId: f.responsible_id,
      },
      validateInitiative,
      ["description", ...GOALS, "responsible_id"],
    );
  }

  submit(): InitiativeInput | null {
    if (!this.attempt()) return null;
    const v = this.values;
    const goal = (key: Goal) => goalOf(v.goals[key]) ?? null;
    const description = v.description.trim();
    return {
      description: description === "" ? null : description,
      coalition: v.coalition,
      goal_reached: goal("goal_reached"),
      goal_one_on_ones: goal("goal_one_on_ones"),
      goal_new_members: goal("goal_new_members"),
      goal_new_leaders: goal("goal_new_leaders"),
      responsible_id: v.responsibleId,
    };
  }
}
