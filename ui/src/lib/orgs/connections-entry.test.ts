import { describe, expect, it, vi } from "vitest";
import { AppError, toAppError } from "../api/errors";
import type {
  ConnectionsAssessment,
  ConnectionsResponseInput,
  EnteredConnections,
  OrgInput,
  Question,
} from "../api/types";
import { questionTarget } from "../needs/paper-answers";
import { connectionsId, connectionsResponseId, orgId, personId } from "../test-ids";
import {
  blankLine,
  buildInput,
  checkEntry,
  emptyValues,
  ENTERED_BY,
  errorTarget,
  firstProblem,
  foldName,
  FORM_NUMBER,
  introduceKey,
  isBlank,
  lineTarget,
  MEMBER,
  orgOptions,
  roleKey,
  sameNamed,
  strengthKey,
  withTrailingLine,
  WORKPLACE,
  type ConnectionsSettings,
  type ConnectionsValues,
  type EntryLine,
} from "./connections-entry";
import { ConnectionsEntry, type ConnectionsEntryPorts } from "./connections-entry.svelte";
import { Connections } from "./connections.svelte";
import { OpenOrg } from "./open-org.svelte";
import { OrgList } from "./org-list.svelte";
import { OrgPick } from "./org-pick.svelte";
import { OrgExport, OrgImport } from "./org-transfer.svelte";
import { Orgs } from "./orgs.svelte";
import { PersonPick } from "./person-pick.svelte";
import { detail, organization, orgSummary, refusal } from "./test-orgs";
import { ToTendList } from "./to-tend.svelte";

const QUESTIONS: Question[] = [
  {
    key: "communities",
    kind: "multiple",
    text: { en: "Which of these are you part of?", es: "¿De cuáles forma parte?" },
    choices: [
      { key: "congregation", text: { en: "A congregation", es: "Una congregación" } },
      { key: "union", text: { en: "A union", es: "Un sindicato" } },
      { key: "school", text: { en: "A school", es: "Una escuela" } },
    ],
  },
  { key: "reach_out", kind: "yes_no", text: { en: "Would you help us reach out?", es: "¿Nos ayudaría?" } },
  { key: "groups", kind: "number", text: { en: "How many groups?", es: "¿Cuántos grupos?" } },
  { key: "anything_else", kind: "text", text: { en: "Anything else?", es: "¿Algo más?" } },
];

const settings: ConnectionsSettings = { enteredBy: "Rosa", language: "es" };
const marisol = { id: personId("p-1"), name: "Marisol Reyes" };

function line(over: Partial<EntryLine> = {}): EntryLine {
  return { ...blankLine(), ...over };
}

function picked(id: string, name: string, over: Partial<EntryLine> = {}): EntryLine {
  return line({ org: { id: orgId(id), name, isNew: false }, text: name, strength: 3, ...over });
}

function values(over: Partial<ConnectionsValues> = {}): ConnectionsValues {
  return { ...emptyValues(), ...over };
}

function assessment(over: Partial<ConnectionsAssessment> = {}): ConnectionsAssessment {
  return {
    id: connectionsId("ca-1"),
    code: "K7QF",
    survey: {
      languages: ["en", "es"],
      title: { en: "Where we belong", es: "Dónde participamos" },
      intro: { en: "", es: "" },
      ties_prompt: { en: "", es: "" },
      rows: 8,
      questions: QUESTIONS,
    },
    forms_printed: 40,
    responses: 0,
    members_answered: 0,
    is_sample: false,
    ...over,
  };
}

function entered(over: Partial<EnteredConnections> = {}): EnteredConnections {
  return {
    id: connectionsResponseId("r-1"),
    form: "K7QF-0001",
    person_id: personId("p-1"),
    person_name: "Marisol Reyes",
    ties: 2,
    entered_by: "Rosa",
    entered_at: "2026-12-06T15:00:00Z",
    ...over,
  };
}

/** A refusal as the backend sends it: the key of the input and the reason alone. */
function refused(key: string, reason: string): AppError {
  return toAppError(refusal(key, key, reason));
}

