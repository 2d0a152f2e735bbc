import { describe, expect, it } from "vitest";
import { headerKey, headerSynonyms, matchColumns } from "../../src/ingest/columns.js";

describe("matchColumns", () => {
  it("matches every synonym of every field, whatever its case, spaces and punctuation", () => {
    for (const [field, names] of Object.entries(headerSynonyms)) {
      for (const name of names) {
        expect(matchColumns([name.toUpperCase()])[0]?.field, name).toBe(field);
        expect(matchColumns([` ${name.replace(/ /g, "_")} `])[0]?.field, name).toBe(field);
      }
    }
  });

  it("lets the first header win a field and marks the next one as a duplicate", () => {
    expect(matchColumns(["Date", "Date of contact", "Team"])).toEqual([
      { field: "date", header: "Date", duplicate: false },
      { field: null, header: "Date of contact", duplicate: true },
      { field: null, header: "Team", duplicate: false },
    ]);
  });

  it("marks a repeated header that feeds no field and gives it its own key in extra", () => {
    expect(matchColumns(["Notes", "Date", "notes", "Notes"])).toEqual([
      { field: null, header: "Notes", duplicate: false },
      { field: "date", header: "Date", duplicate: false },
      { field: null, header: "notes", duplicate: true },
      { field: null, header: "Notes", duplicate: true, extraKey: "Notes (2)" },
    ]);
  });

  it("names empty headers by their position", () => {
    expect(matchColumns(["Date", "", ""]).map((m) => m.extraKey)).toEqual([
      undefined,
      "column 2",
      "column 3",
    ]);
  });

  it("follows a column map before the synonyms", () => {
    const matches = matchColumns(["When recorded", "Date"], { date: "when recorded" });
    expect(matches.map((m) => m.field)).toEqual(["date", null]);
  });

  it("does not change the headers or the map it is given", () => {
    const headers = ["Date", "Date"];
    const map = { summary: "Date" };
    matchColumns(headers, map);
    expect(headers).toEqual(["Date", "Date"]);
    expect(map).toEqual({ summary: "Date" });
  });
});

describe("headerKey", () => {
  it.each([
    ["Date/Time", "datetime"],
    ["  D.O.B. ", "dob"],
    ["Person(s) involved", "personsinvolved"],
    ["Catégorie", "categorie"],
  ])("folds %j to %j", (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});
