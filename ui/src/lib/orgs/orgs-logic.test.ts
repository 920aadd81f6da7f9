import { afterEach, describe, expect, it } from "vitest";
import { locale, plain } from "../i18n/locale.svelte";
import { personId } from "../test-ids";
import {
  CHART_LABEL_ROOM,
  chartBars,
  chartName,
  chartOrgs,
  rankedRowText,
} from "./connections-chart";
import { contactInput, newContact, nextStepState, validateContact } from "./contact-form";
import {
  CONTACT_KINDS,
  contactKindLabel,
  ORG_KINDS,
  orgKindLabel,
  RELATIONSHIPS,
  relationshipLabel,
  relationshipMark,
  strengthText,
  TIE_ROLES,
  tieRoleLabel,
} from "./labels";
import { addressLines, orgInput, orgValues, validateOrg, withWord } from "./org-form";
import { activeOrgFilterCount, asksForAll, buildOrgQuery, noOrgFilters } from "./org-query";
import { importCounts, importReadAs, orgExportedText } from "./org-transfer";
import { historyLine, validateRelationship } from "./relationship";
import { dueState, dueText, lastContactText } from "./tending";
import { contact, dueStep, organization, quiet, ranked, tie } from "./test-orgs";
import { tieInput, tieValues, validateTie } from "./tie-form";
import { orgId, relationshipChangeId } from "../test-ids";

afterEach(() => {
  locale.code = "en";
});

describe("the words for the codes", () => {
  it("has a word of its own for every kind, relationship, role and contact, in both languages", () => {
    for (const code of ["en", "es"]) {
      locale.code = code;
      const words = [
        ...ORG_KINDS.map(orgKindLabel),
        ...RELATIONSHIPS.map(relationshipLabel),
        ...TIE_ROLES.map(tieRoleLabel),
        ...CONTACT_KINDS.map(contactKindLabel),
      ];
      for (const word of words) expect(word).not.toMatch(/^(org|tie)-/);
      expect(new Set(ORG_KINDS.map(orgKindLabel)).size).toBe(ORG_KINDS.length);
      expect(new Set(RELATIONSHIPS.map(relationshipLabel)).size).toBe(RELATIONSHIPS.length);
    }
  });

  it("speaks Spanish with the glossary's words", () => {
    locale.code = "es";
    expect(relationshipLabel("partner")).toBe("Socia");
    expect(relationshipLabel("ally")).toBe("Aliada");
    expect(relationshipLabel("unknown")).toBe("Sin conocer");
    expect(relationshipLabel("opposed")).toBe("En contra");
    expect(orgKindLabel("tenant_association")).toBe("Asociación de inquilinos");
    expect(orgKindLabel("base_building")).toBe("Organización que construye base");
    expect(orgKindLabel("elected_office")).toBe("Cargo electo");
    expect(contactKindLabel("joint_action")).toBe("Acción conjunta");
    expect(strengthText(4)).toBe("Fuerza 4 de 5");
  });

  it("marks each relationship with a sign of its own, so colour is never the only signal", () => {
    const marks = RELATIONSHIPS.map(relationshipMark);
    expect(new Set(marks).size).toBe(RELATIONSHIPS.length);
    expect(relationshipMark("partner")).toBe("●●●");
  });
});

describe("the directory's query", () => {
  it("sends no text and no filter for the whole directory", () => {
    const query = buildOrgQuery("  ", noOrgFilters());
    expect(query).toEqual({ text: null, kind: null, relationship: null, area: null, limit: 300 });
    expect(asksForAll(query)).toBe(true);
  });

  it("trims the text and the area, and counts the filters in use", () => {
    const filters = { kind: "union" as const, relationship: null, area: "  Eastside " };
    const query = buildOrgQuery(" san jose ", filters);
    expect(query.text).toBe("san jose");
    expect(query.area).toBe("Eastside");
    expect(query.kind).toBe("union");
    expect(asksForAll(query)).toBe(false);
    expect(activeOrgFilterCount(filters)).toBe(2);
    expect(activeOrgFilterCount({ ...filters, area: " " })).toBe(1);
  });
});

