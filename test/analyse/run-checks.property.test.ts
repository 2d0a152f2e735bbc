import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/analyse/run-checks.js";
import type { MergedEvent } from "../../src/merge/merge-events.js";
import { FlagSchema } from "../../src/model/chronology.js";
import { daniel, event, liam, mia, sarah, timeline } from "./timeline.js";

const people = [liam, mia, sarah, daniel];
const days = [
  "2018-01-05",
  "2018-03-20",
  "2018-04-24",
  "2018-06-07",
  "2018-07-16",
  "2018-09-26",
  "2018-10-31",
  "2019-01-10",
];
const texts: [string, string][] = [
  ["Health Visiting", "Home visit. Mum and Liam seen."],
  ["GP", "WNB for imms."],
  ["Police", "Domestic. PRICE punched SJ. Liam present. Both drunk."],
  ["GP", "Low mood, depression."],
  ["Children's Social Care", "CIN home visit. Mother seen."],
  ["Children's Social Care", "Case closed."],
  ["Housing", "Moved to new address, no forwarding address."],
  ["Health Visiting", "Mum says partner Danny has moved in."],
  ["Emergency Department", "Fall from sofa per mother. Bruise to forehead."],
];
const groups = [[liam, sarah], [liam], [sarah], [liam, sarah, daniel], [mia, sarah], [daniel]];

const anEvent = fc
  .tuple(fc.constantFrom(...days), fc.constantFrom(...texts), fc.constantFrom(...groups))
  .map(([day, [agency, text], who]) => event(day, agency, text, who));

describe("runChecks (properties)", () => {
  it("returns valid, sorted flags citing only the events and people it was given, without mutating them", () => {
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 25 }), (list: MergedEvent[]) => {
        const events = timeline(...list);
        const copy = structuredClone(events);
        const flags = runChecks(events, [liam, mia], { people });
        const ids = new Set(events.map((e) => e.event.id));
        const personIds = new Set(people.map((p) => p.id));
        for (const flag of flags) {
          FlagSchema.parse(flag);
          expect(flag.events.every((id) => ids.has(id))).toBe(true);
          expect(flag.people.every((id) => personIds.has(id))).toBe(true);
          expect(flag.message).not.toMatch(/undefined|NaN|Invalid/);
        }
        const kinds = flags.map((f) => f.kind);
        expect(kinds).toEqual([...kinds].sort());
        expect(events).toEqual(copy);
        expect(runChecks(events, [liam, mia], { people })).toEqual(flags);
      }),
      { numRuns: 60 },
    );
  });
});
