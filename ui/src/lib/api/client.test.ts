import { beforeEach, describe, expect, it, vi } from "vitest";
import { connectionsResponseId, meetingId, oneOnOneId, orgContactId, orgId, orgMergeId, personId, tieId } from "../test-ids";

const invoke = vi.fn();

// A stand-in for Tauri's Channel: records the handler so a test can push progress through it.
class FakeChannel<T> {
  onmessage: (message: T) => void = () => {};
}

vi.mock("@tauri-apps/api/core", () => ({ invoke, Channel: FakeChannel }));

const client = await import("./client");
const { AppError } = await import("./errors");

beforeEach(() => {
  invoke.mockReset();
});

describe("client", () => {
  it("gathers every area's functions, and not the helpers they share", async () => {
    const areas = import.meta.glob<Record<string, unknown>>(["./client/*.ts", "!./client/call.ts"]);
    const names = (await Promise.all(Object.values(areas).map((load) => load()))).flatMap(Object.keys);
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(client).sort()).toEqual([...names].sort());
    expect(client).not.toHaveProperty("call");
  });

  it("calls the snake_case command with camelCase arguments", async () => {
    invoke.mockResolvedValue(undefined);
    await client.cancelJob("job-1");
    expect(invoke).toHaveBeenCalledWith("cancel_job", { jobId: "job-1" });
  });

  it("passes the laptop's multi-word arguments in camelCase, as Tauri names them", async () => {
    invoke.mockResolvedValue(null);
    await client.lockLaptop("tamales y café", "Rosa");
    expect(invoke).toHaveBeenCalledWith("lock_laptop", { passphrase: "tamales y café", lockedBy: "Rosa" });
    await client.changeLaptopPassphrase("tamales y café", "second one");
    expect(invoke).toHaveBeenCalledWith("change_laptop_passphrase", {
      current: "tamales y café",
      newPassphrase: "second one",
    });
    await client.laptopJoin("Ana", "Ruiz", "60608");
    expect(invoke).toHaveBeenCalledWith("laptop_join", { firstName: "Ana", lastName: "Ruiz", fact: "60608" });
    await client.laptopIdentify("Ana Ruiz", "0100");
    expect(invoke).toHaveBeenCalledWith("laptop_identify", { name: "Ana Ruiz", fact: "0100" });
    await client.laptopSuggestOrgs("Igl");
    expect(invoke).toHaveBeenCalledWith("laptop_suggest_orgs", { typed: "Igl" });
    await client.laptopLeaveSeat();
    expect(invoke).toHaveBeenCalledWith("laptop_leave_seat", undefined);
  });

  it("passes the settings under the `settings` key", async () => {
    const settings = {
      name: "Eastside",
      paper_size: "letter" as const,
      print_languages: ["en" as const],
      time_zone: "America/Chicago",
    };
    invoke.mockResolvedValue({ settings, database_path: "/d.sqlite", is_sample: false });
    const status = await client.saveSettings(settings);
    expect(invoke).toHaveBeenCalledWith("save_settings", { settings });
    expect(status.settings?.name).toBe("Eastside");
  });

  it("rejects with an AppError when the backend rejects with an IpcError", async () => {
    invoke.mockRejectedValue({ kind: "invalid_input", message: "Name is empty.", details: null });
    const failure = await client.chapterStatus().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as InstanceType<typeof AppError>).kind).toBe("invalid_input");
    expect((failure as InstanceType<typeof AppError>).message).toBe("Name is empty.");
  });

  it("rejects with an internal AppError when the backend rejects with a string", async () => {
    invoke.mockRejectedValue("command list_backups not found");
    const failure = await client.listBackups().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as InstanceType<typeof AppError>).kind).toBe("internal");
  });

  it("hands a progress channel to backup_to and forwards its messages", async () => {
    const seen: number[] = [];
    invoke.mockImplementation(async (_command: string, args: Record<string, unknown>) => {
      const channel = args.onProgress as FakeChannel<{ done: number; total: number }>;
      channel.onmessage({ done: 1, total: 4 });
      channel.onmessage({ done: 4, total: 4 });
      return { path: "/b.sqlite", file_name: "b.sqlite", created_at: "", size_bytes: 1 };
    });
    const entry = await client.backupTo("/b.sqlite", "job-2", (p) => seen.push(p.done));
    expect(invoke.mock.calls[0][0]).toBe("backup_to");
    expect(invoke.mock.calls[0][1]).toMatchObject({ dest: "/b.sqlite", jobId: "job-2" });
    expect(seen).toEqual([1, 4]);
    expect(entry.file_name).toBe("b.sqlite");
  });

  it("sends restore_from with source, jobId and a channel", async () => {
    invoke.mockResolvedValue({ settings: null, database_path: "/d", is_sample: false });
    await client.restoreFrom("/old.sqlite", "job-3", () => {});
    const [command, args] = invoke.mock.calls[0];
    expect(command).toBe("restore_from");
    expect(args.source).toBe("/old.sqlite");
    expect(args.jobId).toBe("job-3");
    expect(args.onProgress).toBeInstanceOf(FakeChannel);
  });

  it("sends import_people with path, jobId and a channel, forwarding progress", async () => {
    const seen: string[] = [];
    const report = {
      format: "national-list",
      read_as: "CSV",
      rows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
      folded: 0,
      skipped: [],
      lapsed: [],
      renewed: [],
      unknown_columns: [],
    };
    invoke.mockImplementation(async (_command: string, args: Record<string, unknown>) => {
      const channel = args.onProgress as FakeChannel<{ done: number; total: number; message: string }>;
      channel.onmessage({ done: 0, total: 2, message: "rows" });
      channel.onmessage({ done: 2, total: 2, message: "rows" });
      return report;
    });
    const answer = await client.importPeople("/lists/june.csv", "job-4", (p) =>
      seen.push(`${p.done}/${p.total} ${p.message}`),
    );
    const [command, args] = invoke.mock.calls[0];
    expect(command).toBe("import_people");
    expect(args).toMatchObject({ path: "/lists/june.csv", jobId: "job-4" });
    expect(args.onProgress).toBeInstanceOf(FakeChannel);
    expect(seen).toEqual(["0/2 rows", "2/2 rows"]);
    expect(answer).toEqual(report);
  });

  it("sends the people commands with their camelCase arguments", async () => {
    invoke.mockResolvedValue(null);
    const query = {
      text: "rosa",
      membership_status: null,
      ladder_level: null,
      tag: null,
      language: null,
      needs_childcare: null,
      zip: null,
      limit: 200,
    };
    await client.searchPeople(query);
    await client.getPerson(personId("p-1"));
    await client.completeFollowUp(oneOnOneId("o-1"));
    await client.followUps(null);
    await client.followUps("Marcus");
    await client.ladderLevels();
    await client.renameLadderLevel("leader", "Anchor");
    await client.setLadderLevel(personId("p-1"), "volunteer", "Dee", null);
    expect(invoke.mock.calls).toEqual([
      ["search_people", { query }],
      ["get_person", { id: "p-1" }],
      ["complete_follow_up", { oneOnOneId: "o-1" }],
      ["follow_ups", { heldBy: null }],
      ["follow_ups", { heldBy: "Marcus" }],
      ["ladder_levels", undefined],
      ["rename_ladder_level", { key: "leader", name: "Anchor" }],
      ["set_ladder_level", { personId: "p-1", level: "volunteer", changedBy: "Dee", reason: null }],
    ]);
  });

  it("sends the duplicate commands with their camelCase arguments", async () => {
    invoke.mockResolvedValue(null);
    const request = {
      keep: personId("p-1"),
      merge: personId("p-2"),
      take_from_merged: ["name" as const, "address" as const],
      merged_by: "Dee",
    };
    await client.findDuplicates();
    await client.comparePeople(personId("p-1"), personId("p-2"));
    await client.mergePeople(request);
    await client.markNotDuplicates(personId("p-1"), personId("p-3"), "Dee");
    expect(invoke.mock.calls).toEqual([
      ["find_duplicates", undefined],
      ["compare_people", { a: "p-1", b: "p-2" }],
      ["merge_people", { request }],
      ["mark_not_duplicates", { a: "p-1", b: "p-3", decidedBy: "Dee" }],
    ]);
  });

  it("turns a refused merge into an AppError naming the field", async () => {
    invoke.mockRejectedValue({
      kind: "invalid_input",
      message: "merged_by: say who is merging these records",
      details: null,
      field: "merged_by",
    });
    const failure = await client
      .mergePeople({ keep: personId("p-1"), merge: personId("p-2"), take_from_merged: [], merged_by: " " })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as InstanceType<typeof AppError>).field).toBe("merged_by");
  });

  it("sends person and one-on-one input under `input`", async () => {
    invoke.mockResolvedValue(null);
    const input = { person_id: personId("p-1"), held_on: "2026-03-03", held_by: "Dee", story: null,
      cares_about: null, agreed_to: null, next_step: null, follow_up_on: null };
    await client.logOneOnOne(input);
    expect(invoke).toHaveBeenLastCalledWith("log_one_on_one", { input });
  });
  it("sends the meeting commands with their camelCase arguments", async () => {
    invoke.mockResolvedValue(null);
    const input = {
      title: "Tenant meeting",
      starts_at: "2026-03-03T18:30",
      ends_at: null,
      place: null,
      childcare: true,
      interpretation: ["Spanish"],
      food: false,
      step_free: true,
      notes: null,
    };
    const attendee = {
      first_name: "Ana",
      last_name: "Ruiz",
      phone: null,
      email: null,
      zip: "60608",
      preferred_language: null,
      wants_childcare: false,
    };
    const request = { meeting_id: meetingId("m-1"), lang: "en+es" as const, paper: null, expected_names: true };
    await client.listMeetings();
    await client.createMeeting(input);
    await client.updateMeeting(meetingId("m-1"), input);
    await client.getMeeting(meetingId("m-1"));
    await client.matchAttendee(meetingId("m-1"), "ros");
    await client.recordAttendance(meetingId("m-1"), personId("p-1"));
    await client.addNewAttendee(meetingId("m-1"), attendee);
    await client.removeAttendance(meetingId("m-1"), personId("p-1"));
    await client.signInSummary(meetingId("m-1"));
    await client.printMeetingSignIn(request);
    expect(invoke.mock.calls).toEqual([
      ["list_meetings", undefined],
      ["create_meeting", { input }],
      ["update_meeting", { id: "m-1", input }],
      ["get_meeting", { id: "m-1" }],
      ["match_attendee", { meetingId: "m-1", text: "ros" }],
      ["record_attendance", { meetingId: "m-1", personId: "p-1" }],
      ["add_new_attendee", { meetingId: "m-1", attendee }],
      ["remove_attendance", { meetingId: "m-1", personId: "p-1" }],
      ["sign_in_summary", { meetingId: "m-1" }],
      ["print_meeting_sign_in", { request }],
    ]);
  });

  it("asks needs_form_pages with the survey being edited under `request`", async () => {
    const { testSurvey } = await import("../needs/survey-test-data");
    const request = { survey: testSurvey(), languages: ["en", "es"], paper: null };
    invoke.mockResolvedValue({ pages: 4, languages: ["en", "es"], paper: "letter" });
    const counted = await client.needsFormPages(request);
    expect(invoke).toHaveBeenCalledWith("needs_form_pages", { request });
    expect(counted.pages).toBe(4);
  });

  it("sends the organization commands with their camelCase arguments", async () => {
    invoke.mockResolvedValue(null);
    const input = {
      name: "Local 73",
      kind: "union" as const,
      area: null,
      street: null,
      city: null,
      state: null,
      zip: null,
      languages: [],
      website: null,
      phone: null,
      email: null,
      notes: null,
    };
    const contact = {
      kind: "meeting" as const,
      happened_on: "2026-03-02",
      summary: "Met",
      their_people: null,
      people: [personId("p-1")],
      next_step: null,
      next_step_due: null,
      logged_by: "Ana",
    };
    const tie = {
      person_id: personId("p-1"),
      organization_id: orgId("o-1"),
      role: "leader" as const,
      title: null,
      strength: 4,
      would_introduce: true,
    };
    const query = { text: "san", kind: null, relationship: null, area: null, limit: 300 };
    await client.searchOrgs(query);
    await client.orgAreas();
    await client.getOrg(orgId("o-1"));
    await client.createOrg(input, "ally", "Ana");
    await client.updateOrg(orgId("o-1"), input);
    await client.changeRelationship(orgId("o-1"), "partner", null, "Ana");
    await client.logOrgContact(orgId("o-1"), contact);
    await client.completeOrgNextStep(orgContactId("c-1"));
    await client.orgsToTend(6);
    await client.setTie(tie);
    await client.removeTie(tieId("t-1"));
    await client.tiesOfPerson(personId("p-1"));
    await client.connectionsRanking();
    await client.connectionsStartingPoints();
    await client.importOrgs("/lists/orgs.csv", "Ana");
    await client.orgDuplicates();
    await client.mergeOrgs(orgId("o-1"), orgId("o-2"), "Ana");
    await client.undoOrgMerge(orgMergeId("m-1"));
    await client.notSameOrgs(orgId("o-1"), orgId("o-2"), "Ana");
    await client.chooseListFile({ title: "Choose", filter: "Lists" });
    expect(invoke.mock.calls).toEqual([
      ["search_orgs", { query }],
      ["org_areas", undefined],
      ["get_org", { id: "o-1" }],
      ["create_org", { input, relationship: "ally", addedBy: "Ana" }],
      ["update_org", { id: "o-1", input }],
      ["change_relationship", { id: "o-1", relationship: "partner", reason: null, changedBy: "Ana" }],
      ["log_org_contact", { id: "o-1", input: contact }],
      ["complete_org_next_step", { contactId: "c-1" }],
      ["orgs_to_tend", { weeks: 6 }],
      ["set_tie", { input: tie }],
      ["remove_tie", { id: "t-1" }],
      ["ties_of_person", { person: "p-1" }],
      ["connections_ranking", undefined],
      ["connections_starting_points", undefined],
      ["import_orgs", { path: "/lists/orgs.csv", importedBy: "Ana" }],
      ["org_duplicates", {}],
      ["merge_orgs", { kept: "o-1", merged: "o-2", mergedBy: "Ana" }],
      ["undo_org_merge", { id: "m-1" }],
      ["not_same_orgs", { a: "o-1", b: "o-2", decidedBy: "Ana" }],
      ["choose_list_file", { title: "Choose", filter: "Lists" }],
    ]);
  });

  it("enters a filled connections form, lists the last ones and takes one back", async () => {
    invoke.mockResolvedValue([]);
    const input = {
      form: "42",
      person_id: personId("p-1"),
      language: "es",
      workplace: null,
      industry: null,
      union_name: null,
      ties: [{ organization_id: orgId("o-1"), role: "leader" as const, strength: 4, would_introduce: true, title: null }],
      answers: [],
      entered_by: "Rosa",
    };
    await client.enterConnectionsForm(input);
    await client.recentConnectionsForms();
    await client.takeBackConnectionsForm(connectionsResponseId("r-1"));
    expect(invoke.mock.calls).toEqual([
      ["enter_connections_form", { input }],
      ["recent_connections_forms", undefined],
      ["take_back_connections_form", { id: "r-1" }],
    ]);
  });

  it("sends the connections assessment's commands, forms as a long job with a channel", async () => {
    const seen: number[] = [];
    invoke.mockImplementation(async (command: string, args: Record<string, unknown> | undefined) => {
      if (command !== "print_connections_forms") return null;
      const channel = args?.onProgress as FakeChannel<{ done: number; total: number }>;
      channel.onmessage({ done: 2, total: 3 });
      return { path: "/print/connections-forms-K7QF.pdf", pages: 6, first: "K7QF-0001", last: "K7QF-0003" };
    });
    const request = { count: 3, languages: ["en", "es"], paper: null };
    await client.connectionsAssessment();
    const printed = await client.printConnectionsForms(request, "job-7", (p) => seen.push(p.done));
    await client.printStartingPoints({ lang: null, paper: "a4" });
    expect(invoke.mock.calls[0]).toEqual(["connections_assessment", undefined]);
    expect(invoke.mock.calls[1][0]).toBe("print_connections_forms");
    expect(invoke.mock.calls[1][1]).toMatchObject({ request, jobId: "job-7" });
    expect(invoke.mock.calls[1][1].onProgress).toBeInstanceOf(FakeChannel);
    expect(invoke.mock.calls[2]).toEqual(["print_starting_points", { request: { lang: null, paper: "a4" } }]);
    expect(seen).toEqual([2]);
    expect(printed.last).toBe("K7QF-0003");
  });

  it("saves the connections survey whole", async () => {
    const survey = {
      languages: ["en", "es"],
      title: { en: "Where we belong", es: "Dónde participamos" },
      intro: { en: "Hi", es: "Hola" },
      ties_prompt: { en: "One per line", es: "Una por línea" },
      rows: 6,
      questions: [],
    };
    await client.saveConnectionsSurvey(survey);
    expect(invoke).toHaveBeenCalledWith("save_connections_survey", { survey });
  });

  it("names the export dialog and its files in the screens' language", async () => {
    invoke.mockResolvedValue({ path: "/home/ana/organizations.csv", rows: 16, left_out: [] });
    const file = await client.exportOrgs("csv");
    expect(invoke).toHaveBeenCalledWith("export_orgs", {
      format: "csv",
      title: "Export organizations",
      filter: "CSV files",
    });
    expect(file?.rows).toBe(16);
  });
});
