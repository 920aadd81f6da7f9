// Invented records for the unit tests of the Organizations area.
import type {
  ConnectionsAssessment,
  DueStep,
  IpcError,
  OrgContact,
  OrgDetail,
  Organization,
  OrgSummary,
  QuietRelationship,
  RankedOrg,
  Tie,
} from "../api/types";
import { connectionsId, orgContactId, orgId, personId, relationshipChangeId, tieId } from "../test-ids";

export function organization(over: Partial<Organization> = {}): Organization {
  return {
    id: orgId("o-1"),
    fields: {
      name: "Eastside Tenants United",
      kind: "tenant_association",
      area: "Eastside",
      street: "412 Ashland Ave",
      city: "Chicago",
      state: "IL",
      zip: "60622",
      languages: ["English", "Spanish"],
      website: "eastsidetenants.example.org",
      phone: "(312) 555-0190",
      email: null,
      notes: null,
    },
    relationship: "friendly",
    is_sample: false,
    created_at: "2026-03-01T15:00:00Z",
    updated_at: "2026-03-01T15:00:00Z",
    ...over,
  };
}

export function orgSummary(id: string, over: Partial<OrgSummary> = {}): OrgSummary {
  return {
    id: orgId(id),
    name: `Org ${id}`,
    kind: "union",
    relationship: "ally",
    area: "Eastside",
    ties: 0,
    last_contact: null,
    is_sample: false,
    ...over,
  };
}

export function tie(over: Partial<Tie> = {}): Tie {
  return {
    id: tieId("t-1"),
    person_id: personId("p-1"),
    person_name: "Rosa Delgado",
    organization_id: orgId("o-1"),
    organization_name: "Eastside Tenants United",
    organization_kind: "tenant_association",
    role: "leader",
    title: "block captain",
    strength: 4,
    would_introduce: true,
    noted_on: "2026-03-02",
    is_sample: false,
    ...over,
  };
}

export function contact(over: Partial<OrgContact> = {}): OrgContact {
  return {
    id: orgContactId("c-1"),
    organization_id: orgId("o-1"),
    kind: "meeting",
    happened_on: "2026-03-02",
    summary: "Met with their board about the rent clinic.",
    their_people: "Pastor Reyes",
    people: [{ id: personId("p-1"), name: "Rosa Delgado" }],
    next_step: "Send the flyer draft",
    next_step_due: "2026-03-09",
    next_step_done_on: null,
    logged_by: "Ana",
    ...over,
  };
}

export function detail(over: Partial<OrgDetail> = {}): OrgDetail {
  const org = over.organization ?? organization();
  return {
    organization: org,
    merges: [],
    history: [
      {
        id: relationshipChangeId("r-1"),
        previous: null,
        relationship: org.relationship,
        reason: null,
        changed_by: "Ana",
        changed_at: "2026-03-01T15:00:00Z",
      },
    ],
    contacts: [],
    ties: [],
    ...over,
  };
}

export function ranked(id: string, over: Partial<RankedOrg> = {}): RankedOrg {
  return {
    id: orgId(id),
    name: `Org ${id}`,
    kind: "union",
    relationship: "ally",
    area: null,
    members: 1,
    strength: 3,
    would_introduce: 0,
    leaders: 0,
    rank: 1,
    is_sample: false,
    ...over,
  };
}

export function quiet(over: Partial<QuietRelationship> = {}): QuietRelationship {
  return {
    organization_id: orgId("o-1"),
    name: "Riverside Home Care Workers Union",
    relationship: "partner",
    last_contact: null,
    is_sample: false,
    ...over,
  };
}

export function dueStep(over: Partial<DueStep> = {}): DueStep {
  return {
    contact_id: orgContactId("c-1"),
    organization_id: orgId("o-1"),
    name: "Eastside Tenants United",
    kind: "meeting",
    next_step: "Send the flyer draft",
    due: "2026-03-09",
    overdue: false,
    is_sample: false,
    ...over,
  };
}

/** The chapter's connections assessment, before its first forms unless told otherwise. */
export function connectionsAssessment(over: Partial<ConnectionsAssessment> = {}): ConnectionsAssessment {
  return {
    id: connectionsId("ca-1"),
    code: "",
    survey: {
      languages: ["en", "es"],
      title: { en: "Connections", es: "Conexiones" },
      intro: { en: "", es: "" },
      ties_prompt: { en: "", es: "" },
      rows: 8,
      questions: [],
    },
    forms_printed: 0,
    responses: 0,
    members_answered: 0,
    is_sample: false,
    ...over,
  };
}

/** What the backend rejects with when an input is refused, naming its key. */
export function refusal(key: string, field: string, reason: string): IpcError {
  return {
    kind: "invalid_input",
    message: `${field}: ${reason}`,
    details: null,
    field: key,
    reason,
    said: { id: null, args: {}, text: `${field}: ${reason}` },
    refused: {
      field: { id: null, args: {}, text: field },
      reason: { id: null, args: {}, text: reason },
    },
  };
}
