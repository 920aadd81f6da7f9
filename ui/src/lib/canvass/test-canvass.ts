// Invented canvasses, doors and a pretend canvassing backend for the Canvassing area's tests.
import { vi } from "vitest";
import type {
  AssessmentId,
  Canvass,
  CanvassId,
  CanvassInput,
  CanvassView,
  CutInput,
  DoorId,
  DoorQuestions,
  DoorResult,
  IpcError,
  Resident,
  ResultInput,
  Tally,
  Turf,
  TurfId,
  WalkDoor,
} from "../api/types";
import { said } from "../grants/test-grants";
import { assessmentId, canvassId, doorId, personId, residentId, turfId } from "../test-ids";
import { DOOR_RESULTS } from "./door-results";
import type { OpenCanvassPorts } from "./open-canvass.svelte";
import type { EntryPorts } from "./results-entry.svelte";

export function canvass(id = "c-1", over: Partial<Canvass> = {}): Canvass {
  return {
    id: canvassId(id),
    fields: { name: "Eastside tenants, spring", held_on: "2026-03-07", script: null, literature: null, assessment: null },
    turfs: 0,
    doors: 0,
    is_sample: false,
    ...over,
  };
}

export function resident(id: string, over: Partial<Resident> = {}): Resident {
  return {
    id: residentId(id),
    name: `Resident ${id}`,
    person_id: null,
    language: null,
    member: false,
    last_contact: null,
    do_not_contact: false,
    ...over,
  };
}

/** A door on sheet `turf` at place `order` of its walk, nobody known there unless told. */
export function walkDoor(
  id: string,
  turf: string,
  order: number,
  over: {
    address?: string;
    residents?: Resident[];
    result?: DoorResult | null;
    notes?: string | null;
    needs?: string[];
    wantsInvolved?: boolean;
  } = {},
): WalkDoor {
  return {
    door: {
      door: doorId(id),
      turf_id: turfId(turf),
      turf: `Turf ${turf}`,
      order,
      address: over.address ?? `${100 + order} Larch Ct`,
      result: over.result ?? null,
      resident: null,
      notes: over.notes ?? null,
      wants_involved: over.wantsInvolved ?? false,
      needs: over.needs ?? [],
    },
    residents: over.residents ?? [],
  };
}

export function tallyOf(doors: readonly WalkDoor[]): Tally {
  const knocked = doors.filter((d) => d.door.result !== null);
  const talked = knocked.filter((d) => d.door.result === "talked").length;
  return {
    doors: doors.length,
    knocked: knocked.length,
    conversations: talked,
    results: DOOR_RESULTS.map((r) => [r, knocked.filter((d) => d.door.result === r).length]),
    contact_rate: knocked.length === 0 ? null : Math.round((talked * 100) / knocked.length),
  };
}

export type Assigned = Pick<Turf, "canvassers" | "shift">;

/**
 * What a canvass carrying the needs assessment "a-1" asks at its doors: five needs, numbered
 * as the walk sheet prints them (housing 1, health 2, work 3, care 4, food 5).
 */
export function doorSurvey(): DoorQuestions {
  const needs: [string, string, string][] = [
    ["housing", "Housing and rent", "Vivienda y renta"],
    ["health", "Health care", "Atención médica"],
    ["work", "Work and wages", "Trabajo y salarios"],
    ["care", "Childcare", "Cuidado de niños"],
    ["food", "Food", "Comida"],
  ];
  return {
    assessment: assessmentId("a-1"),
    name: "Eastside spring 2026",
    question: { en: "What are your top three needs?", es: "¿Cuáles son sus tres necesidades principales?" },
    needs: needs.map(([key, en, es], index) => ({ number: index + 1, key, text: { en, es } })),
    asks_to_meet: true,
  };
}

/**
 * The view of a canvass holding these doors, its turfs (T1, T2, …) made from them, asking
 * `survey` at its doors, walked by whoever `assigned` names; the doors in `goneBack` are off
 * the list to go back to.
 */
export function viewOf(
  base: Canvass,
  doors: readonly WalkDoor[],
  newContacts = 0,
  survey: DoorQuestions | null = null,
  assigned: ReadonlyMap<TurfId, Assigned> = new Map(),
  goneBack: ReadonlySet<DoorId> = new Set(),
): CanvassView {
  const turfIds = [...new Set(doors.map((d) => d.door.turf_id))];
  const turfs: Turf[] = turfIds.map((id, index) => ({
    id,
    position: index + 1,
    name: "Larch Ct",
    doors: doors.filter((d) => d.door.turf_id === id).length,
    canvassers: assigned.get(id)?.canvassers ?? null,
    shift: assigned.get(id)?.shift ?? null,
  }));
  return {
    canvass: { ...base, turfs: turfs.length, doors: doors.length },
    turfs,
    doors: [...doors],
    summary: {
      turfs: turfs.map((turf) => ({
        turf_id: turf.id,
        position: turf.position,
        name: turf.name,
        tally: tallyOf(doors.filter((d) => d.door.turf_id === turf.id)),
      })),
      all: tallyOf(doors),
      new_contacts: newContacts,
      wants_involved: 0,
      forms: 0,
      needs: [],
    },
    survey,
    go_back: doors
      .filter((d) => (d.door.result === "come_back" || d.door.wants_involved) && !goneBack.has(d.door.door))
      .map((d) => ({
        door: d.door.door,
        sheet: turfs.find((t) => t.id === d.door.turf_id)?.position ?? 1,
        order: d.door.order,
        address: d.door.address,
        come_back: d.door.result === "come_back",
        wants_involved: d.door.wants_involved,
        who: null,
        person: null,
        notes: d.door.notes,
      })),
  };
}

