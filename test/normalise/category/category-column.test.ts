import { describe, expect, it } from "vitest";
import { categoriseColumn } from "../../../src/normalise/category/category-column.js";

describe("categoriseColumn", () => {
  it.each([
    ["Home visit", "home-visit"],
    ["DNA", "missed-appointment"],
    ["WNB", "missed-appointment"],
    ["Strategy", "strategy-meeting"],
    ["NAV (no access visit)", "no-access"],
    ["Transfer out", "transfer-out"],
    ["Consultation", "appointment"],
    ["A&E", "hospital-attendance"],
    ["Closure", "case-closed"],
  ])("maps %j to %s", (cell, category) => {
    expect(categoriseColumn(cell).map((m) => m.category)).toContain(category);
  });

  it("keeps the value as written as the trigger", () => {
    expect(categoriseColumn("Strategy")).toEqual([{ category: "strategy-meeting", triggers: ["Strategy"] }]);
  });

  it("reads each part of a combined cell", () => {
    expect(categoriseColumn("Home visit / Assessment").map((m) => m.category)).toEqual([
      "home-visit",
      "assessment",
    ]);
  });

  it("uses a synonym table a user passes", () => {
    expect(
      categoriseColumn("Doorstep", { synonyms: [{ category: "home-visit", values: ["doorstep"] }] }),
    ).toEqual([{ category: "home-visit", triggers: ["Doorstep"] }]);
  });

  it("returns nothing for an empty cell", () => {
    expect(categoriseColumn("")).toEqual([]);
  });
});
