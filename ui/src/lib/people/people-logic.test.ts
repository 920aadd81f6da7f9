import { describe, expect, it } from "vitest";
import { ladderChangeId, oneOnOneId, personId } from "../test-ids";
import { ALL_SLOTS, availabilityGrid, slotKey, slotLabel, slotsFromKeys } from "./availability";
import { displayName, noName, shownName } from "./display-name";
import { heldByOnly, organizersOf, sortFollowUps } from "./follow-ups";
import { direction, latestFirst, nextLevelUp, validateLevelChange } from "./ladder";
import { listKeydown } from "./list-keys";
import { followUpState, newestFirst, oneOnOneInput, validateOneOnOne } from "./one-on-one";
import { rememberedOrganizer, rememberOrganizer } from "./organizer";
import { activeFilterCount, asksForEveryone, buildPeopleQuery, noFilters } from "./people-query";
import {
  addressLines,
  caregivingText,
  childrenText,
  onMembershipList,
  optOuts,
  workLines,
} from "./person-record";
import { followUp, oneOnOne, person, summary } from "./test-people";

describe("shownName", () => {
  it("is never blank", () => {
    expect(shownName("Rosa Delgado")).toBe("Rosa Delgado");
    expect(shownName("  ")).toBe(noName());
    expect(shownName(null)).toBe("(no name)");
  });
});

describe("displayName", () => {
  it("uses the preferred name instead of the first name", () => {
    expect(displayName({ first_name: "Guadalupe", last_name: "Ortiz", preferred_name: "Lupe" })).toBe(
      "Lupe Ortiz",
    );
  });

  it("falls back to the first name when no preferred name is set or it is blank", () => {
    expect(displayName({ first_name: "Rosa", last_name: "Delgado", preferred_name: null })).toBe(
      "Rosa Delgado",
    );
    expect(displayName({ first_name: "Rosa", last_name: "Delgado", preferred_name: "  " })).toBe(
      "Rosa Delgado",
    );
  });

  it("leaves out a missing part without stray spaces", () => {
    expect(displayName({ first_name: " Tam ", last_name: "", preferred_name: null })).toBe("Tam");
    expect(displayName({ first_name: "", last_name: "Nguyen", preferred_name: null })).toBe("Nguyen");
  });
});

describe("availability", () => {
  it("has 21 slots in week order", () => {
    expect(ALL_SLOTS).toHaveLength(21);
    expect(slotKey(ALL_SLOTS[0])).toBe("mon-morning");
    expect(slotKey(ALL_SLOTS[20])).toBe("sun-evening");
  });

  it("labels slots for people", () => {
    expect(slotLabel({ day: "mon", part: "morning" })).toBe("Monday morning");
    expect(slotLabel({ day: "sun", part: "evening" })).toBe("Sunday evening");
  });

  it("maps slots onto a grid of days down and parts of the day across", () => {
    const grid = availabilityGrid([
      { day: "sat", part: "morning" },
      { day: "mon", part: "evening" },
    ]);
    expect(grid.map((row) => row.day)).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    expect(grid.every((row) => row.cells.length === 3)).toBe(true);
    const free = grid.flatMap((row) => row.cells.filter((c) => c.available).map((c) => c.label));
    expect(free).toEqual(["Monday evening", "Saturday morning"]);
    expect(grid[0].cells.map((c) => c.available)).toEqual([false, false, true]);
  });

  it("turns keys back into slots in week order, once each, ignoring nonsense", () => {
    expect(slotsFromKeys(["sun-evening", "mon-morning", "mon-morning", "xyz"])).toEqual([
      { day: "mon", part: "morning" },
      { day: "sun", part: "evening" },
    ]);
  });
});

