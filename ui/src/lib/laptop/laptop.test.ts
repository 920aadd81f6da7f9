import { describe, expect, it, vi } from "vitest";
import { toAppError } from "../api/errors";
import type { LaptopForm, OrgSuggestion } from "../api/types";
import { questionTarget } from "../needs/paper-answers";
import { orgId } from "../test-ids";
import { Laptop, type LaptopPorts } from "./laptop.svelte";
import {
  buildLaptopForm,
  checkMember,
  emptyMember,
  emptyRow,
  organizationOf,
  placeRefusal,
  refusalTarget,
  rowTarget,
  type MemberValues,
  type TieRow,
} from "./member-form";
import { MemberForm, type MemberFormPorts } from "./member-form.svelte";
import { ChangeDraft, LockDraft, UnlockDraft } from "./passphrase-drafts.svelte";
import { checkChange, checkLock } from "./passphrase-form";
import { LaptopRound, THANKS_MS, type RoundPorts } from "./round.svelte";
import { refused, suggestion, testQuestions, testStatus } from "./test-laptop";
import { sessionKeeper } from "./kept-form";
import { checkWho, emptyWho, factSent, fullName } from "./who";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const church = suggestion("o-1", "Iglesia San José Obrero");

function row(over: Partial<TieRow> = {}): TieRow {
  return { ...emptyRow(0), ...over };
}

function member(rows: TieRow[], over: Partial<MemberValues> = {}): MemberValues {
  return { ...emptyMember(), rows, ...over };
}

describe("the form a member filled in, as sent", () => {
  it("names a picked organization by its id and a typed one as new, leaving blank lines out", () => {
    const values = member(
      [
        row({ key: 0, name: "iglesia san jose obrero ", picked: church, role: "leader", strength: 4, wouldIntroduce: true }),
        row({ key: 1 }),
        row({ key: 2, name: "  Liga de  Fútbol ", strength: 3 }),
      ],
      { workplace: " Panadería La Espiga ", industry: " ", answers: { reach_out: true, communities: ["school", "union"], anything_else: "  " } },
    );
    const { form, rowKeys } = buildLaptopForm(values, testQuestions(), "es");
    expect(form).toEqual<LaptopForm>({
      language: "es",
      workplace: "Panadería La Espiga",
      industry: null,
      union_name: null,
      ties: [
        { organization: { kind: "known", id: orgId("o-1") }, role: "leader", strength: 4, would_introduce: true, title: null },
        { organization: { kind: "new", name: "Liga de Fútbol" }, role: "member", strength: 3, would_introduce: false, title: null },
      ],
      // In survey order, only what was answered.
      answers: [
        { question: "communities", value: { kind: "choices", value: ["union", "school"] } },
        { question: "reach_out", value: { kind: "yes_no", value: true } },
      ],
    });
    expect(rowKeys).toEqual([0, 2]);
  });

  it("makes a picked name typed over into a new organization", () => {
    expect(organizationOf(row({ name: "Iglesia San José", picked: church }))).toEqual({ kind: "new", name: "Iglesia San José" });
    expect(organizationOf(row({ name: "IGLESIA SAN JOSE OBRERO", picked: church }))).toEqual({ kind: "known", id: church.id });
  });

  it("asks for a line's name and strength, and for whole numbers, before sending", () => {
    const values = member(
      [row({ key: 0, strength: 2 }), row({ key: 1, name: "Local 73" }), row({ key: 2 })],
      { answers: { years: 2.5 } },
    );
    const problems = checkMember(values, testQuestions());
    expect(Object.keys(problems).sort()).toEqual(
      [rowTarget(0, "organization"), rowTarget(1, "strength"), questionTarget("years")].sort(),
    );
    expect(problems[rowTarget(1, "strength")]).toMatch(/1 to 5/);
    expect(checkMember(member([row({ key: 0 })]), testQuestions())).toEqual({});
  });
});

