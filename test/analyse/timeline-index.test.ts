import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencyEvents } from "../../src/analyse/check-input.js";
import {
  eventsNaming,
  eventsStartingIn,
  timelineIndex,
  unionInOrder,
} from "../../src/analyse/timeline-index.js";
import type { MergedEvent } from "../../src/merge/merge-events.js";
import { daniel, event, liam, mia, sarah, timeline } from "./timeline.js";

const everyone = [liam, mia, sarah, daniel];
const days = ["2018-01-05", "2018-01-06", "2018-02-01", "2018-03-15", "2019-01-01"];

/** A timeline of up to 30 events on a few days, naming any of four people, some notes or out of scope. */
const timelines = fc
  .array(
    fc.record({
      day: fc.constantFrom(...days),
      people: fc.subarray(everyone),
      note: fc.boolean(),
      outOfScope: fc.boolean(),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    timeline(
      ...rows.map((r) =>
        event(r.day, "GP", "Seen.", r.people, {
          category: r.note ? ["note"] : ["appointment"],
          outOfScope: r.outOfScope,
        }),
      ),
    ),
  );

const ids = fc.subarray(everyone.map((p) => p.id));
const bound = fc.constantFrom(...days.map((d) => Date.parse(`${d}T12:00:00Z`)), -Infinity, Infinity);

describe("timelineIndex", () => {
  it("holds the agency events in timeline order, each person's events in order", () => {
    fc.assert(
      fc.property(timelines, (events) => {
        const index = timelineIndex(events);
        expect(index.events).toEqual(agencyEvents(events));
        for (const p of everyone)
          expect(index.byPerson.get(p.id) ?? []).toEqual(
            agencyEvents(events).filter((e) => e.event.people.includes(p.id)),
          );
      }),
    );
  });

  it("indexes an array again when a caller has changed it since", () => {
    const events = timeline(event("2018-01-05", "GP", "Liam seen.", [liam]));
    expect(timelineIndex(events).byPerson.get(sarah.id)).toBeUndefined();
    events.push(event("2018-02-05", "GP", "Mum seen.", [sarah]));
    expect(timelineIndex(events).byPerson.get(sarah.id)).toHaveLength(1);
  });

  it("is built once per timeline array and does not change the timeline", () => {
    const events = timeline(event("2018-01-05", "GP", "Liam seen.", [liam]));
    const copy = structuredClone(events);
    expect(timelineIndex(events)).toBe(timelineIndex(events));
    expect(events).toEqual(copy);
  });
});

describe("eventsNaming", () => {
  it("gives the same events as filtering the timeline for any of the people", () => {
    fc.assert(
      fc.property(timelines, ids, (events, wanted) => {
        const naive = agencyEvents(events).filter((e) => e.event.people.some((id) => wanted.includes(id)));
        expect(eventsNaming(timelineIndex(events), wanted)).toEqual(naive);
      }),
    );
  });
});

describe("eventsStartingIn", () => {
  it("gives the same events as filtering the timeline by start", () => {
    fc.assert(
      fc.property(timelines, bound, bound, (events, after, until) => {
        const naive = agencyEvents(events).filter((e) => e.start > after && e.start <= until);
        expect(eventsStartingIn(timelineIndex(events), after, until)).toEqual(naive);
      }),
    );
  });

  it("filters an unsorted timeline instead of searching it", () => {
    const later = event("2019-01-01", "GP", "Seen.", [liam]);
    const earlier = event("2018-01-01", "GP", "Seen.", [liam]);
    const events: MergedEvent[] = [later, earlier];
    expect(
      eventsStartingIn(timelineIndex(events), Date.parse("2017-12-31"), Date.parse("2018-06-01")),
    ).toEqual([earlier]);
  });
});

describe("unionInOrder", () => {
  it("joins lists of the timeline's events, each once, in timeline order", () => {
    fc.assert(
      fc.property(timelines, ids, ids, (events, a, b) => {
        const index = timelineIndex(events);
        const first = index.events.filter((e) => e.event.people.some((id) => a.includes(id)));
        const second = index.events.filter((e) => e.event.people.some((id) => b.includes(id)));
        const naive = index.events.filter((e) => first.includes(e) || second.includes(e));
        expect(unionInOrder(index, [second, first])).toEqual(naive);
      }),
    );
  });
});