describe("buildPeopleQuery", () => {
  it("sends empty filters as null and trims text", () => {
    expect(buildPeopleQuery("  rosa ", noFilters())).toEqual({
      text: "rosa",
      membership_status: null,
      ladder_level: null,
      needs_childcare: null,
      language: null,
      tag: null,
      zip: null,
      limit: 200,
    });
  });

  it("sends the filters that are set", () => {
    const query = buildPeopleQuery("", {
      membershipStatus: "lapsed",
      ladderLevel: "volunteer",
      needsChildcare: true,
      language: " Spanish ",
      tag: "tenant union",
      zip: "60608",
    });
    expect(query).toMatchObject({
      membership_status: "lapsed",
      ladder_level: "volunteer",
      needs_childcare: true,
      language: "Spanish",
      tag: "tenant union",
      zip: "60608",
    });
  });

  it("counts the filters in use", () => {
    expect(activeFilterCount(noFilters())).toBe(0);
    expect(activeFilterCount({ ...noFilters(), zip: "  " })).toBe(0);
    expect(activeFilterCount({ ...noFilters(), zip: "606", needsChildcare: true })).toBe(2);
  });
});

describe("one-on-ones", () => {
  const today = "2026-03-10";
  const values = {
    heldOn: "2026-03-03",
    heldBy: "Marcus",
    story: "  Night shift at the hospital. ",
    caresAbout: "",
    agreedTo: "",
    nextStep: "Call about the rent meeting",
    followUpOn: "2026-03-17",
  };

  it("accepts a complete conversation", () => {
    expect(validateOneOnOne(values, today)).toEqual({});
  });

  it("needs a real date that has come, and who held it", () => {
    expect(validateOneOnOne({ ...values, heldOn: "03/03/2026" }, today).held_on).toBeDefined();
    expect(validateOneOnOne({ ...values, heldOn: "2026-02-30" }, today).held_on).toBeDefined();
    expect(validateOneOnOne({ ...values, heldOn: "2026-03-11" }, today).held_on).toMatch(/not come/);
    expect(validateOneOnOne({ ...values, heldBy: " " }, today).held_by).toBeDefined();
  });

  it("wants the follow-up after the conversation, or none", () => {
    expect(validateOneOnOne({ ...values, followUpOn: "" }, today)).toEqual({});
    expect(validateOneOnOne({ ...values, followUpOn: "2026-03-01" }, today).follow_up_on).toMatch(
      /after/,
    );
    expect(validateOneOnOne({ ...values, followUpOn: "soon" }, today).follow_up_on).toBeDefined();
  });

  it("sends trimmed text and blanks as null", () => {
    expect(oneOnOneInput(personId("p-1"), values)).toEqual({
      person_id: "p-1",
      held_on: "2026-03-03",
      held_by: "Marcus",
      story: "Night shift at the hospital.",
      cares_about: null,
      agreed_to: null,
      next_step: "Call about the rent meeting",
      follow_up_on: "2026-03-17",
    });
  });

  it("lists the newest conversation first", () => {
    const list = newestFirst([
      oneOnOne({ id: oneOnOneId("a"), held_on: "2026-01-05" }),
      oneOnOne({ id: oneOnOneId("b"), held_on: "2026-03-01", created_at: "2026-03-01T10:00:00Z" }),
      oneOnOne({ id: oneOnOneId("c"), held_on: "2026-03-01", created_at: "2026-03-01T12:00:00Z" }),
    ]);
    expect(list.map((o) => o.id)).toEqual(["c", "b", "a"]);
  });

  it("says where each follow-up stands", () => {
    expect(followUpState(oneOnOne(), today)).toBe("none");
    expect(followUpState(oneOnOne({ follow_up_on: "2026-03-09" }), today)).toBe("overdue");
    expect(followUpState(oneOnOne({ follow_up_on: "2026-03-10" }), today)).toBe("due");
    expect(
      followUpState(oneOnOne({ follow_up_on: "2026-03-01", follow_up_done: true }), today),
    ).toBe("done");
  });
});