describe("building what is sent", () => {
  it("sends the lines with an organization, in paper order, and says which line each tie came from", () => {
    const first = picked("o-1", "Holy Cross Parish", { role: "leader", strength: 4, wouldIntroduce: true });
    const empty = line();
    const second = picked("o-2", "Local 73", { strength: 2 });
    const built = buildInput(
      QUESTIONS,
      settings,
      values({
        form: " 42 ",
        member: marisol,
        lines: [first, empty, second, line()],
        workplace: "  Mercy Hospital ",
        industry: "",
        union: "SEIU Local 73",
        answers: { reach_out: true, communities: ["union", "congregation"], anything_else: "  " },
      }),
    );
    expect(built?.input).toEqual<ConnectionsResponseInput>({
      form: "42",
      person_id: personId("p-1"),
      language: "es",
      workplace: "Mercy Hospital",
      industry: null,
      union_name: "SEIU Local 73",
      ties: [
        { organization_id: orgId("o-1"), role: "leader", strength: 4, would_introduce: true, title: null },
        { organization_id: orgId("o-2"), role: "member", strength: 2, would_introduce: false, title: null },
      ],
      // In survey order, choices in the order printed; an empty text is skipped.
      answers: [
        { question: "communities", value: { kind: "choices", value: ["congregation", "union"] } },
        { question: "reach_out", value: { kind: "yes_no", value: true } },
      ],
      entered_by: "Rosa",
    });
    expect(built?.lineOfTie).toEqual([first.key, second.key]);
  });

  it("sends nothing while no one is picked as having filled it in", () => {
    expect(buildInput(QUESTIONS, settings, values({ form: "42" }))).toBeNull();
  });

  it("keeps an empty line at the end for the next organization", () => {
    const start = emptyValues().lines;
    expect(start).toHaveLength(1);
    expect(withTrailingLine(start)).toHaveLength(1);
    const filled = [picked("o-1", "Holy Cross Parish")];
    const next = withTrailingLine(filled);
    expect(next).toHaveLength(2);
    expect(next[1].org).toBeNull();
    expect(next[1].key).not.toBe(filled[0].key);
  });

  it("counts a form as blank only when nothing is typed or marked", () => {
    expect(isBlank(emptyValues())).toBe(true);
    expect(isBlank(values({ lines: [line({ strength: 3 })] }))).toBe(false);
    expect(isBlank(values({ member: marisol }))).toBe(false);
    expect(isBlank(values({ answers: { reach_out: false } }))).toBe(false);
  });
});

describe("what to fix before sending", () => {
  it("asks for the number, who filled it in and who is entering", () => {
    const problems = checkEntry(QUESTIONS, { ...settings, enteredBy: " " }, values());
    expect(Object.keys(problems).sort()).toEqual([ENTERED_BY, FORM_NUMBER, MEMBER].sort());
    expect(problems[MEMBER]).toMatch(/Pick who filled in this form/);
  });

  it("points at a line whose name was typed but not picked, and at a strength not marked", () => {
    const typed = line({ text: "Holy Fam" });
    const noStrength = picked("o-2", "Local 73", { strength: null });
    const marked = line({ strength: 4 });
    const problems = checkEntry(
      QUESTIONS,
      settings,
      values({ form: "42", member: marisol, lines: [typed, noStrength, marked, line()] }),
    );
    expect(problems).toEqual({
      [lineTarget(typed.key, "org")]: "Pick “Holy Fam” from the list with Enter, or add it as a new organization.",
      [lineTarget(typed.key, "strength")]: "Pick how strong the tie is, from 1 to 5.",
      [lineTarget(noStrength.key, "strength")]: "Pick how strong the tie is, from 1 to 5.",
      [lineTarget(marked.key, "org")]: "Type the organization's name and pick it, or empty this line.",
    });
  });

  it("refuses the same organization on two lines, saying where it already is", () => {
    const second = picked("o-1", "Holy Cross Parish");
    const problems = checkEntry(
      QUESTIONS,
      settings,
      values({ form: "42", member: marisol, lines: [picked("o-1", "Holy Cross Parish"), second] }),
    );
    expect(problems).toEqual({ [lineTarget(second.key, "org")]: "Holy Cross Parish is already on line 1." });
  });

  it("wants a whole number where the survey asks for a count", () => {
    const problems = checkEntry(QUESTIONS, settings, values({ form: "42", member: marisol, answers: { groups: 2.5 } }));
    expect(problems).toEqual({ [questionTarget("groups")]: "Type a whole number, like 4." });
  });

  it("sends the cursor to the first problem in screen order", () => {
    const v = values({ lines: [line({ text: "x" })] });
    const problems = { [questionTarget("groups")]: "a", [lineTarget(v.lines[0].key, "strength")]: "b", [MEMBER]: "c" };
    expect(firstProblem(problems, QUESTIONS, v)).toBe(MEMBER);
    expect(firstProblem({ [questionTarget("groups")]: "a", [WORKPLACE]: "b" }, QUESTIONS, v)).toBe(WORKPLACE);
  });
});

