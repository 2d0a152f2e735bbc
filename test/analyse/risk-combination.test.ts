import { describe, expect, it } from "vitest";
import { riskCombinationCheck } from "../../src/analyse/risk-combination.js";
import { daniel, event, liam, mia, sarah, timeline } from "./timeline.js";

const people = [liam, mia, sarah, daniel];
const family = event("2018-01-05", "Health Visiting", "Home visit. Mum and Liam seen.", [liam, sarah]);
const mentalHealth = event(
  "2018-04-11",
  "GP",
  "Low mood, anxiety since birth. Depression. Started sertraline.",
  [sarah],
);
const domestic = event("2018-07-16", "Police", "Domestic. SJ said PRICE punched her. Liam seen.", [
  sarah,
  daniel,
  liam,
]);
const substance = event("2018-09-10", "GP", "Uses cannabis most evenings to sleep.", [sarah]);

describe("riskCombinationCheck", () => {
  it("fires when domestic abuse, substance misuse and mental ill health are recorded within 12 months", () => {
    const events = timeline(family, mentalHealth, domestic, substance);
    const flags = riskCombinationCheck({ events, subjects: [liam], people });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: "risk-combination",
      start: "2018-04-11T12:00:00.000Z",
      people: [liam.id, daniel.id, sarah.id],
      events: [mentalHealth.event.id, domestic.event.id, substance.event.id],
    });
    expect(flags[0]!.message).toBe(
      'Domestic abuse, substance misuse and mental ill health (the "toxic trio") were all recorded for the household of Liam Jones within 12 months: domestic abuse 16 Jul 2018 (Police): "Domestic", "punched"; substance misuse 10 Sep 2018 (GP): "cannabis"; mental ill health 11 Apr 2018 (GP): "Low mood", "anxiety", "Depression".',
    );
  });

  it("words the combination with the label a partnership prefers", () => {
    const events = timeline(family, mentalHealth, domestic, substance);
    const [flag] = riskCombinationCheck({ events, subjects: [liam], people }, { label: "trilogy of risk" });
    expect(flag!.message).toContain('(the "trilogy of risk")');
    expect(flag!.message).not.toContain("toxic");
    const [plain] = riskCombinationCheck({ events, subjects: [liam], people }, { label: "" });
    expect(plain!.message).toMatch(
      /^Domestic abuse, substance misuse and mental ill health were all recorded/,
    );
  });

  it("reports two of three indicators as the lesser flag only", () => {
    const events = timeline(family, domestic, substance);
    const flags = riskCombinationCheck({ events, subjects: [liam], people });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toBe(
      'Two of the three risk indicators of the "toxic trio" were recorded for the household of Liam Jones within 12 months, domestic abuse and substance misuse: domestic abuse 16 Jul 2018 (Police): "Domestic", "punched"; substance misuse 10 Sep 2018 (GP): "cannabis". The third, mental ill health, was not recorded in that time.',
    );
  });

  it("does not combine indicators more than 12 months apart into the full flag", () => {
    const early = event("2016-05-01", "GP", "Depression, started fluoxetine.", [sarah]);
    const flags = riskCombinationCheck({
      events: timeline(early, family, domestic, substance),
      subjects: [liam],
      people,
    });
    expect(flags.map((f) => f.message.slice(0, 19))).toEqual(["Two of the three ri"]);
  });

  it("does not count negated wording", () => {
    const denied = event(
      "2018-08-01",
      "GP",
      "No concerns about alcohol. Denies drug use. No thoughts of self-harm.",
      [sarah],
    );
    expect(
      riskCombinationCheck({ events: timeline(family, domestic, denied), subjects: [liam], people }),
    ).toEqual([]);
  });

  it("gives siblings with the same evidence one flag", () => {
    const both = event("2018-01-06", "Health Visiting", "Home visit. Mia and Liam seen.", [liam, mia, sarah]);
    const flags = riskCombinationCheck({
      events: timeline(both, mentalHealth, domestic, substance),
      subjects: [liam, mia],
      people,
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.people.slice(0, 2)).toEqual([liam.id, mia.id].sort());
    expect(flags[0]!.people).toContain(sarah.id);
    expect(flags[0]!.message).toContain("household of Liam Jones and Mia Jones");
  });
});
