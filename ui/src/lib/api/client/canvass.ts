// Canvassing: doors from a list or the people records, canvasses cut into turfs, the walk
// sheets, what happened at each door (entered in the order of the paper), and the summary.
import type { AssessmentId, CanvassId, DoorId, PersonId, TurfId } from "../types/ids";
import type {
  Canvass,
  CanvassInput,
  CanvassView,
  CutInput,
  DoorAdded,
  DoorContact,
  DoorsFromPeople,
  DoorsImported,
  FoundDoors,
  PrintedFile,
  ResultInput,
  TypedDoor,
  WalkSheetsRequest,
} from "../types";
import { t } from "../../i18n/locale.svelte";
import { call } from "./call";

/** Every canvass, the latest day first. */
export function listCanvasses(): Promise<Canvass[]> {
  return call("list_canvasses", {});
}

export function createCanvass(input: CanvassInput): Promise<Canvass> {
  return call("create_canvass", { input });
}

/** A canvass with its turfs, every door in walking order and the summary so far. */
export function getCanvass(id: CanvassId): Promise<CanvassView> {
  return call("get_canvass", { id });
}

/** Asks for a VAN export or a voter file and reads its doors; null when cancelled. */
export function importDoors(): Promise<DoorsImported | null> {
  return call("import_doors", {
    title: t("canvass-import-dialog-title"),
    filter: t("canvass-import-dialog-filter"),
  });
}

/** Doors from the people records: everyone with a street address. */
export function doorsFromPeopleRecords(): Promise<DoorsFromPeople> {
  return call("doors_from_people_records", {});
}

export function countDoors(): Promise<number> {
  return call("count_doors", {});
}

/** Takes a needs assessment's survey to the canvass's doors (null: none); refused once needs are entered. */
export function carryCanvassSurvey(canvass: CanvassId, assessment: AssessmentId | null): Promise<CanvassView> {
  return call("carry_canvass_survey", { canvass, assessment });
}

/** Cuts the canvass's doors into turfs in walking order (refused once results are in). */
export function cutTurfs(canvass: CanvassId, input: CutInput): Promise<CanvassView> {
  return call("cut_turfs", { canvass, input });
}

export function recordDoorResult(canvass: CanvassId, door: DoorId, input: ResultInput): Promise<CanvassView> {
  return call("record_door_result", { canvass, door, input });
}

/** "Not home" at every door of the building still without a result, in one entry. */
export function notHomeBuilding(canvass: CanvassId, door: DoorId): Promise<CanvassView> {
  return call("not_home_building", { canvass, door });
}

/** Someone new met at a door, with just a name, and the door's result naming them. */
export function newPersonAtDoor(
  canvass: CanvassId,
  door: DoorId,
  name: string,
  input: ResultInput,
): Promise<CanvassView> {
  return call("new_person_at_door", { canvass, door, name, input });
}

/** Every turf's cover and walk sheets as one packet, into the print folder. */
export function printWalkSheets(request: WalkSheetsRequest): Promise<PrintedFile> {
  return call("print_walk_sheets", { request });
}

/** How the canvass went, in all and turf by turf, into the print folder. */
export function printCanvassSummary(request: WalkSheetsRequest): Promise<PrintedFile> {
  return call("print_canvass_summary", { request });
}

/** Who walks a turf (a pair, by name), and in which shift; blank clears. */
export function assignTurf(
  canvass: CanvassId,
  turf: TurfId,
  canvassers: string | null,
  shift: string | null,
): Promise<CanvassView> {
  return call("assign_turf", { canvass, turf, canvassers, shift });
}

/** What happened when the chapter knocked on someone's door, for their record. */
export function personDoorContacts(person: PersonId): Promise<DoorContact[]> {
  return call("person_door_contacts", { person });
}

/** The chapter's doors whose number, street or ZIP code hold every word typed, in house order. */
export function findDoors(typed: string, limit: number): Promise<FoundDoors> {
  return call("find_doors", { typed, limit });
}

/** Someone went back to a door on the list to go back to: it leaves the list. */
export function wentBackToDoor(canvass: CanvassId, door: DoorId): Promise<CanvassView> {
  return call("went_back_to_door", { canvass, door });
}

/** "Not home" at every door of the block (its street, its hundred) without a result, in one entry. */
export function notHomeBlock(canvass: CanvassId, door: DoorId): Promise<CanvassView> {
  return call("not_home_block", { canvass, door });
}

/** A door typed in by hand, with the names known there. */
export function addDoor(typed: TypedDoor): Promise<DoorAdded> {
  return call("add_door", { typed });
}
