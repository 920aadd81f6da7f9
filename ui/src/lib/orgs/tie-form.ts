// A member's tie to an organization: the form's values, what to fix, and the input sent.
import type { OrganizationId, Participant, Tie, TieInput, TieRole } from "../api/types";
import { t } from "../i18n/locale.svelte";

export type TieValues = {
  /** Who is tied; null until someone is picked. */
  person: Participant | null;
  role: TieRole;
  title: string;
  /** 1 (loose) to 5 (as close as it gets). */
  strength: number;
  wouldIntroduce: boolean;
};

export type TieErrors = Partial<Record<"person_id" | "strength", string>>;

/** The inputs the form shows the backend's refusals beside. */
export const TIE_FIELDS: readonly (keyof TieErrors)[] = ["person_id", "strength"];

/** A new tie starts in the middle of the scale; an existing one as it was told. */
export function tieValues(tie: Tie | null): TieValues {
  if (tie === null) {
    return { person: null, role: "member", title: "", strength: 3, wouldIntroduce: false };
  }
  return {
    person: { id: tie.person_id, name: tie.person_name },
    role: tie.role,
    title: tie.title ?? "",
    strength: tie.strength,
    wouldIntroduce: tie.would_introduce,
  };
}

export function validateTie(values: TieValues): TieErrors {
  const errors: TieErrors = {};
  if (values.person === null) errors.person_id = t("ties-person-missing");
  if (!Number.isInteger(values.strength) || values.strength < 1 || values.strength > 5) {
    errors.strength = t("ties-strength-missing");
  }
  return errors;
}

/** Null while no one is picked (the form says so first). */
export function tieInput(orgId: OrganizationId, values: TieValues): TieInput | null {
  if (values.person === null) return null;
  const title = values.title.trim();
  return {
    person_id: values.person.id,
    organization_id: orgId,
    role: values.role,
    title: title === "" ? null : title,
    strength: values.strength,
    would_introduce: values.wouldIntroduce,
  };
}