describe("a refusal beside its field", () => {
  it("puts the form number's refusals at the number, and who is entering at that box", () => {
    expect(errorTarget(refused("form", "form K7QF-0001 was already entered by Rosa on 2026-12-06"), QUESTIONS, [])).toBe(
      FORM_NUMBER,
    );
    expect(errorTarget(refused("entered_by", "say who is entering the form"), QUESTIONS, [])).toBe(ENTERED_BY);
    expect(errorTarget(refused("person_id", "no such person"), QUESTIONS, [])).toBe(MEMBER);
  });

  it("turns a tie's index back into its line on screen, past the lines left empty", () => {
    expect(errorTarget(refused("ties.1.strength", "must be 1 to 5"), QUESTIONS, [7, 9])).toBe(lineTarget(9, "strength"));
    expect(errorTarget(refused("ties.0.organization_id", "twice"), QUESTIONS, [7, 9])).toBe(lineTarget(7, "org"));
    expect(errorTarget(refused("ties.4.strength", "?"), QUESTIONS, [7, 9])).toBeNull();
  });

  it("puts an answer's refusal at its question, and anything else on the form as a whole", () => {
    expect(errorTarget(refused("answers.reach_out", "not a yes or no"), QUESTIONS, [])).toBe(questionTarget("reach_out"));
    expect(errorTarget(refused("answers.gone", "no such question"), QUESTIONS, [])).toBeNull();
    expect(errorTarget(new AppError("database", "disk full"), QUESTIONS, [])).toBeNull();
  });
});

describe("the keys that answer a line", () => {
  const key = (k: string, ctrl = false) => ({ key: k, ctrlKey: ctrl, metaKey: false, altKey: false });

  it("1-4 pick the role in the paper's order", () => {
    expect(["1", "2", "3", "4"].map((k) => roleKey(key(k)))).toEqual(["member", "active", "leader", "staff"]);
    expect(roleKey(key("5"))).toBeNull();
    expect(roleKey(key("3", true))).toBeNull();
  });

  it("1-5 mark the strength, and Delete leaves it unmarked", () => {
    expect(strengthKey(key("5"))).toEqual({ set: 5 });
    expect(strengthKey(key("0"))).toBeNull();
    expect(strengthKey(key("Backspace"))).toEqual({ set: null });
    expect(strengthKey(key("2", true))).toBeNull();
  });

  it("Y, S (sí) and N answer whether they would introduce us", () => {
    expect(introduceKey(key("y"))).toBe(true);
    expect(introduceKey(key("S"))).toBe(true);
    expect(introduceKey(key("n"))).toBe(false);
    expect(introduceKey(key("x"))).toBeNull();
  });
});

describe("what the name box offers", () => {
  it("offers adding the name as new when nothing matches, so Enter adds it", () => {
    expect(orgOptions("Holy Family Church", [])).toEqual([{ kind: "new", name: "Holy Family Church" }]);
    expect(orgOptions("   ", [])).toEqual([]);
  });

  it("offers the matches first, and no new one when a match has that very name", () => {
    const parish = orgSummary("o-1", { name: "Iglesia San José Obrero" });
    expect(orgOptions("iglesia", [parish]).map((o) => o.kind)).toEqual(["org", "new"]);
    expect(orgOptions("iglesia san jose  obrero", [parish]).map((o) => o.kind)).toEqual(["org"]);
    expect(sameNamed("IGLESIA SAN JOSÉ OBRERO", [parish])).toBe(parish);
    expect(foldName("  San  José ")).toBe("san jose");
  });

  it("waits for the answer to the newest text, and an older, slower answer never counts", async () => {
    const answers: Record<string, (names: string[]) => void> = {};
    const searchOrgs = vi.fn(
      (query: { text: string | null }) =>
        new Promise<{ organizations: ReturnType<typeof orgSummary>[]; total: number }>((resolve) => {
          answers[query.text ?? ""] = (names) =>
            resolve({ organizations: names.map((name, i) => orgSummary(`o-${i}`, { name })), total: names.length });
        }),
    );
    const pick = new OrgPick({ searchOrgs });
    pick.search("Ho");
    pick.search("Holy C");
    const settled = pick.settled();
    answers["Holy C"](["Holy Cross Parish"]);
    await settled;
    answers["Ho"](["Hope Food Pantry"]);
    await Promise.resolve();
    expect(pick.answers("Holy C")).toBe(true);
    expect(pick.options("Holy C").map((o) => (o.kind === "org" ? o.org.name : o.name))).toEqual([
      "Holy Cross Parish",
      "Holy C",
    ]);
  });

  it("lets Enter on a person's name wait for the matches to what was typed", async () => {
    let answer!: () => void;
    const pick = new PersonPick({
      searchPeople: () =>
        new Promise((resolve) => {
          answer = () => resolve({ people: [], total: 0 });
        }),
    });
    void pick.search("mari");
    let done = false;
    void pick.settled().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    answer();
    await pick.settled();
    expect(done).toBe(true);
    expect(pick.answers("mari")).toBe(true);
  });
});