describe("follow-ups", () => {
  const list = [
    followUp({ one_on_one_id: oneOnOneId("1"), person_name: "Tam Nguyen", follow_up_on: "2026-03-09", held_by: "Marcus" }),
    followUp({ one_on_one_id: oneOnOneId("2"), person_name: "ana Ruiz", follow_up_on: "2026-03-02", held_by: "Dee", overdue: true }),
    followUp({ one_on_one_id: oneOnOneId("3"), person_name: "Bo Li", follow_up_on: "2026-03-09", held_by: "marcus " }),
  ];

  it("puts the oldest first, then sorts by name", () => {
    expect(sortFollowUps(list).map((f) => f.one_on_one_id)).toEqual(["2", "3", "1"]);
  });

  it("lists each organizer once, alphabetically", () => {
    expect(organizersOf(list)).toEqual(["Dee", "Marcus"]);
  });

  it("narrows to one organizer in any capitalisation", () => {
    expect(heldByOnly(list, "Marcus").map((f) => f.one_on_one_id)).toEqual(["1", "3"]);
    expect(heldByOnly(list, null)).toHaveLength(3);
  });
});

describe("ladder", () => {
  const levels = [
    { key: "attendee", name: "Attendee", rank: 2, renamed: false },
    { key: "contact", name: "Contact", rank: 1, renamed: false },
    { key: "volunteer", name: "Volunteer", rank: 3, renamed: false },
  ];

  it("finds the next rung up", () => {
    expect(nextLevelUp(levels, "contact")?.key).toBe("attendee");
    expect(nextLevelUp(levels, "volunteer")).toBeNull();
    expect(nextLevelUp(levels, "unknown")).toBeNull();
  });

  it("refuses a change to the same level, and one without a name", () => {
    const errors = validateLevelChange({ level: "contact", reason: "", changedBy: "" }, "contact");
    expect(errors.level).toMatch(/already/);
    expect(errors.changed_by).toBeDefined();
    expect(validateLevelChange({ level: "volunteer", reason: "", changedBy: "Dee" }, "contact")).toEqual(
      {},
    );
  });

  it("tells moves up from moves down, latest first", () => {
    const change = (id: string, from: string | null, to: string, at: string) => ({
      id: ladderChangeId(id),
      from_level: from,
      to_level: to,
      changed_by: "Dee",
      reason: null,
      changed_at: at,
    });
    const history = [
      change("a", null, "contact", "2026-01-01T00:00:00Z"),
      change("b", "contact", "volunteer", "2026-03-01T00:00:00Z"),
      change("c", "volunteer", "attendee", "2026-02-01T00:00:00Z"),
    ];
    expect(latestFirst(history).map((c) => c.id)).toEqual(["b", "c", "a"]);
    expect(history.map((c) => direction(levels, c))).toEqual(["start", "up", "down"]);
  });
});

describe("remembered organizer", () => {
  it("keeps the last name typed, trimmed, and ignores blanks", () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    expect(rememberedOrganizer(store)).toBe("");
    rememberOrganizer("  Marcus ", store);
    rememberOrganizer("   ", store);
    expect(rememberedOrganizer(store)).toBe("Marcus");
  });

  it("copes with storage that refuses", () => {
    const store = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(() => rememberOrganizer("Marcus", store)).not.toThrow();
    expect(rememberedOrganizer(store)).toBe("");
    expect(rememberedOrganizer(null)).toBe("");
  });
});

describe("asksForEveryone", () => {
  it("is true only with no text and no filters", () => {
    expect(asksForEveryone(buildPeopleQuery("  ", noFilters()))).toBe(true);
    expect(asksForEveryone(buildPeopleQuery("a", noFilters()))).toBe(false);
    expect(asksForEveryone(buildPeopleQuery("", { ...noFilters(), tag: "x" }))).toBe(false);
  });
});