describe("a refusal from the backend", () => {
  const keys = [0, 2];

  it("goes beside the line it is about, counting only the lines sent", () => {
    expect(refusalTarget("ties.1.strength", keys, testQuestions())).toBe(rowTarget(2, "strength"));
    expect(refusalTarget("ties.0.organization_id", keys, testQuestions())).toBe(rowTarget(0, "organization"));
    expect(refusalTarget("ties.1", keys, testQuestions())).toBe(rowTarget(2, "organization"));
    expect(refusalTarget("ties.5.strength", keys, testQuestions())).toBeNull();
  });

  it("goes beside the question or the work field it is about", () => {
    expect(refusalTarget("answers.reach_out", keys, testQuestions())).toBe(questionTarget("reach_out"));
    expect(refusalTarget("answers.gone", keys, testQuestions())).toBeNull();
    expect(refusalTarget("union_name", keys, testQuestions())).toBe("union_name");
    expect(refusalTarget(null, keys, testQuestions())).toBeNull();
  });

  it("about the form as a whole stays whole", () => {
    const conflict = toAppError({ kind: "conflict", message: "say who you are first", details: null });
    expect(placeRefusal(conflict, keys, testQuestions())).toEqual({ target: null, error: conflict });
    const placed = placeRefusal(toAppError(refused("ties.1.strength", "goes from 1 to 5")), keys, testQuestions());
    expect(placed).toEqual({ target: rowTarget(2, "strength"), message: "Goes from 1 to 5." });
  });
});

function formPorts(over: Partial<MemberFormPorts> = {}): MemberFormPorts {
  return {
    laptopSuggestOrgs: vi.fn(async (typed: string) => (typed.startsWith("Igl") ? [church] : [])),
    laptopSubmit: vi.fn(async () => null),
    ...over,
  };
}

describe("MemberForm", () => {
  it("suggests names for the line being typed, and a pick makes it the directory's", async () => {
    const ports = formPorts();
    const form = new MemberForm("Ana", testQuestions(), ports);
    form.typeName(0, "Igl");
    await vi.waitFor(() => expect(form.suggestions.items).toEqual([church]));
    expect(form.suggestions.row).toBe(0);
    expect(form.pickActive(0)).toBe(true);
    expect(form.values.rows[0]).toMatchObject({ name: church.name, picked: church });
    expect(form.suggestions.items).toEqual([]);
    form.typeName(0, "Iglesia San");
    expect(form.values.rows[0].picked).toBeNull();
  });

  it("keeps only the newest answer to the suggestions asked", async () => {
    const slow = deferred<OrgSuggestion[]>();
    const form = new MemberForm("Ana", testQuestions(), formPorts({
      laptopSuggestOrgs: vi.fn((typed: string) => (typed === "I" ? slow.promise : Promise.resolve([church]))),
    }));
    form.typeName(0, "I");
    form.typeName(0, "Ig");
    await vi.waitFor(() => expect(form.suggestions.items).toEqual([church]));
    slow.resolve([suggestion("o-2", "Iron Workers Local 1")]);
    await slow.promise;
    expect(form.suggestions.items).toEqual([church]);
  });

  it("adds and removes lines, the cursor going to the name", () => {
    const form = new MemberForm("Ana", testQuestions(), formPorts());
    const added = form.addRow();
    expect(form.values.rows.map((r) => r.key)).toEqual([0, added]);
    expect(form.focusRequest).toBe(rowTarget(added, "organization"));
    form.removeRow(0);
    expect(form.values.rows.map((r) => r.key)).toEqual([added]);
    form.typeName(added, "Local 73");
    form.removeRow(added);
    expect(form.values.rows).toHaveLength(1);
    expect(form.values.rows[0].name).toBe("");
  });

  it("does not send what must be fixed, and takes the cursor there", async () => {
    const ports = formPorts();
    const form = new MemberForm("Ana", testQuestions(), ports);
    form.typeName(0, "Local 73");
    expect(await form.submit("en")).toBe(false);
    expect(ports.laptopSubmit).not.toHaveBeenCalled();
    expect(form.focusRequest).toBe(rowTarget(0, "strength"));
    form.setStrength(0, 5);
    expect(form.problems).toEqual({});
  });

  it("puts a refusal beside the line it names, and keeps everything typed", async () => {
    const ports = formPorts({ laptopSubmit: vi.fn(async () => Promise.reject(refused("ties.0.strength", "goes from 1 to 5"))) });
    const form = new MemberForm("Ana", testQuestions(), ports);
    form.addRow();
    form.typeName(1, "Local 73");
    form.setStrength(1, 3);
    expect(await form.submit("en")).toBe(false);
    expect(form.problems).toEqual({ [rowTarget(1, "strength")]: "Goes from 1 to 5." });
    expect(form.focusRequest).toBe(rowTarget(1, "strength"));
    expect(form.values.rows[1].name).toBe("Local 73");
  });

  it("sends the form in the member's language", async () => {
    const ports = formPorts();
    const form = new MemberForm("Ana", testQuestions(), ports);
    form.typeName(0, "Local 73");
    form.setStrength(0, 3);
    form.setAnswer("reach_out", false);
    expect(await form.submit("es")).toBe(true);
    const sent = vi.mocked(ports.laptopSubmit).mock.calls[0][0];
    expect(sent.language).toBe("es");
    expect(sent.ties[0].organization).toEqual({ kind: "new", name: "Local 73" });
    expect(sent.answers).toEqual([{ question: "reach_out", value: { kind: "yes_no", value: false } }]);
  });
});