function ports(over: Partial<ConnectionsEntryPorts> = {}): ConnectionsEntryPorts {
  return {
    connectionsAssessment: vi.fn(async () => assessment()),
    enterConnectionsForm: vi.fn(async () => entered()),
    recentConnectionsForms: vi.fn(async () => [entered()]),
    takeBackConnectionsForm: vi.fn(async () => {}),
    createOrg: vi.fn(async (input: OrgInput) =>
      detail({ organization: organization({ id: orgId("o-new"), fields: input, relationship: "unknown" }) }),
    ),
    rememberedName: () => "Rosa",
    rememberName: vi.fn(),
    ...over,
  };
}

/** An entry with its assessment loaded and a form typed as far as a line for Holy Cross. */
async function typedEntry(p: ConnectionsEntryPorts) {
  const entry = new ConnectionsEntry(p);
  await entry.load();
  entry.values.form = "1";
  entry.pickMember(marisol);
  const first = entry.values.lines[0];
  entry.typeOrg(first.key, "Holy C");
  entry.pickOrg(first.key, { id: orgId("o-1"), name: "Holy Cross Parish" });
  entry.setRole(first.key, "leader");
  entry.setStrength(first.key, 4);
  entry.setIntroduce(first.key, true);
  return { entry, first };
}

describe("entering forms one after another", () => {
  it("starts with who entered last time, and the forms' language the survey has", async () => {
    const entry = new ConnectionsEntry(ports({ connectionsAssessment: async () => assessment({ survey: { ...assessment().survey, languages: ["es"] } }) }));
    expect(entry.settings.enteredBy).toBe("Rosa");
    await entry.load();
    expect(entry.settings.language).toBe("es");
    expect(entry.recent).toHaveLength(1);
  });

  it("picks an organization, moves on to its role and opens the next line", async () => {
    const { entry, first } = await typedEntry(ports());
    expect(first.org).toEqual({ id: orgId("o-1"), name: "Holy Cross Parish", isNew: false });
    expect(first.text).toBe("Holy Cross Parish");
    expect(entry.values.lines).toHaveLength(2);
    expect(entry.focusRequest).toBe(lineTarget(first.key, "role"));
    // Typing over the name lets the organization go.
    entry.typeOrg(first.key, "Holy Cross Paris");
    expect(first.org).toBeNull();
  });

  it("adds a new organization in one step: kind other, relationship unknown, added by whoever enters", async () => {
    const p = ports();
    const entry = new ConnectionsEntry(p);
    await entry.load();
    const first = entry.values.lines[0];
    entry.typeOrg(first.key, "Holy Family Church");
    expect(await entry.addOrg(first.key, " Holy Family Church ")).toBe(true);
    expect(p.createOrg).toHaveBeenCalledWith(expect.objectContaining({ name: "Holy Family Church", kind: "other" }), "unknown", "Rosa");
    expect(first.org).toEqual({ id: orgId("o-new"), name: "Holy Family Church", isNew: true });
    expect(entry.note?.text).toMatch(/“Holy Family Church” added to the directory/);
    expect(entry.values.lines).toHaveLength(2);
    expect(entry.focusRequest).toBe(lineTarget(first.key, "role"));
  });

  it("asks who is entering before adding an organization, and adds nothing until then", async () => {
    const p = ports({ rememberedName: () => "" });
    const entry = new ConnectionsEntry(p);
    const first = entry.values.lines[0];
    expect(await entry.addOrg(first.key, "Holy Family Church")).toBe(false);
    expect(p.createOrg).not.toHaveBeenCalled();
    expect(entry.problems[ENTERED_BY]).toMatch(/Type your name here first/);
    expect(entry.focusRequest).toBe(ENTERED_BY);
  });

  it("shows a refused new organization beside its name", async () => {
    const entry = new ConnectionsEntry(ports({ createOrg: async () => Promise.reject(refusal("name", "name", "too long")) }));
    const first = entry.values.lines[0];
    expect(await entry.addOrg(first.key, "x".repeat(500))).toBe(false);
    expect(entry.problems[lineTarget(first.key, "org")]).toBe("Too long.");
    expect(first.org).toBeNull();
  });

  it("saves with Ctrl+Enter, clears for the next form and puts the cursor back on the number", async () => {
    const p = ports();
    const { entry } = await typedEntry(p);
    entry.values.workplace = "Mercy Hospital";
    entry.setAnswer("reach_out", true);
    expect(await entry.save()).toBe(true);
    expect(p.enterConnectionsForm).toHaveBeenCalledWith(
      expect.objectContaining({
        form: "1",
        person_id: personId("p-1"),
        ties: [{ organization_id: orgId("o-1"), role: "leader", strength: 4, would_introduce: true, title: null }],
        workplace: "Mercy Hospital",
        answers: [{ question: "reach_out", value: { kind: "yes_no", value: true } }],
        entered_by: "Rosa",
      }),
    );
    expect(entry.note?.text).toBe("Form K7QF-0001 entered: Marisol Reyes, 2 organizations");
    expect(isBlank(entry.values)).toBe(true);
    expect(entry.values.lines).toHaveLength(1);
    expect(entry.focusRequest).toBe(FORM_NUMBER);
    expect(entry.enteredNow).toBe(1);
    expect(entry.mine.has(connectionsResponseId("r-1"))).toBe(true);
    expect(p.rememberName).toHaveBeenCalledWith("Rosa");
    expect(entry.settings.enteredBy).toBe("Rosa");
  });

  it("sends nothing while something is missing, and puts the cursor on the first thing to fix", async () => {
    const p = ports();
    const entry = new ConnectionsEntry(p);
    await entry.load();
    entry.values.form = "3";
    expect(await entry.save()).toBe(false);
    expect(p.enterConnectionsForm).not.toHaveBeenCalled();
    expect(Object.keys(entry.problems)).toEqual([MEMBER]);
    expect(entry.focusRequest).toBe(MEMBER);
    entry.pickMember(marisol);
    expect(entry.problems).toEqual({});
  });

  it("shows a number entered twice at the number, naming who entered it and when, and keeps what was typed", async () => {
    const p = ports({
      enterConnectionsForm: async () =>
        Promise.reject(refusal("form", "form number", "form K7QF-0001 was already entered by Rosa on 2026-12-06")),
    });
    const { entry, first } = await typedEntry(p);
    expect(await entry.save()).toBe(false);
    expect(entry.problems).toEqual({ [FORM_NUMBER]: "Form K7QF-0001 was already entered by Rosa on 2026-12-06." });
    expect(entry.focusRequest).toBe(FORM_NUMBER);
    expect(entry.values.form).toBe("1");
    expect(entry.values.member).toEqual(marisol);
    expect(first.org?.name).toBe("Holy Cross Parish");
    expect(entry.enteredNow).toBe(0);
    // Typing a new number takes the refusal away.
    entry.values.form = "2";
    entry.edited(FORM_NUMBER);
    expect(entry.problems).toEqual({});
  });

  it("shows a refused tie beside its own line, past the lines left empty", async () => {
    const p = ports({
      enterConnectionsForm: async () => Promise.reject(refusal("ties.1.strength", "strength", "must be from 1 to 5")),
    });
    const { entry } = await typedEntry(p);
    const [first, blank] = entry.values.lines;
    // An empty line between two organizations is not sent.
    const second = picked("o-2", "Local 73");
    entry.values.lines = [first, blank, second, line()];
    expect(await entry.save()).toBe(false);
    expect(entry.problems).toEqual({ [lineTarget(second.key, "strength")]: "Must be from 1 to 5." });
    expect(entry.focusRequest).toBe(lineTarget(second.key, "strength"));
  });

  it("leaves a refusal no field shows for the form as a whole", async () => {
    const { entry } = await typedEntry(ports({ enterConnectionsForm: async () => Promise.reject({ kind: "database", message: "disk full" }) }));
    expect(await entry.save()).toBe(false);
    expect(entry.formError?.message).toBe("disk full");
    expect(entry.focusRequest).toBe("save");
  });

  it("takes the last form back with Ctrl+Z and puts it back in the form to fix", async () => {
    const p = ports();
    const { entry } = await typedEntry(p);
    await entry.save();
    expect(await entry.undo()).toBe(true);
    expect(p.takeBackConnectionsForm).toHaveBeenCalledWith(connectionsResponseId("r-1"));
    expect(entry.values.form).toBe("1");
    expect(entry.values.member).toEqual(marisol);
    expect(entry.values.lines[0].org?.name).toBe("Holy Cross Parish");
    expect(entry.values.lines.at(-1)?.org).toBeNull();
    expect(entry.note?.text).toBe("Form K7QF-0001 taken back to fix");
    expect(entry.enteredNow).toBe(0);
    expect(await entry.undo()).toBe(false);
    expect(entry.note?.text).toBe("Nothing to take back.");
  });

  it("takes back someone else's form without touching the one being typed", async () => {
    const p = ports();
    const { entry } = await typedEntry(p);
    expect(await entry.takeBack(connectionsResponseId("r-old"), "K7QF-0007")).toBe(true);
    expect(entry.note?.text).toBe("Form K7QF-0007 taken back");
    expect(entry.values.form).toBe("1");
  });

  it("says when a form could not be taken back", async () => {
    const entry = new ConnectionsEntry(ports({ takeBackConnectionsForm: async () => Promise.reject({ kind: "not_found", message: "gone" }) }));
    expect(await entry.takeBack(connectionsResponseId("r-1"), "K7QF-0001")).toBe(false);
    expect(entry.note).toEqual({ kind: "failed", text: "Form K7QF-0001 was not taken back: gone" });
  });

  it("takes a line off, keeping an empty one at the end", async () => {
    const { entry, first } = await typedEntry(ports());
    entry.removeLine(first.key);
    expect(entry.values.lines).toHaveLength(1);
    expect(entry.values.lines[0].org).toBeNull();
    expect(entry.focusRequest).toBe(lineTarget(entry.values.lines[0].key, "org"));
  });

  it("forgets another chapter's forms, but not who is entering", async () => {
    const { entry } = await typedEntry(ports());
    await entry.save();
    entry.reset();
    expect(entry.recent).toEqual([]);
    expect(entry.assessment).toBeNull();
    expect(entry.enteredNow).toBe(0);
    expect(entry.settings.enteredBy).toBe("Rosa");
  });
});