describe("listKeydown", () => {
  function setup(selectedId: string | null) {
    const rows = ["a", "b", "c"].map((id) => summary(id));
    const selected = rows.find((r) => r.id === selectedId) ?? null;
    const chosen: Array<{ id: string; focus?: boolean }> = [];
    const target = {
      list: {
        people: rows,
        selected,
        neighbour: (delta: number) => {
          const from = selected ? rows.indexOf(selected) : delta > 0 ? -1 : rows.length;
          return rows[Math.max(0, Math.min(rows.length - 1, from + delta))] ?? null;
        },
      },
      select: (id: string, options: { focus?: boolean } = {}) => chosen.push({ id, ...options }),
    };
    return { target, chosen };
  }

  const key = (name: string) => {
    const event = { key: name, altKey: false, ctrlKey: false, metaKey: false, prevented: false };
    return Object.assign(event, { preventDefault: () => (event.prevented = true) });
  };

  it("moves the selection with the arrows", () => {
    const { target, chosen } = setup("a");
    const down = key("ArrowDown");
    listKeydown(down, target);
    expect(chosen).toEqual([{ id: "b" }]);
    expect(down.prevented).toBe(true);
  });

  it("jumps a page with Page Up and Page Down, in the search box too", () => {
    const { target, chosen } = setup("a");
    const pageDown = key("PageDown");
    listKeydown(pageDown, target);
    expect(chosen).toEqual([{ id: "c" }]);
    expect(pageDown.prevented).toBe(true);
    const last = setup("c");
    listKeydown(key("PageUp"), last.target, { inList: true });
    expect(last.chosen).toEqual([{ id: "a" }]);
  });

  it("opens the selected person, or the first one, with Enter", () => {
    const one = setup("b");
    listKeydown(key("Enter"), one.target);
    expect(one.chosen).toEqual([{ id: "b", focus: true }]);
    const none = setup(null);
    listKeydown(key("Enter"), none.target);
    expect(none.chosen).toEqual([{ id: "a", focus: true }]);
  });

  it("jumps to the ends only inside the list, so the search box keeps Home and End", () => {
    const inBox = setup("b");
    const home = key("Home");
    listKeydown(home, inBox.target);
    expect(inBox.chosen).toEqual([]);
    expect(home.prevented).toBe(false);
    const inList = setup("b");
    listKeydown(key("End"), inList.target, { inList: true });
    listKeydown(key("Home"), inList.target, { inList: true });
    expect(inList.chosen.map((c) => c.id)).toEqual(["c", "a"]);
  });

  it("leaves other keys and shortcuts alone", () => {
    const { target, chosen } = setup("a");
    listKeydown({ ...key("ArrowDown"), ctrlKey: true }, target);
    listKeydown(key("x"), target);
    expect(chosen).toEqual([]);
  });
});

describe("the record in words", () => {
  it("lists the ways not to reach someone, in order", () => {
    expect(optOuts(person())).toEqual([]);
    expect(optOuts(person({ do_not_email: true, do_not_call: true }))).toEqual([
      "Do not call",
      "Do not email",
    ]);
  });

  it("puts the address on two lines and leaves out what is missing", () => {
    expect(addressLines(person().address)).toEqual(["1432 W Cermak Rd, 2F", "Chicago, IL 60608"]);
    expect(addressLines({ street: null, unit: null, city: null, state: "IL", zip: "60608" })).toEqual([
      "IL 60608",
    ]);
    expect(addressLines({ street: null, unit: null, city: null, state: null, zip: null })).toEqual([]);
  });

  it("says where someone works and studies, a line each", () => {
    expect(workLines(person())).toEqual(["Works at St. Anthony Hospital"]);
    expect(
      workLines(person({ union_name: "SEIU", union_local: "Local 73", workplace: null, is_student: true })),
    ).toEqual(["SEIU, Local 73", "Student"]);
    expect(workLines(person({ union_name: "SEIU", workplace: "" }))).toEqual(["SEIU"]);
  });

  it("counts children and says who they care for", () => {
    expect(childrenText(0)).toBe("No children");
    expect(childrenText(1)).toBe("1 child");
    expect(childrenText(3)).toBe("3 children");
    const r = person().responsibilities;
    expect(caregivingText(r)).toBeNull();
    expect(caregivingText({ ...r, cares_for_adult: true })).toBe("Cares for an adult");
    expect(caregivingText({ ...r, cares_for_adult: true, caregiving_note: "her mother" })).toBe(
      "Cares for an adult: her mother",
    );
  });

  it("knows whether the national list says anything about someone", () => {
    const membership = person().membership;
    expect(onMembershipList(membership)).toBe(false);
    expect(onMembershipList({ ...membership, status: "lapsed" })).toBe(true);
  });
});