describe("the organization's form", () => {
  it("starts from the record, and a new one as a community group not yet known", () => {
    const values = orgValues(organization());
    expect(values.name).toBe("Eastside Tenants United");
    expect(values.email).toBe("");
    const fresh = orgValues(null, "Ana");
    expect(fresh.kind).toBe("community_group");
    expect(fresh.relationship).toBe("unknown");
    expect(fresh.addedBy).toBe("Ana");
  });

  it("needs a name, and for a new one who adds it", () => {
    const values = { ...orgValues(null), name: "  " };
    expect(validateOrg(values, true)).toEqual({
      name: "Write the organization's name.",
      added_by: "Write your name, so the history says who added it.",
    });
    expect(validateOrg(values, false)).toEqual({ name: "Write the organization's name." });
    expect(validateOrg({ ...values, name: "Local 73", addedBy: "Ana" }, true)).toEqual({});
  });

  it("sends trimmed text, and nothing for an empty field", () => {
    const input = orgInput({ ...orgValues(null), name: " Local 73 ", area: " ", website: " local73.org " });
    expect(input.name).toBe("Local 73");
    expect(input.area).toBeNull();
    expect(input.website).toBe("local73.org");
  });

  it("adds a language once, whatever its case", () => {
    expect(withWord(["Spanish"], " spanish ")).toEqual(["Spanish"]);
    expect(withWord(["Spanish"], "Haitian  Creole")).toEqual(["Spanish", "Haitian Creole"]);
    expect(withWord([], " ")).toEqual([]);
  });

  it("writes the address as an envelope would", () => {
    expect(addressLines(organization().fields)).toEqual(["412 Ashland Ave", "Chicago, IL 60622"]);
    expect(addressLines({ street: null, city: null, state: "IL", zip: null })).toEqual(["IL"]);
    expect(addressLines({ street: null, city: null, state: null, zip: null })).toEqual([]);
  });
});

describe("the relationship", () => {
  it("refuses to change to what it already is, and wants who is changing it", () => {
    expect(validateRelationship({ relationship: "ally", reason: "", changedBy: " " }, "ally")).toEqual({
      relationship: "It is already Ally: pick the new one.",
      changed_by: "Write your name, so the history says who changed it.",
    });
    expect(validateRelationship({ relationship: "partner", reason: "", changedBy: "Ana" }, "ally")).toEqual({});
  });

  it("reads a history line as who, when, from → to, and why", () => {
    const change = {
      id: relationshipChangeId("r-2"),
      previous: "friendly" as const,
      relationship: "partner" as const,
      reason: "Co-hosted the rent clinic",
      changed_by: "Ana",
      changed_at: "2026-03-04T03:15:00Z",
    };
    const line = historyLine(change, "America/Chicago");
    expect(line.move).toBe("Friendly → Partner");
    expect(line.by).toMatch(/^Ana, Mar 3, 2026, 9:15/);
    expect(line.why).toBe("Co-hosted the rent clinic");
    expect(historyLine({ ...change, previous: null, reason: null }, "America/Chicago").move).toBe(
      "Added as Partner",
    );
    locale.code = "es";
    expect(historyLine(change, "America/Chicago").move).toBe("Amistosa → Socia");
  });
});

describe("a contact", () => {
  const today = "2026-03-10";

  it("starts today, as a plain contact, logged by whoever is at the keyboard", () => {
    expect(newContact(today, "Ana")).toMatchObject({ kind: "contact", happenedOn: today, loggedBy: "Ana" });
  });

  it("says what to fix by the keys the backend uses", () => {
    const values = { ...newContact(today, ""), happenedOn: "2026-03-11", nextStepDue: "2026-03-01" };
    expect(Object.keys(validateContact(values, today)).sort()).toEqual([
      "happened_on",
      "logged_by",
      "next_step",
      "next_step_due",
      "summary",
    ]);
    const before = { ...newContact(today, "Ana"), summary: "Met", nextStep: "Call", nextStepDue: "2026-03-01" };
    expect(validateContact(before, today)).toEqual({
      next_step_due: "The next step cannot come before the contact itself.",
    });
    expect(validateContact({ ...before, nextStepDue: "2026-03-17" }, today)).toEqual({});
  });

  it("sends the people who took part by their ids, and nothing for empty fields", () => {
    const values = {
      ...newContact(today, " Ana "),
      summary: " Met the board ",
      people: [{ id: personId("p-1"), name: "Rosa" }],
    };
    expect(contactInput(values)).toEqual({
      kind: "contact",
      happened_on: today,
      summary: "Met the board",
      their_people: null,
      people: ["p-1"],
      next_step: null,
      next_step_due: null,
      logged_by: "Ana",
    });
  });

  it("knows where its next step stands", () => {
    expect(nextStepState(contact({ next_step: null }), today)).toBe("none");
    expect(nextStepState(contact({ next_step_done_on: "2026-03-08" }), today)).toBe("done");
    expect(nextStepState(contact({ next_step_due: "2026-03-09" }), today)).toBe("overdue");
    expect(nextStepState(contact({ next_step_due: today }), today)).toBe("due");
    expect(nextStepState(contact({ next_step_due: "2026-03-12" }), today)).toBe("open");
    expect(nextStepState(contact({ next_step_due: null }), today)).toBe("open");
  });
});

