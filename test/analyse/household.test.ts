import { describe, expect, it } from "vitest";
import { householdOf, isMemberAt, membersAt } from "../../src/analyse/household.js";
import { daniel, event, liam, person, sarah, timeline } from "./timeline.js";

const gp = person("Dr A Patel", { sex: "male", roles: ["gp"], agencies: ["GP"] });
const day = (d: string) => Date.parse(`${d}T12:00:00Z`);

describe("householdOf", () => {
  it("keeps a parent throughout and never a professional", () => {
    const events = timeline(event("2018-01-05", "GP", "Liam seen with mum.", [liam, sarah, gp]));
    const stays = householdOf(liam, { events, people: [liam, sarah, gp] });
    expect(stays.map((s) => [s.person, s.basis])).toEqual([[sarah.id, "family-role"]]);
    expect(membersAt(stays, day("2030-01-01"))).toEqual([sarah.id]);
  });

  it("adds a man from a 'moves in' record naming him, and ends the stay when he leaves", () => {
    const events = timeline(
      event("2018-01-05", "Health Visiting", "Mum and Liam seen.", [liam, sarah]),
      event("2018-06-07", "Health Visiting", "Mum says partner 'Danny' has moved in.", [liam, sarah]),
      event("2018-07-24", "Health Visiting", "Mum says Dan 'gone for good'. Liam seen.", [liam, sarah]),
    );
    const stays = householdOf(liam, { events, people: [liam, sarah, daniel] });
    const his = stays.filter((s) => s.person === daniel.id);
    expect(his).toHaveLength(1);
    expect(his[0]).toMatchObject({ basis: "moved-in", from: day("2018-06-07"), to: day("2018-07-24") });
    expect(membersAt(stays, day("2018-07-01"))).toContain(daniel.id);
    expect(membersAt(stays, day("2018-08-01"))).not.toContain(daniel.id);
  });

  it("counts a partner co-mentioned with the child between first and last co-mention", () => {
    const events = timeline(
      event("2018-06-23", "Police", "Domestic. Liam seen.", [liam, sarah, daniel]),
      event("2018-11-17", "Police", "Domestic. Liam seen.", [liam, sarah, daniel]),
    );
    const stays = householdOf(liam, { events, people: [liam, sarah, daniel] });
    expect(stays.find((s) => s.person === daniel.id)).toMatchObject({
      basis: "co-mentioned",
      from: day("2018-06-23"),
    });
    expect(membersAt(stays, day("2019-06-01"))).not.toContain(daniel.id);
  });

  it("does not count someone with no family role named once with the child", () => {
    const neighbour = person("Mr John Smith", { sex: "male", agencies: ["Police"] });
    const events = timeline(
      event("2018-06-23", "Police", "Neighbour called police.", [liam, sarah, neighbour]),
    );
    const stays = householdOf(liam, { events, people: [liam, sarah, neighbour] });
    expect(stays.map((s) => s.person)).toEqual([sarah.id]);
  });
});

describe("isMemberAt", () => {
  it("answers as membersAt does, for every person and instant around a stay", () => {
    const events = timeline(
      event("2018-01-05", "Health Visiting", "Mum and Liam seen.", [liam, sarah]),
      event("2018-06-07", "Health Visiting", "Mum says partner 'Danny' has moved in.", [liam, sarah]),
      event("2018-07-24", "Health Visiting", "Mum says Dan 'gone for good'. Liam seen.", [liam, sarah]),
    );
    const stays = householdOf(liam, { events, people: [liam, sarah, daniel] });
    const instants = [
      day("2018-01-01"),
      day("2018-06-07"),
      day("2018-07-01"),
      day("2018-07-24"),
      day("2019-01-01"),
    ];
    for (const at of instants)
      for (const id of [liam.id, sarah.id, daniel.id])
        expect(isMemberAt(stays, id, at)).toBe(membersAt(stays, at).includes(id));
    expect(isMemberAt(stays, daniel.id, day("2018-07-01"))).toBe(true);
    expect(isMemberAt(stays, daniel.id, day("2018-08-01"))).toBe(false);
  });
});
