import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/analyse/run-checks.js";
import { daniel, event, liam, sarah, timeline } from "./timeline.js";

const people = [liam, sarah, daniel];
const events = timeline(
  event("2018-01-05", "Health Visiting", "Home visit. Mum and Liam seen.", [liam, sarah]),
  event("2018-03-20", "GP", "12 month imms. WNB.", [liam]),
  event("2018-04-11", "GP", "Low mood. Depression.", [sarah]),
  event("2018-04-24", "GP", "12 month imms. DNA.", [liam]),
  event("2018-07-16", "Police", "Domestic. PRICE punched SJ. Liam seen. Both intoxicated.", [
    sarah,
    daniel,
    liam,
  ]),
  event("2018-09-26", "Children's Social Care", "CIN home visit. Mother seen.", [sarah, liam]),
);

describe("runChecks", () => {
  it("runs every check and sorts the flags by kind, start, then evidence", () => {
    const flags = runChecks(events, [liam], { people });
    const kinds = flags.map((f) => f.kind);
    expect(kinds).toEqual([...kinds].sort());
    expect(new Set(kinds)).toEqual(
      new Set([
        "child-not-seen",
        "missing-men",
        "not-shared",
        "off-radar",
        "risk-combination",
        "was-not-brought",
      ]),
    );
    for (const flag of flags) {
      expect(flag.message).toMatch(/^[A-Z0-9"].*\.$/);
      expect(flag.events.length).toBeGreaterThan(0);
    }
  });

  it("passes each check its own options", () => {
    const flags = runChecks(events, [liam], {
      people,
      riskCombination: { label: "trilogy of risk" },
      wasNotBrought: { flagDnaWording: false, minMissed: 3 },
    });
    expect(flags.find((f) => f.kind === "risk-combination")!.message).toContain('"trilogy of risk"');
    expect(flags.filter((f) => f.kind === "was-not-brought")).toEqual([]);
  });

  it("gives the same flags whatever order the people come in, and does not mutate its input", () => {
    const copy = structuredClone(events);
    const a = runChecks(events, [liam], { people });
    const b = runChecks(events, [liam], { people: [...people].reverse() });
    expect(b).toEqual(a);
    expect(events).toEqual(copy);
  });
});
