// The words for the codes organizations, relationships, ties and contacts are stored under, in
// the screens' language. Each id is written out, so the catalogue test sees every one.
import type { ContactKind, OrgKind, Relationship, TieRole } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** Every kind, in the order the choosers offer them: communities first, "Other" last. */
export const ORG_KINDS: readonly OrgKind[] = [
  "union",
  "congregation",
  "school",
  "tenant_association",
  "neighbourhood_association",
  "community_group",
  "mutual_aid",
  "workplace",
  "base_building",
  "service_provider",
  "business",
  "government",
  "elected_office",
  "other",
];

/** Warmest first, as the backend ranks them. */
export const RELATIONSHIPS: readonly Relationship[] = [
  "partner",
  "ally",
  "friendly",
  "unknown",
  "neutral",
  "opposed",
];

export const TIE_ROLES: readonly TieRole[] = ["member", "active", "leader", "staff"];

export const CONTACT_KINDS: readonly ContactKind[] = ["contact", "meeting", "joint_action", "ask"];

/** A tie's strength runs from 1 (loose) to 5 (as close as it gets). */
export const STRENGTHS: readonly number[] = [1, 2, 3, 4, 5];

export function orgKindLabel(kind: OrgKind): string {
  switch (kind) {
    case "union":
      return t("org-kind-union");
    case "congregation":
      return t("org-kind-congregation");
    case "school":
      return t("org-kind-school");
    case "tenant_association":
      return t("org-kind-tenant_association");
    case "neighbourhood_association":
      return t("org-kind-neighbourhood_association");
    case "community_group":
      return t("org-kind-community_group");
    case "mutual_aid":
      return t("org-kind-mutual_aid");
    case "workplace":
      return t("org-kind-workplace");
    case "base_building":
      return t("org-kind-base_building");
    case "service_provider":
      return t("org-kind-service_provider");
    case "business":
      return t("org-kind-business");
    case "government":
      return t("org-kind-government");
    case "elected_office":
      return t("org-kind-elected_office");
    case "other":
      return t("org-kind-other");
  }
}

export function relationshipLabel(relationship: Relationship): string {
  switch (relationship) {
    case "partner":
      return t("org-relationship-partner");
    case "ally":
      return t("org-relationship-ally");
    case "friendly":
      return t("org-relationship-friendly");
    case "unknown":
      return t("org-relationship-unknown");
    case "neutral":
      return t("org-relationship-neutral");
    case "opposed":
      return t("org-relationship-opposed");
  }
}

/**
 * A mark that tells the relationships apart without colour: how warm, as filled dots, and a
 * sign of its own for not knowing, standing apart and standing against. Shown beside the word,
 * never instead of it.
 */
export function relationshipMark(relationship: Relationship): string {
  switch (relationship) {
    case "partner":
      return "●●●";
    case "ally":
      return "●●○";
    case "friendly":
      return "●○○";
    case "unknown":
      return "?";
    case "neutral":
      return "–";
    case "opposed":
      return "✕";
  }
}

export function tieRoleLabel(role: TieRole): string {
  switch (role) {
    case "member":
      return t("tie-role-member");
    case "active":
      return t("tie-role-active");
    case "leader":
      return t("tie-role-leader");
    case "staff":
      return t("tie-role-staff");
  }
}

export function contactKindLabel(kind: ContactKind): string {
  switch (kind) {
    case "contact":
      return t("org-contact-kind-contact");
    case "meeting":
      return t("org-contact-kind-meeting");
    case "joint_action":
      return t("org-contact-kind-joint_action");
    case "ask":
      return t("org-contact-kind-ask");
  }
}

/** A tie's strength in words: "Strength 4 of 5". */
export function strengthText(strength: number): string {
  return t("tie-strength-of", { strength });
}
