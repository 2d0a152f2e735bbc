import type { FlagKind } from "../../model/chronology.js";
import { compareText } from "../../model/content-id.js";

/**
 * Agency colours: each has a contrast of at least 4.5:1 (WCAG AA for text) against white and against the
 * report's lane background, so marks and legend labels stay readable on screen and on paper.
 */
export const agencyPalette = [
  "#1f5fa8",
  "#b34700",
  "#2e7d32",
  "#b3261e",
  "#6a3d9a",
  "#7a5230",
  "#ad1457",
  "#00697a",
  "#4d5b66",
  "#5c6b00",
  "#3949ab",
  "#8e4b10",
] as const;

/** The background of alternate lanes in the report's timeline. */
export const laneBackground = "#f3f4f6";

/** Mark shapes, used in turn once the palette's colours are all taken. */
export const markShapes = ["circle", "square", "diamond", "triangle"] as const;
export type MarkShape = (typeof markShapes)[number];

/** An agency's colour and mark shape in the report. */
export interface AgencyStyle {
  agency: string;
  colour: string;
  shape: MarkShape;
}

/**
 * Gives each agency a colour and a shape, in the agencies' sorted order (never input order): the
 * palette's colours first with circles, then again with squares, and so on.
 * @param agencies the agencies of the chronology
 * @returns one style per distinct agency, sorted by agency
 * @example
 * agencyStyles(["Police", "GP"]) // [{ agency: "GP", colour: "#1f5fa8", shape: "circle" }, { agency: "Police", colour: "#b34700", shape: "circle" }]
 */
export function agencyStyles(agencies: readonly string[]): AgencyStyle[] {
  return [...new Set(agencies)].sort(compareText).map((agency, i) => ({
    agency,
    colour: agencyPalette[i % agencyPalette.length]!,
    shape: markShapes[Math.floor(i / agencyPalette.length) % markShapes.length]!,
  }));
}

/**
 * The WCAG contrast ratio of two colours written `#rrggbb`.
 * @example
 * contrastRatio("#000000", "#ffffff") // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Flag colours, one per kind: AA contrast on white for the flags list, drawn light when shading a period. */
export const flagColours: Readonly<Record<FlagKind, string>> = {
  gap: "#b45309",
  "off-radar": "#b91c1c",
  "was-not-brought": "#7c3aed",
  "missing-men": "#0369a1",
  "risk-combination": "#be123c",
  "child-not-seen": "#a16207",
  conflict: "#4b5563",
  "closure-then-concern": "#c2410c",
  "repeated-injury": "#9f1239",
  "not-shared": "#1d4ed8",
  "multiple-reporters": "#047857",
  "ambiguous-date": "#6b7280",
};