describe("the Connections tab", () => {
  function area() {
    const searchOrgs = vi.fn(async () => ({ organizations: [], total: 0 }));
    const connectionsRanking = vi.fn(async () => []);
    const orgs = new Orgs({
      list: new OrgList({ searchOrgs, orgAreas: async () => [] }),
      org: new OpenOrg(),
      tend: new ToTendList({ orgsToTend: async () => ({ weeks: 6, quiet: [], due: [] }) }),
      connections: new Connections({ connectionsRanking, connectionsAssessment: async () => assessment() }),
      importer: new OrgImport({ chooseListFile: async () => null, importOrgs: vi.fn() }),
      exporter: new OrgExport({ exportOrgs: async () => null }),
      create: { createOrg: vi.fn() },
      formEntry: new ConnectionsEntry(ports()),
    });
    return { orgs, searchOrgs, connectionsRanking };
  }

  it("opens the entry of filled forms, and going back fetches the ranking with them counted", () => {
    const { orgs, connectionsRanking } = area();
    orgs.openFormEntry();
    expect(orgs.tab).toBe("connections");
    expect(orgs.enteringForms).toBe(true);
    orgs.closeFormEntry();
    expect(orgs.enteringForms).toBe(false);
    expect(orgs.tabFocusRequested).toBe(true);
    expect(connectionsRanking).toHaveBeenCalled();
  });

  it("brings the ranking and the directory's counts up to date once a form is entered", async () => {
    const { orgs, searchOrgs, connectionsRanking } = area();
    await orgs.formsChanged();
    expect(searchOrgs).toHaveBeenCalled();
    expect(connectionsRanking).toHaveBeenCalled();
  });

  it("starts afresh for another chapter", async () => {
    const { orgs } = area();
    orgs.openFormEntry();
    orgs.formEntry.values.form = "12";
    orgs.enter(1);
    orgs.enter(2);
    expect(orgs.enteringForms).toBe(false);
    expect(orgs.formEntry.values.form).toBe("");
  });
});
