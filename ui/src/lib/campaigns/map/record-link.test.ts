import { describe, expect, it, vi } from "vitest";
import type { NodeKind } from "../../api/types";
import { detail as orgDetail, organization } from "../../orgs/test-orgs";
import { detail as personDetail } from "../../people/test-people";
import { orgId, personId } from "../../test-ids";
import { nodeInput, nodeValues } from "./forms";
import { openLinked } from "./open-linked";
import { linkOf, recordKindFor, withLink } from "./record-link";
import { RecordNames } from "./record-names.svelte";
import { node } from "./test-map";

const rosa = { kind: "person", id: personId("p-rosa") } as const;
const union = { kind: "organization", id: orgId("o-union") } as const;

describe("the record a node stands for", () => {
  it("is a person for a person, and an organization for every other kind", () => {
    const kinds: NodeKind[] = ["person", "organization", "government", "business", "media", "other"];
    expect(kinds.map(recordKindFor)).toEqual([
      "person",
      "organization",
      "organization",
      "organization",
      "organization",
      "organization",
    ]);
  });

  it("is read from the node and written back, one record at most", () => {
    const fields = node("n", { organization_id: union.id }).fields;
    expect(linkOf(fields)).toEqual(union);
    expect(withLink(fields, rosa)).toMatchObject({ person_id: "p-rosa", organization_id: null });
    expect(linkOf(withLink(fields, null))).toBeNull();
  });

  it("goes when the form makes the node a kind that cannot stand for it", () => {
    const person = node("n", { person_id: rosa.id });
    expect(nodeInput(person, { ...nodeValues(person), kind: "government" }).person_id).toBeNull();
    expect(nodeInput(person, { ...nodeValues(person), label: "Rosa D." }).person_id).toBe("p-rosa");
    const org = node("o", { kind: "organization", organization_id: union.id });
    expect(nodeInput(org, { ...nodeValues(org), kind: "business" }).organization_id).toBe("o-union");
    expect(nodeInput(org, { ...nodeValues(org), kind: "person" }).organization_id).toBeNull();
  });

  it("opens in People, or in the directory", () => {
    const areas = { people: { select: vi.fn() }, orgs: { openInDirectory: vi.fn() }, navigation: { go: vi.fn() } };
    openLinked(rosa, areas);
    expect(areas.people.select).toHaveBeenCalledWith("p-rosa", { focus: true });
    expect(areas.navigation.go).toHaveBeenLastCalledWith("people");
    openLinked(union, areas);
    expect(areas.orgs.openInDirectory).toHaveBeenCalledWith("o-union");
    expect(areas.navigation.go).toHaveBeenLastCalledWith("orgs");
  });
});

describe("the names of the records", () => {
  function names() {
    const ports = {
      getPerson: vi.fn(async () => personDetail({ first_name: "Rosa", preferred_name: "Rosie", last_name: "Delgado" })),
      getOrg: vi.fn(async () => orgDetail({ organization: organization({ id: union.id }) })),
    };
    return { records: new RecordNames(ports), ports };
  }

  it("are fetched once each, as the records call them", async () => {
    const { records, ports } = names();
    expect(records.name(rosa)).toBeNull();
    await records.load(rosa);
    await records.load(rosa);
    await records.load(union);
    expect(records.name(rosa)).toBe("Rosie Delgado");
    expect(records.name(union)).toBe("Eastside Tenants United");
    expect(ports.getPerson).toHaveBeenCalledTimes(1);
  });

  it("are not fetched when the picker said them", async () => {
    const { records, ports } = names();
    records.remember(rosa, "Rosa Delgado");
    await records.load(rosa);
    expect(records.name(rosa)).toBe("Rosa Delgado");
    expect(ports.getPerson).not.toHaveBeenCalled();
  });

  it("say why one could not be fetched, and try again next time", async () => {
    const { records, ports } = names();
    ports.getOrg.mockRejectedValueOnce({ kind: "not_found", message: "That organization is not in the directory.", details: null });
    await records.load(union);
    expect(records.name(union)).toBeNull();
    expect(records.error(union)?.message).toBe("That organization is not in the directory.");
    await records.load(union);
    expect(records.name(union)).toBe("Eastside Tenants United");
    expect(records.error(union)).toBeNull();
  });
});
