import { describe, expect, it } from "vitest";
import { missingMenCheck } from "../../src/analyse/missing-men.js";
import { daniel, event, liam, person, sarah, timeline } from "./timeline.js";

const unknownMale = person("Unnamed unknown male", {
  sex: "male",
  roles: ["unknown male"],
  agencies: ["Police"],
  text: "unknown male",
});
const gp = person("Dr A Patel", { sex: "male", roles: ["gp"], agencies: ["GP"] });
const grandmother = person("Carol Jones", { sex: "female", roles: ["grandmother"], agencies: ["Police"] });

describe("missingMenCheck", () => {
  it("fires on an unknown male with no name, no DOB, known to one agency", () => {
    const events = timeline(
      event("2017-08-19", "Police", "Domestic (verbal). Male not identified.", [sarah, liam, unknownMale]),
    );
    const flags = missingMenCheck({ events, subjects: [liam], people: [liam, sarah, unknownMale] });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.people[0]).toBe(unknownMale.id);
    expect(flags[0]!.message).toBe(
      'A man recorded only as "unknown male" has no name, has no date of birth recorded, is known to only one agency (Police) and is in the household of Liam Jones from 19 Aug 2017 but no children\'s social care or health visiting record shows him seen, assessed or checked.',
    );
  });

  it("never fires for a professional or a woman", () => {
    const events = timeline(
      event("2018-03-06", "GP", "Liam seen. Chest clear.", [liam, gp]),
      event("2018-03-07", "Police", "Nan reports concerns.", [grandmother, liam]),
    );
    expect(missingMenCheck({ events, subjects: [liam], people: [liam, gp, grandmother] })).toEqual([]);
  });

  it("fires on a man in the household whom children's social care never sees", () => {
    const events = timeline(
      event("2018-06-23", "Police", "Domestic - verbal. Liam in bedroom, seen.", [sarah, daniel, liam]),
      event(
        "2018-07-22",
        "Children's Social Care",
        "Home visit. Mother seen. Liam seen. Mr Price not present, not spoken to.",
        [sarah, liam],
      ),
    );
    const flags = missingMenCheck({ events, subjects: [liam], people: [liam, sarah, daniel] });
    expect(flags.map((f) => f.message)).toEqual([
      "Daniel Price (partner) is in the household of Liam Jones from 23 Jun 2018 but no children's social care or health visiting record shows him seen, assessed or checked.",
    ]);
  });

  it("does not fire when children's social care records the man as seen", () => {
    const events = timeline(
      event("2018-06-23", "Police", "Domestic - verbal. Liam seen.", [sarah, daniel, liam]),
      event(
        "2018-07-22",
        "Children's Social Care",
        "Home visit. Daniel Price seen and spoken to. Liam seen.",
        [sarah, daniel, liam],
      ),
    );
    expect(missingMenCheck({ events, subjects: [liam], people: [liam, sarah, daniel] })).toEqual([]);
  });

  it("fires when a man moves in and no check of him follows within 30 days", () => {
    const movesIn = event(
      "2018-06-07",
      "Health Visiting",
      "Mum says partner 'Danny' has moved in, at work today (not seen).",
      [liam, sarah],
    );
    const events = timeline(
      event("2018-01-10", "Health Visiting", "Home visit. Mum and Liam seen.", [liam, sarah]),
      movesIn,
      event("2018-08-20", "Children's Social Care", "Visit. Daniel Price seen, PNC checks completed.", [
        daniel,
        sarah,
      ]),
    );
    const flags = missingMenCheck({ events, subjects: [liam], people: [liam, sarah, daniel] });
    const moved = flags.filter((f) => f.events[0] === movesIn.event.id);
    expect(moved.map((f) => f.message)).toEqual([
      "Daniel Price (partner) moved in, as recorded on 7 Jun 2018 (Health Visiting), and no children's social care or health visiting record shows him seen, assessed or checked within 30 days.",
    ]);
    const checkedSoon = timeline(
      events[0]!,
      movesIn,
      event("2018-06-20", "Children's Social Care", "Visit. Daniel Price seen, PNC checks completed.", [
        daniel,
        sarah,
      ]),
    );
    expect(missingMenCheck({ events: checkedSoon, subjects: [liam], people: [liam, sarah, daniel] })).toEqual(
      [],
    );
  });

  it("fires when an unnamed man moves in", () => {
    const events = timeline(
      event("2018-01-10", "Health Visiting", "Home visit. Mum and Liam seen.", [liam, sarah]),
      event("2018-02-10", "Health Visiting", "Mum's new boyfriend has moved in. He was out.", [liam, sarah]),
    );
    const flags = missingMenCheck({ events, subjects: [liam], people: [liam, sarah] });
    expect(flags.map((f) => f.message)).toEqual([
      "A man moved in, as recorded on 10 Feb 2018 (Health Visiting), but the record does not name him, so no check of him can follow.",
    ]);
  });

  it("quotes the name a narrative gives a man no return lists", () => {
    const events = timeline(
      event("2018-01-10", "Health Visiting", "Home visit. Mum and Liam seen.", [liam, sarah]),
      event("2018-02-10", "Health Visiting", "Mum says her new boyfriend 'Jay' has moved in.", [liam, sarah]),
    );
    expect(
      missingMenCheck({ events, subjects: [liam], people: [liam, sarah] }).map((f) => f.message),
    ).toEqual([
      'A man recorded only as "Jay" moved in, as recorded on 10 Feb 2018 (Health Visiting); no return names him among its people, so no check of him can follow.',
    ]);
  });

  it("matches a man the narrative names in full to the person a return lists, and words the flag from him", () => {
    const jason = person("Jason Reid", { dob: "1990-05-05", agencies: ["Police"] });
    const events = timeline(
      event("2018-02-10", "Health Visiting", "Mum says new boyfriend Jason Reid has moved in.", [
        liam,
        sarah,
      ]),
      event("2018-05-20", "Police", "Jason Reid arrested for drug supply.", [jason]),
    );
    const flags = missingMenCheck({ events, subjects: [liam], people: [liam, sarah, jason] });
    expect(flags.map((f) => [f.people[0], f.message])).toEqual([
      [
        jason.id,
        "Jason Reid moved in, as recorded on 10 Feb 2018 (Health Visiting), and no children's social care or health visiting record shows him seen, assessed or checked within 30 days.",
      ],
    ]);
  });

  it("takes a check of the matched man within 30 days, and matches a first name by the family's surname", () => {
    const lee = person("Lee Jones", { dob: "1988-01-01", agencies: ["Police"] });
    const otherLee = person("Lee Smith", { dob: "1970-01-01", agencies: ["Police"] });
    const movesIn = event("2018-02-10", "Health Visiting", "Mum says her new boyfriend Lee has moved in.", [
      liam,
      sarah,
    ]);
    const people = [liam, sarah, lee, otherLee];
    expect(
      missingMenCheck({ events: timeline(movesIn), subjects: [liam], people }).map((f) => f.people[0]),
    ).toEqual([lee.id]);
    const check = event("2018-02-20", "Children's Social Care", "Home visit. Lee Jones seen and spoken to.", [
      liam,
      sarah,
      lee,
    ]);
    expect(
      missingMenCheck({ events: timeline(movesIn, check), subjects: [liam], people }).filter((f) =>
        f.message.includes("moved in"),
      ),
    ).toEqual([]);
  });

  it("says a named man cannot be matched when several people the returns list share his name", () => {
    const reid1 = person("Jason Reid", { dob: "1990-05-05", agencies: ["Police"] });
    const reid2 = { ...person("Jason Reid", { dob: "1972-03-03", agencies: ["GP"] }), id: "p-jason-reid-2" };
    const events = timeline(
      event("2018-02-10", "Health Visiting", "New boyfriend Jason Reid has moved in.", [liam, sarah]),
    );
    expect(
      missingMenCheck({ events, subjects: [liam], people: [liam, sarah, reid1, reid2] })
        .filter((f) => f.events.length === 1)
        .map((f) => f.message),
    ).toEqual([
      'A man recorded as "Jason Reid" moved in, as recorded on 10 Feb 2018 (Health Visiting); he cannot be matched with certainty to anyone the returns list by that name, so no check of him can be traced.',
    ]);
  });

  it("does not mutate its input", () => {
    const events = timeline(event("2017-08-19", "Police", "Domestic.", [sarah, liam, unknownMale]));
    const copy = structuredClone(events);
    missingMenCheck({ events, subjects: [liam], people: [liam, sarah, unknownMale] });
    expect(events).toEqual(copy);
  });
});
