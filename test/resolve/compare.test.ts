import { describe, expect, it } from "vitest";
import type { PersonMention } from "../../src/model/normalised.js";
import { readMention } from "../../src/normalise/people/people-cell.js";
import { compareProfiles, dobLevel, termFrequencies } from "../../src/resolve/compare.js";
import { toProfile } from "../../src/resolve/profile.js";

function profile(text: string, patch: Partial<PersonMention> = {}, children: string[] = []) {
  return toProfile({ ...readMention(text), ...patch }, children);
}

const noTf = termFrequencies([]);

function level(a: ReturnType<typeof profile>, b: ReturnType<typeof profile>, field: string) {
  return compareProfiles(a, b, noTf, true).comparisons.find((c) => c.field === field)?.level;
}

describe("compareProfiles", () => {
  it.each([
    ["Sarah Jones", "Sarah Jones", "exact"],
    ["Bill Jones", "William Jones", "variant"],
    ["Jon Jones", "Jonathan Jones", "variant"],
    ["Kayley Jones", "Kayleigh Jones", "variant"],
    ["Mohammed Khan", "Muhammad Khan", "variant"],
    ["Sarha Jones", "Sarah Jones", "typo"],
    ["S Jones", "Sarah Jones", "initial"],
    ["Liv Jones", "Olivia Jones", "contains"],
    ["Ben Jones", "Jamie Jones", "similar"],
    ["Louise Jones", "Sarah Louise Jones", "middle"],
    ["Liam Jones", "Noah Jones", "differ"],
  ])("given names %j and %j reach %j", (a, b, expected) => {
    expect(level(profile(a), profile(b), "given")).toBe(expected);
  });

  it.each([
    ["Sarah Jones", "Sarah JONES", "exact"],
    ["Sarah Krężołek", "Sarah Krezolek", "exact"],
    ["Sean MacDonald", "Sean McDonald", "exact"],
    ["Sarah Jones", "Sarah Jones-Smith", "part"],
    ["Sarah Jones", "Sarah Jnoes", "typo"],
    ["Sarah Smith", "Sarah Smyth", "typo"],
    ["Sarah Jones", "Sarah Patel", "differ"],
    ["Sarah Smith", "Sarah Smythe", "similar"],
  ])("family names %j and %j reach %j", (a, b, expected) => {
    expect(level(profile(a), profile(b), "family")).toBe(expected);
  });

  it.each([
    ["LS6 2AB", "LS6 2AB", "exact"],
    ["LS6 2AB", "LS6 2XY", "sector"],
    ["LS6 2AB", "M1 1AA", "differ"],
  ])("postcodes %j and %j reach %j", (a, b, expected) => {
    expect(
      level(profile("Sarah Jones", { postcode: a }), profile("Sarah Jones", { postcode: b }), "postcode"),
    ).toBe(expected);
  });

  it.each([
    ["Sarah Jones (mother)", "Sarah Jones (mum)", "same"],
    ["Sarah Jones (mother)", "Sarah Jones (partner)", "related"],
    ["Sarah Jones (mother)", "Sarah Jones (grandmother)", "other"],
    ["Sarah Jones (mother)", "Sarah Jones (child)", "conflict"],
  ])("roles of %j and %j reach %j", (a, b, expected) => {
    expect(level(profile(a), profile(b), "role")).toBe(expected);
  });

  it("finds stated sexes the same", () => {
    expect(level(profile("Mrs Sarah Jones"), profile("Sarah Jones (mother)"), "sex")).toBe("same");
  });

  it("leaves a missing value out of the comparisons", () => {
    const result = compareProfiles(profile("Ms Jones"), profile("Sarah Jones"), noTf, true);
    expect(result.comparisons.map((c) => c.field)).toEqual(["family"]);
  });

  it("weighs agreement on a common name less than on a rare one", () => {
    const common = Array.from({ length: 200 }, (_v, i) => profile(`Person${i} Smith`));
    const tf = termFrequencies([...common, profile("Sarah Krezolek")]);
    const smith = compareProfiles(profile("Ann Smith"), profile("Ann Smith"), tf).score;
    const rare = compareProfiles(profile("Ann Krezolek"), profile("Ann Krezolek"), tf).score;
    expect(rare).toBeGreaterThan(smith);
  });

  it("reads a surname written first when that agrees better, and lists the swap", () => {
    const result = compareProfiles(profile("Sarah Jones"), profile("Jones Sarah"), noTf, true);
    expect(result.comparisons.map((c) => `${c.field}:${c.level}`)).toEqual([
      "name order:swapped",
      "given:exact",
      "family:exact",
    ]);
  });

  it("agrees on an NHS number and lets it outweigh a different name", () => {
    const a = profile("Bex Cole", { nhs: "9434765919", nhsValid: true });
    const b = profile("Rebecca Cole", { nhs: "9434765919", nhsValid: true });
    const result = compareProfiles(a, b, noTf, true);
    expect(result.comparisons.find((c) => c.field === "nhs")).toMatchObject({ level: "exact" });
    expect(result.conflict).toBeNull();
  });

  it("never matches on an invalid NHS number", () => {
    const a = profile("Liam Cole", { nhs: "9434765918", nhsValid: false });
    const b = profile("Liam Cole", { nhs: "9434765918", nhsValid: false });
    expect(compareProfiles(a, b, noTf, true).comparisons.map((c) => c.field)).not.toContain("nhs");
  });

  it.each([
    ["different NHS numbers", { nhs: "9434765919", nhsValid: true }, { nhs: "4010232137", nhsValid: true }],
    ["different sex", { sex: "male" as const }, { sex: "female" as const }],
  ])("finds a hard conflict: %s", (conflict, pa, pb) => {
    const result = compareProfiles(profile("Sam Cole", pa), profile("Sam Cole", pb), noTf);
    expect([result.conflict, result.hard]).toEqual([conflict, true]);
  });

  it("finds a hard conflict between a professional and a family member", () => {
    const gp = profile("Mr Daniel Jones (GP)");
    const boyfriend = profile("Daniel Jones (mum's boyfriend)");
    const result = compareProfiles(gp, boyfriend, noTf);
    expect([result.conflict, result.hard]).toEqual(["roles that one person cannot hold", true]);
  });

  it("finds a hard conflict between an adult's title and a child's role", () => {
    const result = compareProfiles(profile("Mr Liam Jones"), profile("Liam Jones (child)"), noTf);
    expect(result.conflict).toBe("an adult's title and a child's role");
  });

  it("finds a soft conflict in different given names or dates of birth", () => {
    const twins = compareProfiles(
      profile("Liam Jones", { dob: "2017-02-03" }),
      profile("Noah Jones", { dob: "2017-02-03" }),
      noTf,
    );
    expect([twins.conflict, twins.hard]).toEqual(["different given names", false]);
    const dobs = compareProfiles(
      profile("Liam Jones", { dob: "2017-02-03" }),
      profile("Liam Jones", { dob: "1990-06-21" }),
      noTf,
    );
    expect([dobs.conflict, dobs.hard]).toEqual(["different dates of birth", false]);
  });

  it("counts a shared child in the household", () => {
    const a = profile("Ms Jones", {}, ["liam jones"]);
    const b = profile("Sarah Jones (mother)", {}, ["liam jones"]);
    expect(level(a, b, "household")).toBe("shared");
  });

  it("sums the weights of its comparisons into the score", () => {
    const result = compareProfiles(profile("Sarah Jones (mother)"), profile("Sarah JONES (mum)"), noTf, true);
    const sum = result.comparisons.reduce((s, c) => s + c.weight, 0);
    expect(result.score).toBeCloseTo(sum, 6);
  });
});

describe("dobLevel", () => {
  it.each([
    ["1990-04-12", "1990-04-12", "exact"],
    ["1990-04-12", "1990-12-04", "swapped"],
    ["1990-04-12", "1990-04-13", "one-digit"],
    ["1990-04-12", "1980-04-12", "one-digit"],
    ["1990-04-12", "1990-04-21", "one-digit"],
    ["2018-01-01", "2019-01-01", "differ"],
    ["2018-01-01", "2013-01-01", "one-digit"],
    ["1990-04-12", "1990-09-30", "same-year"],
    ["1990-04-12", "1975-11-30", "differ"],
    ["1990-04-12", null, null],
  ])("%j and %j reach %j", (a, b, expected) => {
    expect(dobLevel(a, b)).toBe(expected);
  });
});
