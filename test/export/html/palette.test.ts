import { describe, expect, it } from "vitest";
import {
  agencyPalette,
  agencyStyles,
  contrastRatio,
  flagColours,
  laneBackground,
} from "../../../src/export/html/palette.js";

describe("agencyPalette", () => {
  it.each(agencyPalette.map((c) => [c]))(
    "%s meets WCAG AA (4.5:1) on white and on the lane background",
    (c) => {
      expect(contrastRatio(c, "#ffffff")).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c, laneBackground)).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe("flagColours", () => {
  it.each(Object.entries(flagColours))("%s (%s) meets WCAG AA (4.5:1) on white", (_kind, c) => {
    expect(contrastRatio(c, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
    ["#767676", "#ffffff", 4.54],
  ])("%s on %s is %d:1", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });
});

describe("agencyStyles", () => {
  it("styles agencies in sorted order, whatever the input order, once each", () => {
    const styles = agencyStyles(["Police", "GP", "Police"]);
    expect(styles).toEqual([
      { agency: "GP", colour: agencyPalette[0], shape: "circle" },
      { agency: "Police", colour: agencyPalette[1], shape: "circle" },
    ]);
  });

  it("changes the shape once the colours are all taken", () => {
    const many = Array.from(
      { length: agencyPalette.length + 1 },
      (_, i) => `Agency ${String(i).padStart(2, "0")}`,
    );
    expect(agencyStyles(many).at(-1)).toEqual({
      agency: many.at(-1),
      colour: agencyPalette[0],
      shape: "square",
    });
  });
});
