import { describe, expect, it } from "vitest";
import type { DateReading } from "../../../src/model/normalised.js";
import { parseDate } from "../../../src/normalise/date/parse-date.js";
import { isYearless } from "../../../src/normalise/date/yearless-date.js";
import { buildChronology } from "../../../src/pipeline/build-chronology.js";

function reading(text: string): DateReading {
  const result = parseDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.reading;
}

const anchor = { reading: reading("20/11/2018"), file: "police.csv", row: 3 };
const iso = (ms: number): string => new Date(ms).toISOString();

describe("isYearless", () => {
  it.each([
    ["2 May", true],
    ["30th Dec", true],
    ["May 2", true],
    ["early June", true],
    ["mid-March", true],
    ["June 2019", false],
    ["2 May '19", false],
    ["07/05/2012", false],
    ["the following day", false],
  ])("%s is yearless: %s", (text, expected) => {
    expect(isYearless(text)).toBe(expected);
  });
});

describe("parseDate (yearless)", () => {
  it.each([
    ["30th Dec", "2018-12-30T00:00:00.000Z", "2018-12-31T00:00:00.000Z", "day"],
    ["late November", "2018-11-21T00:00:00.000Z", "2018-12-01T00:00:00.000Z", "month"],
    ["2 May", "2019-05-01T23:00:00.000Z", "2019-05-02T23:00:00.000Z", "day"],
    ["May 2", "2019-05-01T23:00:00.000Z", "2019-05-02T23:00:00.000Z", "day"],
    ["early June", "2019-05-31T23:00:00.000Z", "2019-06-10T23:00:00.000Z", "month"],
  ])("reads %s after 20/11/2018 as [%s, %s) with precision %s", (text, start, end, precision) => {
    const result = parseDate(text, { anchor });
    expect(
      result.ok && [iso(result.reading.start), iso(result.reading.end), result.reading.precision],
    ).toEqual([start, end, precision]);
    expect(result.ok && result.reading).toMatchObject({
      text,
      form: "yearless",
      anchor: { file: "police.csv", row: 3 },
    });
  });

  it("keeps the uncertain and approximate marks", () => {
    expect(parseDate("?2 May", { anchor }).ok && parseDate("?2 May", { anchor })).toMatchObject({
      reading: { uncertain: true, form: "yearless" },
    });
    expect(parseDate("c. early June", { anchor })).toMatchObject({ reading: { approximate: true } });
  });

  it("rejects a yearless date with no earlier dated row, rather than guessing the year", () => {
    expect(parseDate("2 May")).toMatchObject({ ok: false, code: "relative_date_without_anchor" });
  });

  it("still calls a text with no month unreadable", () => {
    expect(parseDate("Christmas", { anchor })).toMatchObject({ ok: false, code: "unreadable_date" });
  });
});

describe("buildChronology (yearless dates)", () => {
  it("takes the year from the previous dated row of the same return", () => {
    const document = buildChronology([
      {
        file: "hv.csv",
        agency: "Health Visiting",
        content:
          "Date,Name,Details\nearly June,Liam Jones (child),Seen\n14/03/2019,Liam Jones (child),Seen at clinic\n2 May,Liam Jones (child),WNB\n",
      },
    ]);
    expect(document.rejected).toEqual([
      {
        file: "hv.csv",
        row: 1,
        code: "relative_date_without_anchor",
        reason: '"early June" has no year and no earlier row of this return gives one',
      },
    ]);
    expect(document.events.map((e) => [e.dateText[0], e.start])).toEqual([
      ["14/03/2019", "2019-03-14T00:00:00.000Z"],
      ["2 May", "2019-05-01T23:00:00.000Z"],
    ]);
  });
});
