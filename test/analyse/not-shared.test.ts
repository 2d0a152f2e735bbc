import { describe, expect, it } from "vitest";
import { notSharedCheck } from "../../src/analyse/not-shared.js";
import { daniel, event, liam, mia, sarah, timeline } from "./timeline.js";

const people = [liam, mia, sarah, daniel];
const incident = event(
  "2017-08-19",
  "Police",
  "Domestic (verbal). Liam asleep in cot, seen. No PPN submitted.",
  [sarah, liam],
);

describe("notSharedCheck", () => {
  it("fires on a domestic incident with a child present that no children's agency records within 7 days", () => {
    const flags = notSharedCheck({ events: timeline(incident), subjects: [liam], people });
    expect(flags).toEqual([
      {
        kind: "not-shared",
        start: "2017-08-19T12:00:00.000Z",
        end: "2017-08-26T12:00:00.000Z",
        people: [sarah.id, liam.id],
        events: [incident.event.id],
        message:
          "A domestic incident on 19 Aug 2017 (Police) with Liam Jones present has no record at children's social care, health visiting or the school by 26 Aug 2017 (7 days).",
      },
    ]);
  });

  it("does not fire when children's social care records it within 7 days", () => {
    const received = event("2017-08-21", "Children's Social Care", "PPN received from police.", [
      sarah,
      liam,
    ]);
    expect(notSharedCheck({ events: timeline(incident, received), subjects: [liam], people })).toEqual([]);
  });

  it("finds a child present from the narrative, through the household", () => {
    const seen = event("2019-09-01", "Health Visiting", "Home visit. Mia and Liam seen.", [sarah, liam, mia]);
    const lockedOut = event(
      "2020-02-21",
      "Ambulance",
      "Found intoxicated after argument with partner. Children inside with partner.",
      [sarah],
    );
    const flags = notSharedCheck({ events: timeline(seen, lockedOut), subjects: [liam, mia], people });
    expect(flags.map((f) => f.message)).toEqual([
      "A domestic incident on 21 Feb 2020 (Ambulance) with Liam Jones and Mia Jones present has no record at children's social care, health visiting or the school by 28 Feb 2020 (7 days).",
    ]);
  });

  it("does not fire on a domestic incident with no child present, or one children's social care records itself", () => {
    const adults = event("2018-08-18", "Police", "Abusive texts, breach of bail. Domestic.", [sarah, daniel]);
    const atCsc = event("2018-12-14", "Children's Social Care", "Domestic incident discussed. Liam seen.", [
      sarah,
      liam,
    ]);
    expect(notSharedCheck({ events: timeline(adults, atCsc), subjects: [liam], people })).toEqual([]);
  });

  it("does not take a notification a health visitor receives for a risk event, nor the mother's injury", () => {
    const notified = event(
      "2019-12-20",
      "Health Visiting",
      "ED notification: Mia attended after fall. Swelling to head.",
      [mia],
    );
    const mothersCut = event(
      "2018-07-16",
      "Ambulance",
      "SJ has cut above L eye. Liam asleep.",
      [sarah, liam],
      {
        category: ["injury"],
      },
    );
    expect(notSharedCheck({ events: timeline(notified, mothersCut), subjects: [liam, mia], people })).toEqual(
      [],
    );
  });
});
