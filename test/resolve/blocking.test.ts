import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PersonMention } from "../../src/model/normalised.js";
import { readMention } from "../../src/normalise/people/people-cell.js";
import { blockingKeys, candidatePairs, forEachCandidatePair } from "../../src/resolve/blocking.js";
import { type Profile, toProfile } from "../../src/resolve/profile.js";

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

/** Every pair sharing a key, as blocking defines it, found the plain way: one set of all pairs. */
function referencePairs(profiles: readonly Profile[], maxBlock: number): string[] {
  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const key of blockingKeys(p)) blocks.set(key, [...(blocks.get(key) ?? []), i]);
  });
  const pairs = new Set<string>();
  const add = (i: number, j: number) => {
    if (i !== j) pairs.add(`${Math.min(i, j)}:${Math.max(i, j)}`);
  };
  for (const [key, members] of blocks) {
    if (key.startsWith("S|")) continue;
    if (key.startsWith("H|")) {
      const spokes = blocks.get(`S${key.slice(1)}`) ?? [];
      if (members.length + spokes.length > maxBlock) continue;
      for (const i of members) for (const j of [...members, ...spokes]) add(i, j);
      continue;
    }
    if (members.length < 2 || members.length > maxBlock) continue;
    for (const i of members) for (const j of members) add(i, j);
  }
  return [...pairs].sort();
}

describe("forEachCandidatePair", () => {
  const names = [
    "Sarah Jones",
    "Sara Jones",
    "Ms Jones",
    "Danny",
    "Daniel Smith",
    "Dan Smith",
    "JONES Sarah",
    "Liam",
  ];
  it("visits each pair of profiles sharing a key once, lower index first, whatever the block limit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...names), { maxLength: 14 }),
        fc.integer({ min: 1, max: 12 }),
        (list, maxBlock) => {
          const profiles = list.map((name) => profile(name));
          const visited: string[] = [];
          forEachCandidatePair(profiles, maxBlock, (i, j) => {
            expect(i).toBeLessThan(j);
            visited.push(`${i}:${j}`);
          });
          expect(new Set(visited).size).toBe(visited.length);
          expect(visited.sort()).toEqual(referencePairs(profiles, maxBlock));
        },
      ),
      { numRuns: 300 },
    );
  });
});
