import { describe, expect, it } from "vitest";
import { scrubIdentifiers } from "../../src/redact/identifiers.js";

describe("scrubIdentifiers", () => {
  it.each([
    ["DOB 12/04/1990", "DOB [date of birth]"],
    ["d.o.b: 3rd February 2017", "d.o.b: [date of birth]"],
    ["born on 2017-02-03 at home", "born on [date of birth] at home"],
    ["NHS 943 476 5919", "NHS [NHS number]"],
    ["nhs no 9434765919.", "nhs no [NHS number]."],
    ["tel 07700 900123", "tel [phone]"],
    ["mail a.b@example.org now", "mail [email] now"],
    ["Flat 3, 27 Tanner Street, AB12 3CD", "[address], [postcode]"],
    ["lives at 14 Acacia Avenue", "lives at [address]"],
    ["2 visits to the house", "2 visits to the house"],
    ["Seen 16/07/2018 at 23:40", "Seen 16/07/2018 at 23:40"],
  ])("%j → %j", (text, expected) => {
    expect(scrubIdentifiers(text, [])).toBe(expected);
  });

  it("removes a known date of birth however it is written", () => {
    expect(scrubIdentifiers("Born Ashbridge General 03.02.2017; 3 Feb 17; 3/2/2017", ["2017-02-03"])).toBe(
      "Born Ashbridge General [date of birth]; [date of birth]; [date of birth]",
    );
  });

  it("keeps every other date", () => {
    expect(
      scrubIdentifiers("Seen 04/02/2017, 2017-02-03T10:00, 3 March 2017 and 3rd February 2017", [
        "2017-02-03",
      ]),
    ).toBe("Seen 04/02/2017, [date of birth]T10:00, 3 March 2017 and [date of birth]");
  });
});
