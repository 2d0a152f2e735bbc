import { describe, expect, it } from "vitest";
import type { PersonMention } from "../../src/model/normalised.js";
import { readMention } from "../../src/normalise/people/people-cell.js";
import { blockingKeys, candidatePairs } from "../../src/resolve/blocking.js";
import { toProfile } from "../../src/resolve/profile.js";

const profile = (text: string, patch: Partial<PersonMention> = {}) =>
  toProfile({ ...readMention(text), ...patch }, []);

describe("blockingKeys", () => {
  it("blocks on surname sound with the initial, DOB either way round, NHS number and postcode", () => {
    const keys = blockingKeys(
      profile("Sarah Jones", { dob: "1990-04-12", nhs: "9434765919", nhsValid: true, postcode: "LS6 2AB" }),
    );
    expect(keys).toEqual(
      expect.arrayContaining(["f:JNS:s", "d:1990-04-12", "s:1990:04:12", "n:9434765919", "p:LS6 2AB:s"]),
    );
  });

  it("gives a swapped DOB the same day-month key", () => {
    const a = blockingKeys(profile("Sarah Jones", { dob: "1990-04-12" }));
    const b = blockingKeys(profile("Sarah Jones", { dob: "1990-12-04" }));
    expect(a.filter((k) => k.startsWith("s:"))).toEqual(b.filter((k) => k.startsWith("s:")));
  });
});

describe("candidatePairs", () => {
  it("pairs profiles that share a key, each pair once", () => {
    const profiles = [
      profile("Sarah Jones"),
      profile("Sara Jones"),
      profile("Liam Patel"),
      profile("Ms Jones"),
    ];
    expect(candidatePairs(profiles, 1000)).toEqual(
      expect.arrayContaining([
        [0, 1],
        [0, 3],
        [1, 3],
      ]),
    );
    expect(candidatePairs(profiles, 1000).some(([i, j]) => i === 2 || j === 2)).toBe(false);
  });

  it("skips a block larger than the limit", () => {
    const profiles = [profile("Sarah Jones"), profile("Sara Jones")];
    expect(candidatePairs(profiles, 1)).toEqual([]);
  });
});