type Clock = { pending: (() => void) | null; stopped: number };

/** Session storage as the window has it, in memory. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

function roundPorts(over: Partial<RoundPorts> = {}) {
  const clock: Clock = { pending: null, stopped: 0 };
  const storage = memoryStorage();
  const language = { code: "en", borrowed: [] as string[], restored: 0 };
  const ports: RoundPorts = {
    ...formPorts(),
    laptopIdentify: vi.fn(async (name: string, fact: string) => (name === "María Hernández" && fact === "60608" ? "María" : null)),
    laptopJoin: vi.fn(async (first: string) => first),
    laptopLeaveSeat: vi.fn(async () => null),
    language: {
      borrow: (code) => {
        language.code = code;
        language.borrowed.push(code);
      },
      restore: () => {
        language.code = "en";
        language.restored += 1;
      },
      current: () => language.code,
    },
    after: (ms, done) => {
      expect(ms).toBe(THANKS_MS);
      clock.pending = done;
      return () => {
        clock.stopped += 1;
        clock.pending = null;
      };
    },
    keeper: sessionKeeper(storage),
    ...over,
  };
  return { ports, clock, language, storage };
}

function welcomeOf(round: LaptopRound) {
  if (round.step.kind !== "welcome") throw new Error(`on ${round.step.kind}`);
  return round.step.who;
}

function formOf(round: LaptopRound) {
  if (round.step.kind !== "form") throw new Error(`on ${round.step.kind}`);
  return round.step.form;
}

describe("LaptopRound", () => {
  it("gives a member their unfinished form back after the window is reloaded, in their language", async () => {
    const { ports, language, storage } = roundPorts();
    const round = new LaptopRound(testQuestions(), "María", ports);
    const form = formOf(round);
    ports.language.borrow("es");
    form.typeName(form.values.rows[0].key, "Liga de Fútbol");
    form.values.rows[0].strength = 4;
    form.addRow();
    form.values.workplace = "Panadería La Espiga";
    round.keepForm();

    // The window reloads: the round is made again, with María still at the keyboard.
    language.code = "en";
    const again = new LaptopRound(testQuestions(), "María", ports);
    const back = formOf(again);
    expect(back.values.rows.map((row) => [row.name, row.strength])).toEqual([
      ["Liga de Fútbol", 4],
      ["", null],
    ]);
    expect(back.values.workplace).toBe("Panadería La Espiga");
    expect(language.code).toBe("es");
    // New lines do not take the key of one already there.
    const added = back.addRow();
    expect(new Set(back.values.rows.map((row) => row.key)).size).toBe(3);
    expect(added).toBeGreaterThan(Math.max(...form.values.rows.map((row) => row.key)));

    // Someone else greeted after a reload gets an empty form; Done, or the welcome, forgets it.
    expect(formOf(new LaptopRound(testQuestions(), "Lucía", ports)).values.workplace).toBe("");
    new LaptopRound(testQuestions(), null, ports);
    expect(storage.items.size).toBe(0);
  });

  it("keeps nothing once the member is done or says 'That's not me'", async () => {
    const { ports, storage } = roundPorts();
    const round = new LaptopRound(testQuestions(), "María", ports);
    formOf(round).values.workplace = "Panadería";
    round.keepForm();
    expect(storage.items.size).toBe(1);
    await round.notMe();
    expect(storage.items.size).toBe(0);
  });

  it("opens the form of a member found by name and fact, greeting them", async () => {
    const { ports } = roundPorts();
    const round = new LaptopRound(testQuestions(), null, ports);
    Object.assign(welcomeOf(round).values, { first: " María ", last: "Hernández", factKind: "zip", fact: " 60608 " });
    await round.identify();
    expect(ports.laptopIdentify).toHaveBeenCalledWith("María Hernández", "60608");
    expect(formOf(round).name).toBe("María");
  });

  it("asks for what is missing before looking anyone up", async () => {
    const { ports } = roundPorts();
    const round = new LaptopRound(testQuestions(), null, ports);
    await round.identify();
    expect(ports.laptopIdentify).not.toHaveBeenCalled();
    const who = welcomeOf(round);
    expect(who.errorFor("first")).toMatch(/first name/);
    expect(who.errorFor("fact")).toMatch(/last 4 numbers/);
  });

  it("tells someone not found, who may try again or join with what they typed", async () => {
    const { ports } = roundPorts();
    const round = new LaptopRound(testQuestions(), null, ports);
    Object.assign(welcomeOf(round).values, { first: "Lucía", last: "Fuentes", factKind: "zip", fact: "60623" });
    await round.identify();
    expect(welcomeOf(round).notFound).toBe(true);
    round.tryAgain();
    expect(welcomeOf(round).notFound).toBe(false);
    expect(welcomeOf(round).values.first).toBe("Lucía");
    round.joinAsNew();
    expect(round.step.kind).toBe("join");
    await round.join();
    expect(ports.laptopJoin).toHaveBeenCalledWith("Lucía", "Fuentes", "60623");
    expect(formOf(round).name).toBe("Lucía");
  });

  it("shows a newcomer's refused name beside the name", async () => {
    const { ports } = roundPorts({ laptopJoin: vi.fn(async () => Promise.reject(refused("name", "write your first and last name"))) });
    const round = new LaptopRound(testQuestions(), null, ports);
    Object.assign(welcomeOf(round).values, { first: "Lucía", last: "Fuentes", factKind: "house", fact: "12 W Cermak Rd" });
    round.joinAsNew();
    await round.join();
    expect(round.step.kind).toBe("join");
    if (round.step.kind === "join") expect(round.step.who.errorFor("name")).toBe("Write your first and last name.");
  });

  it("thanks the member, then starts the next one afresh: nothing of theirs, the laptop's language back", async () => {
    const { ports, clock, language } = roundPorts();
    const round = new LaptopRound(testQuestions(), null, ports);
    round.chooseLanguage("es");
    Object.assign(welcomeOf(round).values, { first: "María", last: "Hernández", factKind: "zip", fact: "60608" });
    await round.identify();
    const form = formOf(round);
    form.typeName(0, "Igl");
    await vi.waitFor(() => expect(form.suggestions.items).toHaveLength(1));
    form.pick(0, church);
    form.setStrength(0, 4);
    await round.submit();
    expect(vi.mocked(ports.laptopSubmit).mock.calls[0][0].language).toBe("es");
    expect(round.step).toEqual({ kind: "thanks", name: "María" });
    const turn = round.turn;
    clock.pending?.();
    expect(round.turn).toBe(turn + 1);
    const who = welcomeOf(round);
    expect(who.values).toEqual(emptyWho());
    expect(who.notFound).toBe(false);
    expect(language.code).toBe("en");
    expect(language.restored).toBe(1);
  });

  it("'Next member' before the time is up stops the clock", async () => {
    const { ports, clock } = roundPorts();
    const round = new LaptopRound(testQuestions(), "María", ports);
    formOf(round).typeName(0, "Local 73");
    formOf(round).setStrength(0, 2);
    await round.submit();
    round.nextMember();
    expect(clock.stopped).toBe(1);
    expect(round.step.kind).toBe("welcome");
  });

  it("'That's not me' frees the seat and leaves nothing behind, not even suggestions on their way", async () => {
    const slow = deferred<OrgSuggestion[]>();
    const { ports } = roundPorts({ laptopSuggestOrgs: vi.fn(() => slow.promise) });
    const round = new LaptopRound(testQuestions(), "María", ports);
    const before = formOf(round);
    before.typeName(0, "Igl");
    await round.notMe();
    expect(ports.laptopLeaveSeat).toHaveBeenCalled();
    expect(round.step.kind).toBe("welcome");
    slow.resolve([church]);
    await slow.promise;
    expect(before.suggestions.items).toEqual([]);
    // The next member's form starts empty.
    Object.assign(welcomeOf(round).values, { first: "María", last: "Hernández", factKind: "zip", fact: "60608" });
    vi.mocked(ports.laptopSuggestOrgs).mockResolvedValue([]);
    await round.identify();
    const next = formOf(round);
    expect(next).not.toBe(before);
    expect(next.values).toEqual(emptyMember());
    expect(next.suggestions.items).toEqual([]);
  });

  it("goes on with the member at the keyboard after a reload", () => {
    const { ports } = roundPorts();
    expect(formOf(new LaptopRound(testQuestions(), "Ana", ports)).name).toBe("Ana");
  });
});

describe("who a member says they are", () => {
  it("needs both names and a fact that reads as the kind picked", () => {
    const ok = { first: "Ana", last: "Ruiz", factKind: "phone" as const, fact: "(312) 555-0100" };
    expect(checkWho(ok)).toEqual({});
    expect(Object.keys(checkWho({ ...ok, fact: "01" }))).toEqual(["fact"]);
    expect(checkWho({ ...ok, factKind: "zip", fact: "6060" }).fact).toMatch(/5 numbers/);
    expect(checkWho({ ...ok, factKind: "zip", fact: "60608-1234" })).toEqual({});
    expect(checkWho({ ...ok, factKind: "house", fact: "12B" })).toEqual({});
    expect(checkWho({ ...ok, factKind: "email", fact: "ana@" }).fact).toMatch(/email/);
    expect(Object.keys(checkWho({ ...ok, first: " ", last: "" })).sort()).toEqual(["first", "last"]);
  });

  it("asks someone joining for a fact their record can keep: a whole phone number, a street address", () => {
    const ok = { ...emptyWho(), first: "Lucía", last: "Fuentes" };
    expect(checkWho({ ...ok, factKind: "phone", fact: "0147" })).toEqual({});
    expect(checkWho({ ...ok, factKind: "phone", fact: "0147" }, true).fact).toMatch(/whole phone number/);
    expect(checkWho({ ...ok, factKind: "phone", fact: "(312) 555-0147" }, true)).toEqual({});
    expect(checkWho({ ...ok, factKind: "house", fact: "2417" }, true).fact).toMatch(/number and the street/);
    expect(checkWho({ ...ok, factKind: "house", fact: "2417 S Kedzie Ave" }, true)).toEqual({});
    expect(checkWho({ ...ok, factKind: "house", fact: "12B 5th St" }, true)).toEqual({});
    expect(checkWho({ ...ok, factKind: "zip", fact: "60623" }, true)).toEqual({});
  });

  it("keeps what the member typed when they go on to join, asking for the rest there", async () => {
    const { ports } = roundPorts();
    const round = new LaptopRound(testQuestions(), null, ports);
    Object.assign(welcomeOf(round).values, { first: "Cy", last: "Ortiz", factKind: "phone", fact: "0147" });
    round.joinAsNew();
    await round.join();
    expect(ports.laptopJoin).not.toHaveBeenCalled();
    if (round.step.kind !== "join") throw new Error("still joining");
    expect(round.step.who.values.fact).toBe("0147");
    expect(round.step.who.errorFor("fact")).toMatch(/whole phone number/);
  });

  it("is looked up as one name with tidy spaces, and the fact as typed", () => {
    const values = { first: " José ", last: " García  López", factKind: "phone" as const, fact: " 0100 " };
    expect(fullName(values)).toBe("José García López");
    expect(factSent(values)).toBe("0100");
  });
});

describe("the passphrase", () => {
  it("is chosen the first time: long enough, and typed the same twice", () => {
    const values = { lockedBy: "Rosa", passphrase: "tamales", again: "tamales" };
    expect(checkLock(values, true).passphrase).toMatch(/at least 8/);
    expect(checkLock({ ...values, passphrase: "tamales y café", again: "tamales y cafe" }, true).again).toMatch(/not the same/);
    expect(checkLock({ ...values, passphrase: "tamales y café", again: "tamales y café" }, true)).toEqual({});
    // Later it is only typed, once: the backend says whether it is the chapter's.
    expect(checkLock({ lockedBy: " ", passphrase: "x", again: "" }, false)).toEqual({ locked_by: expect.stringMatching(/name/) });
  });

  it("changes with the current one and a new one typed twice", () => {
    expect(Object.keys(checkChange({ current: "", next: "short", again: "short" })).sort()).toEqual(["new_passphrase", "passphrase"]);
    expect(checkChange({ current: "old one!", next: "second one", again: "second one" })).toEqual({});
  });

  it("shows the backend's refusals beside their fields", () => {
    const lock = new LockDraft("Rosa", false);
    lock.values.passphrase = "wrong one";
    expect(lock.submit()).toEqual({ passphrase: "wrong one", lockedBy: "Rosa" });
    lock.serverError = toAppError(refused("passphrase", "that is not the chapter's passphrase"));
    expect(lock.errorFor("passphrase")).toBe("That is not the chapter's passphrase.");
    expect(lock.formError).toBeNull();

    const change = new ChangeDraft();
    change.serverError = toAppError(refused("new_passphrase", "a passphrase needs at least 8 characters"));
    expect(change.errorFor("new_passphrase")).toMatch(/at least 8/);

    const unlock = new UnlockDraft();
    expect(unlock.submit()).toBeNull();
    expect(unlock.errorFor("passphrase")).toMatch(/passphrase/);
  });
});

describe("Laptop", () => {
  function laptopPorts(over: Partial<LaptopPorts> = {}): LaptopPorts {
    const status = testStatus({ lock: { has_passphrase: false, locked: false, locked_by: null, locked_at: null } });
    return {
      laptopStatus: vi.fn(async () => status),
      lockLaptop: vi.fn(async (_p: string, by: string) => {
        status.lock = { has_passphrase: true, locked: true, locked_by: by, locked_at: "2026-12-06T18:00:00Z" };
        return status.lock;
      }),
      unlockLaptop: vi.fn(async (passphrase: string) => {
        if (passphrase !== "tamales y café") throw toAppError(refused("passphrase", "that is not the chapter's passphrase"));
        status.lock = { has_passphrase: true, locked: false, locked_by: null, locked_at: null };
        return status.lock;
      }),
      changeLaptopPassphrase: vi.fn(async () => status.lock),
      ...over,
    };
  }

  it("tells at start whether the app is locked, and locks and opens with the passphrase", async () => {
    const ports = laptopPorts();
    const laptop = new Laptop(ports);
    expect(await laptop.check()).toBe(false);
    expect(laptop.hasPassphrase).toBe(false);
    await laptop.lockWith("tamales y café", "Rosa");
    expect(ports.lockLaptop).toHaveBeenCalledWith("tamales y café", "Rosa");
    expect(laptop.locked).toBe(true);
    expect(laptop.status?.chapter_name).toBe("Eastside Neighbors");
    await expect(laptop.unlock("wrong one")).rejects.toThrow(/passphrase/);
    expect(laptop.locked).toBe(true);
    await laptop.unlock("tamales y café");
    expect(laptop.locked).toBe(false);
  });

  it("stays locked when the members' screens cannot be fetched, saying why", async () => {
    const ports = laptopPorts();
    const laptop = new Laptop(ports);
    vi.mocked(ports.laptopStatus).mockRejectedValue({ kind: "database", message: "disk full", details: null });
    await laptop.lockWith("tamales y café", "Rosa");
    expect(laptop.locked).toBe(true);
    expect(laptop.statusError?.message).toBe("disk full");
  });
});