export function refused(kind: IpcError["kind"], field: string | null, id: string, text: string): IpcError {
  return {
    kind,
    message: text,
    details: null,
    field,
    reason: field ? text : null,
    said: said(id, text),
    refused: field ? { field: said(`field-${field}`, field), reason: said(id, text) } : null,
  };
}

/** The building a door is in: its address without the unit. */
function building(address: string): string {
  return address.replace(/\s+Unit\s+\S+$/i, "");
}

/** Refuses needs as the backend does: only with a survey, when they talked, its keys, three at most. */
function checkNeeds(survey: DoorQuestions | null, input: ResultInput): void {
  if (input.needs.length === 0) return;
  const refuse = (id: string, text: string) => {
    throw refused("invalid_input", "needs", id, text);
  };
  if (!survey) refuse("canvass-needs-no-survey", "this canvass carries no needs survey: choose one for it first");
  if (input.result !== "talked") {
    refuse("canvass-needs-without-talk", "needs are written only where someone talked with you");
  }
  const stray = input.needs.find((key) => !survey?.needs.some((need) => need.key === key));
  if (stray) refuse("answer-not-a-choice", `“${stray}” is not one of the question's choices`);
  if (new Set(input.needs).size > 3) refuse("answer-top-three-too-many", "three needs at most");
}

/** A result as the fake backend's calls list it: "record d-1 talked by r-1 "words" needs housing,food wants in". */
function described(input: ResultInput): string {
  return [
    input.result,
    input.resident ? ` by ${input.resident}` : "",
    input.notes ? ` "${input.notes}"` : "",
    input.needs.length > 0 ? ` needs ${input.needs.join(",")}` : "",
    input.wants_involved ? " wants in" : "",
  ].join("");
}

/**
 * A pretend backend holding canvasses and their doors in memory, answering as the real one
 * does (in part): results replace one another (their needs too), a building's doors without a
 * result go "not home" together, cutting is refused once a result is in (and forgets who
 * walked the old turfs), needs are refused without a survey or a conversation. `failFor`
 * makes a door's result fail.
 */
