import { describe, expect, it } from "vitest";
import { injuryTo } from "../../src/analyse/injured.js";
import { baseLexicon } from "../../src/normalise/category/lexicon.js";
import { daniel, event, liam, mia, sarah } from "./timeline.js";

const people = [liam, mia, sarah, daniel];

describe("injuryTo", () => {
  it("finds the sentence naming the injured child", () => {
    const e = event(
      "2020-03-28",
      "Police",
      "Liam and Mia seen by officers - Mia has small bruise on forehead.",
      [sarah, liam, mia],
    );
    expect(injuryTo(e, mia, people)).toEqual(["Mia has small bruise on forehead"]);
    expect(injuryTo(e, liam, people)).toEqual([]);
  });

  it("does not give the mother's injury to a child the record lists as present", () => {
    const e = event(
      "2018-07-16",
      "Police",
      "SJ had cut above L eye, said PRICE punched her. Liam seen in cot.",
      [sarah, daniel, liam],
    );
    expect(injuryTo(e, liam, people)).toEqual([]);
  });

  it("gives an unattributed injury to the one child of a record", () => {
    const e = event("2019-12-18", "Emergency Department", "Swelling R parietal 3cm. CT head NAD.", [mia]);
    expect(injuryTo(e, mia, people)).toEqual(["Swelling R parietal 3cm"]);
  });

  it("does not take a follow-up on an injury for a new one", () => {
    const e = event("2019-10-23", "Health Visiting", "Mia weighed at clinic, seen. Bruise faded.", [mia]);
    expect(injuryTo(e, mia, people)).toEqual([]);
  });

  it("gives the same answer on every call, whoever asked first and whatever they did with it", () => {
    const e = event("2019-12-18", "Emergency Department", "Swelling R parietal 3cm. CT head NAD.", [mia]);
    const first = injuryTo(e, mia, people);
    first.push("changed by the caller");
    expect(injuryTo(e, liam, people)).toEqual([]);
    expect(injuryTo(e, mia, people)).toEqual(["Swelling R parietal 3cm"]);
    // A lexicon without injury terms reads no injury sentence: the answer is per lexicon.
    const noInjury = baseLexicon.filter((entry) => entry.category !== "injury");
    expect(injuryTo(e, mia, people, noInjury)).toEqual([]);
    expect(injuryTo(e, mia, [...people].reverse())).toEqual(["Swelling R parietal 3cm"]);
  });
});
