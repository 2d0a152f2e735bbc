import { describe, expect, it } from "vitest";
import { categorise } from "../../../src/normalise/category/categorise.js";
import { baseLexicon, type LexiconEntry } from "../../../src/normalise/category/lexicon.js";

const categories = (text: string) => categorise(text).map((m) => m.category);

describe("categorise", () => {
  it.each([
    ["Liam WNB for 12 month imms", "missed-appointment"],
    ["12 month imms - 2nd appt. DNA. 2nd letter.", "missed-appointment"],
    ["NAV - no reply, curtains closed. Card left.", "no-access"],
    ["Home visit, Flat 3. Mum and Liam seen.", "home-visit"],
    ["Records transferred to Westholme 0-19 team.", "transfer-out"],
    ["Family moved to MGM's, 8 Heron Way", "move"],
    ["Mum says partner 'Danny' has moved in, at work today", "household-change"],
    ["Case closed to Ashbridge HV.", "case-closed"],
    ["Agreed closure to CSC, HV to continue", "case-closed"],
    ["Domestic (verbal). Call from neighbour", "domestic-abuse"],
    ["DASH completed - standard risk", "domestic-abuse"],
    ["Uses cannabis most evenings", "substance-misuse"],
    ["Started on methadone script", "substance-misuse"],
    ["Low mood, anxiety since birth. Depression.", "mental-health"],
    ["Intentional overdose sertraline", "mental-health"],
    ["Mia seen: 1cm bruise L cheek", "injury"],
    ["On arrival SJ had cut above L eye", "injury"],
    ["Case heard at Ashbridge MARAC", "marac"],
    ["Strategy discussion held with police", "strategy-meeting"],
    ["Mum seen alone for DA routine enquiry", "child-seen"],
    ["Knocked, no response at door", "no-access"],
    ["States he choked her", "domestic-abuse"],
    ["Smelt of alcohol on arrival", "substance-misuse"],
    ["Known to CMHT", "mental-health"],
    ["Small haematoma to forehead", "injury"],
    ["Moved to temporary accommodation", "move"],
    ["States partner locked her out after argument", "domestic-abuse"],
  ])("finds the category in %j", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    ["Door closed, curtains drawn", "case-closed"],
    ["Wound cleaned and closed. Discharged.", "case-closed"],
    ["Baby check: hips, heart, eyes NAD", "no-access"],
    ["Intubated, transferred to regional PICU", "transfer-out"],
    ["In interview admitted 'slapping' SJ", "hospital-attendance"],
    ["999 call, line cut off", "injury"],
    ["Still using cannabis, cutting down", "injury"],
    ["Mum brighter, feeding well", "substance-misuse"],
    ["Observed 4 hrs at ED attendance", "education"],
    ["Drug history: nil known", "substance-misuse"],
  ])("does not read %j as %s", (text, category) => {
    expect(categories(text)).not.toContain(category);
  });

  it.each([
    ["No concerns about alcohol", "substance-misuse"],
    ["Denied drug use", "substance-misuse"],
    ["Alcohol: denied. Drugs: nil.", "substance-misuse"],
    ["No thoughts of self-harm", "mental-health"],
    ["Denies self-harm thoughts", "mental-health"],
    ["Not known to CAMHS", "mental-health"],
    ["No safeguarding referral.", "referral"],
    ["DASH completed. No PPN submitted.", "referral"],
    ["No visible injury", "injury"],
    ["Mum reports not drinking", "substance-misuse"],
    ["No missed appointments this year", "missed-appointment"],
    ["Never any domestic incidents reported", "domestic-abuse"],
  ])("does not trigger on a negated term in %j", (text, category) => {
    expect(categories(text)).not.toContain(category);
  });

  it.each([
    ["No concerns about alcohol but smelled of cannabis", "substance-misuse", ["cannabis"]],
    ["Mum not happy, says partner assaulted her", "domestic-abuse", ["assaulted"]],
    ["No thoughts of self-harm. Low mood.", "mental-health", ["Low mood"]],
    ["Mum did not answer, no reply", "no-access", ["no reply"]],
    ["Liam not brought to clinic", "missed-appointment", ["not brought"]],
  ])("keeps a term outside the negation's reach in %j", (text, category, triggers) => {
    expect(categorise(text).find((m) => m.category === category)?.triggers).toEqual(triggers);
  });

  it("keeps every trigger word as written", () => {
    expect(
      categorise("Drunk; smelled of ALCOHOL and cannabis").find((m) => m.category === "substance-misuse"),
    ).toEqual({ category: "substance-misuse", triggers: ["Drunk", "smelled of ALCOHOL", "cannabis"] });
  });

  it("uses a lexicon a user extends or replaces", () => {
    const extended: LexiconEntry[] = [...baseLexicon, { category: "gambling", terms: ["betting shop"] }];
    expect(categorise("Seen outside the betting shop", extended).map((m) => m.category)).toEqual([
      "gambling",
    ]);
    const replaced: LexiconEntry[] = [{ category: "pet", terms: ["dog"] }];
    expect(categorise("Dog barking, no reply", replaced)).toEqual([{ category: "pet", triggers: ["Dog"] }]);
  });

  it("finds terms of different entries at the same place, and an entry's own terms without overlap", () => {
    const lexicon: LexiconEntry[] = [
      { category: "a", terms: ["out of area", "area"] },
      { category: "b", terms: ["moved out of area", "out of"] },
      { category: "c", terms: ["of area meeting"] },
    ];
    expect(categorise("Moved out of area; out of AREA meeting. Area", lexicon)).toEqual([
      { category: "a", triggers: ["out of area", "out of AREA", "Area"] },
      { category: "b", triggers: ["Moved out of area", "out of"] },
      { category: "c", triggers: ["of AREA meeting"] },
    ]);
  });

  it("reads a lexicon with an empty term as before: the empty term matches between two non-word characters", () => {
    const lexicon: LexiconEntry[] = [
      { category: "x", terms: ["dog"] },
      { category: "y", terms: [""] },
    ];
    expect(categorise("dog !", lexicon)).toEqual([
      { category: "x", triggers: ["dog"] },
      { category: "y", triggers: [""] },
    ]);
  });

  it("reads a text again to the same matches, each call with its own arrays", () => {
    const text = "Drunk, smelled of alcohol. WNB";
    const first = categorise(text);
    first[0]!.triggers.push("changed");
    first.pop();
    expect(categorise(text)).toEqual([
      { category: "missed-appointment", triggers: ["WNB"] },
      { category: "substance-misuse", triggers: ["Drunk", "smelled of alcohol"] },
    ]);
    expect(categorise(text, [{ category: "x", terms: ["wnb"] }])).toEqual([
      { category: "x", triggers: ["WNB"] },
    ]);
  });

  it("lets an entry opt out of negation", () => {
    const lexicon: LexiconEntry[] = [{ category: "x", terms: ["alcohol"], negatable: false }];
    expect(categorise("no alcohol", lexicon)).toEqual([{ category: "x", triggers: ["alcohol"] }]);
  });
});