describe("a tie", () => {
  it("needs someone picked, and a strength from 1 to 5", () => {
    expect(Object.keys(validateTie(tieValues(null)))).toEqual(["person_id"]);
    const picked = { ...tieValues(null), person: { id: personId("p-1"), name: "Rosa" } };
    expect(validateTie(picked)).toEqual({});
    expect(Object.keys(validateTie({ ...picked, strength: 6 }))).toEqual(["strength"]);
  });

  it("starts from the tie being changed, and sends its organization and person", () => {
    const values = tieValues(tie());
    expect(values).toMatchObject({ role: "leader", title: "block captain", strength: 4, wouldIntroduce: true });
    expect(tieInput(orgId("o-1"), { ...values, title: " " })).toEqual({
      person_id: "p-1",
      organization_id: "o-1",
      role: "leader",
      title: null,
      strength: 4,
      would_introduce: true,
    });
    expect(tieInput(orgId("o-1"), tieValues(null))).toBeNull();
  });
});

describe("what to tend", () => {
  it("says when a partner was last in touch", () => {
    expect(lastContactText(quiet())).toBe("Never contacted");
    expect(lastContactText(quiet({ last_contact: "2026-01-12" }))).toBe("Last contact on Jan 12, 2026");
  });

  it("says in words when a step is overdue", () => {
    const today = "2026-03-10";
    expect(dueState(dueStep({ due: "2026-03-09", overdue: true }), today)).toBe("overdue");
    expect(dueText(dueStep({ due: "2026-03-09", overdue: true }), today)).toBe("Overdue: was due Mar 9, 2026");
    expect(dueText(dueStep({ due: today }), today)).toBe("Due today");
    expect(dueText(dueStep({ due: "2026-03-14" }), today)).toBe("Due Mar 14, 2026");
  });
});

describe("the connections chart", () => {
  const orgs = [
    ranked("a", { strength: 18, members: 5, rank: 1 }),
    ranked("b", { strength: 9, members: 3, rank: 2 }),
    ranked("c", { strength: 0, members: 0, rank: 3 }),
  ];

  it("leaves out organizations nobody is tied to, and keeps ten at most", () => {
    expect(chartOrgs(orgs).map((o) => o.id)).toEqual(["a", "b"]);
    const many = Array.from({ length: 14 }, (_, i) => ranked(`o${i}`));
    expect(chartOrgs(many)).toHaveLength(10);
  });

  it("draws the strongest bar across the room left of its label, the rest in proportion", () => {
    const bars = chartBars(chartOrgs(orgs), 600);
    expect(bars[0].width).toBe(600 - CHART_LABEL_ROOM);
    expect(bars[1].width).toBe(Math.round((9 / 18) * (600 - CHART_LABEL_ROOM)));
    expect(bars[1].y).toBeGreaterThan(bars[0].y);
    expect(bars[0].label).toBe("18 · 5 people");
  });

  it("says each row in words", () => {
    expect(rankedRowText(ranked("a", { name: "Local 73", strength: 18, members: 5, would_introduce: 2 }))).toBe(
      "1. Local 73 (Union, Ally): 5 people tied, strength 18, 2 would introduce us",
    );
  });

  it("cuts a long name short rather than run off the chart", () => {
    expect(chartName("Local 73", 600)).toBe("Local 73");
    const long = "Vietnamese Mutual Association of Mill Hill and the Riverbend Neighbourhood";
    const cut = chartName(long, 300);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(long.length);
  });
});

describe("import and export", () => {
  it("reports what was added and what was there already", () => {
    const report = { read_as: plain("CSV"), added: 4, already_there: 1 };
    expect(importReadAs(report)).toBe("Read as CSV.");
    expect(importCounts(report)).toBe("4 organizations added; 1 was in the directory already.");
    locale.code = "es";
    expect(importCounts({ ...report, added: 1, already_there: 0 })).toBe(
      "Se agregó 1 organización; ninguna estaba ya en el directorio.",
    );
  });

  it("says where the directory was saved", () => {
    expect(orgExportedText({ path: "/home/ana/organizations.csv", rows: 16, left_out: [] })).toBe(
      "Saved 16 organizations to organizations.csv.",
    );
  });
});