export function fakeCanvassBackend(
  held: { canvass: Canvass; doors: WalkDoor[]; survey?: DoorQuestions | null }[] = [],
) {
  const canvasses = new Map(
    held.map((h) => [
      h.canvass.id,
      {
        ...h,
        doors: [...h.doors],
        newContacts: 0,
        survey: h.survey ?? null,
        assigned: new Map<TurfId, Assigned>(),
      },
    ]),
  );
  const calls: string[] = [];
  const failFor = new Set<DoorId>();
  const goneBack = new Set<DoorId>();
  let made = 0;
  const find = (id: CanvassId) => {
    const found = canvasses.get(id);
    if (!found) throw refused("not_found", null, "error-not-found", `canvass ${id} was not found`);
    return found;
  };
  const view = (id: CanvassId) => {
    const c = find(id);
    return viewOf(c.canvass, c.doors, c.newContacts, c.survey, c.assigned, goneBack);
  };
  const setResult = (id: CanvassId, door: DoorId, input: ResultInput) => {
    const c = find(id);
    c.doors = c.doors.map((d) =>
      d.door.door === door
        ? {
            ...d,
            door: {
              ...d.door,
              result: input.result,
              resident: input.resident,
              notes: input.notes,
              wants_involved: input.wants_involved,
              needs: [...input.needs],
            },
          }
        : d,
    );
  };
  const ports: OpenCanvassPorts & EntryPorts & { listCanvasses: () => Promise<Canvass[]> } & {
    createCanvass: (input: CanvassInput) => Promise<Canvass>;
  } = {
    listCanvasses: vi.fn(async () => [...canvasses.values()].map((c) => viewOf(c.canvass, c.doors).canvass)),
    createCanvass: vi.fn(async (input: CanvassInput) => {
      if (input.name.trim() === "") {
        throw refused("invalid_input", "name", "canvass-name-missing", "give the canvass a name");
      }
      const made_ = canvass(`c-new-${++made}`, { fields: input });
      const survey = input.assessment ? doorSurvey() : null;
      canvasses.set(made_.id, { canvass: made_, doors: [], newContacts: 0, survey, assigned: new Map() });
      calls.push(`create ${input.name}${input.assessment ? ` carrying ${input.assessment}` : ""}`);
      return made_;
    }),
    getCanvass: vi.fn(async (id: CanvassId) => view(id)),
    cutTurfs: vi.fn(async (id: CanvassId, input: CutInput) => {
      const c = find(id);
      const entered = c.doors.filter((d) => d.door.result !== null).length;
      if (entered > 0) {
        throw refused(
          "conflict",
          null,
          "canvass-turfs-have-results",
          `results are entered for ${entered} doors of this canvass: its turfs stay as they were printed`,
        );
      }
      calls.push(`cut ${input.doors_per_turf} ${input.zip ?? "-"} ${input.street ?? "-"}`);
      c.assigned = new Map();
      c.doors = Array.from({ length: input.doors_per_turf + 2 }, (_, i) =>
        walkDoor(`d-${i + 1}`, i < input.doors_per_turf ? "t-1" : "t-2", (i % input.doors_per_turf) + 1),
      );
      return view(id);
    }),
    assignTurf: vi.fn(async (id: CanvassId, turf: TurfId, canvassers: string | null, shift: string | null) => {
      const c = find(id);
      if (!c.doors.some((d) => d.door.turf_id === turf)) {
        throw refused("not_found", null, "error-not-found", `turf ${turf} was not found`);
      }
      calls.push(`assign ${turf} ${canvassers ?? "-"} ${shift ?? "-"}`);
      c.assigned.set(turf, { canvassers, shift });
      return view(id);
    }),
    recordDoorResult: vi.fn(async (id: CanvassId, door: DoorId, input: ResultInput) => {
      if (failFor.has(door)) throw refused("database", null, "error-database", "The database is busy.");
      checkNeeds(find(id).survey, input);
      calls.push(`record ${door} ${described(input)}`);
      setResult(id, door, input);
      return view(id);
    }),
    notHomeBuilding: vi.fn(async (id: CanvassId, door: DoorId) => {
      const c = find(id);
      const at = c.doors.find((d) => d.door.door === door);
      if (!at) throw refused("invalid_input", "door", "canvass-door-not-on-walk", "that door is on none of this canvass's turfs");
      calls.push(`building ${door}`);
      const place = building(at.door.address);
      c.doors = c.doors.map((d) =>
        building(d.door.address) === place && d.door.result === null
          ? { ...d, door: { ...d.door, result: "not_home" as const } }
          : d,
      );
      return view(id);
    }),
    notHomeBlock: vi.fn(async (id: CanvassId, door: DoorId) => {
      const c = find(id);
      const at = c.doors.find((d) => d.door.door === door);
      if (!at) throw refused("invalid_input", "door", "canvass-door-not-on-walk", "that door is on none of this canvass's turfs");
      calls.push(`block ${door}`);
      const hundred = (address: string) => `${Math.floor(parseInt(address, 10) / 100)} ${address.replace(/^\S+\s+/, "").replace(/\s+Unit\s+\S+$/i, "")}`;
      const block = hundred(at.door.address);
      c.doors = c.doors.map((d) =>
        hundred(d.door.address) === block && d.door.turf_id === at.door.turf_id && d.door.result === null
          ? { ...d, door: { ...d.door, result: "not_home" as const } }
          : d,
      );
      return view(id);
    }),
    newPersonAtDoor: vi.fn(async (id: CanvassId, door: DoorId, name: string, input: ResultInput) => {
      if (name.trim() === "") {
        throw refused("invalid_input", "name", "canvass-new-person-nameless", "write the name of the person met at the door");
      }
      const c = find(id);
      checkNeeds(c.survey, input);
      const marks = input.needs.length > 0 || input.wants_involved ? `: ${described(input)}` : "";
      calls.push(`new ${name} at ${door}${marks}`);
      const who = resident(`r-new-${name}`, { name, person_id: personId(`p-${name}`) });
      c.doors = c.doors.map((d) => (d.door.door === door ? { ...d, residents: [...d.residents, who] } : d));
      c.newContacts += 1;
      setResult(id, door, { ...input, resident: who.id });
      return view(id);
    }),
    wentBackToDoor: vi.fn(async (id: CanvassId, door: DoorId) => {
      const c = find(id);
      const at = c.doors.find((d) => d.door.door === door);
      if (!at || goneBack.has(door) || (at.door.result !== "come_back" && !at.door.wants_involved)) {
        throw refused("invalid_input", "door", "canvass-nothing-to-go-back-to", "that door is not on the list to go back to");
      }
      calls.push(`went back ${door}`);
      goneBack.add(door);
      return view(id);
    }),
    carryCanvassSurvey: vi.fn(async (id: CanvassId, assessment: AssessmentId | null) => {
      const c = find(id);
      calls.push(`survey ${assessment ?? "none"}`);
      c.canvass = { ...c.canvass, fields: { ...c.canvass.fields, assessment } };
      return view(id);
    }),
  };
  return { ports, calls, failFor, canvasses };
}
