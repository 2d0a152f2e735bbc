import type { DateOrder } from "../../model/source.js";
import type { DateWarning } from "./date-span.js";

/** What a return's date cells say about their day/month order. */
export interface DateOrderDetection {
  /** The order to read the return with. */
  order: DateOrder;
  /** Whether that order is declared or proven by a value; when false, ambiguous dates warn row by row. */
  known: boolean;
  /** The order the values prove, if they prove one. */
  proven: DateOrder | undefined;
  /** Cells that prove day-first, prove month-first, or could be either. */
  evidence: { dmy: number; mdy: number; ambiguous: number };
  /** The index (in `texts`) of the first cell that proves the order used, when a proven order overrides the default or the declaration. */
  proofIndex?: number;
  warnings: DateWarning[];
}

const numeric = /^[?~]?\s*(?:[a-z./]+\s+)?(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})\b/i;

/**
 * Detects the day/month order of one return from its date cells: a first part over 12 proves
 * day-first, a second part over 12 proves month-first. A proven order is used even against a
 * declaration (and the contradiction reported); with no proof, the declaration (or day-first) holds.
 * @param texts the return's date cells, in any order
 * @param declared the order the manifest or `--date-order` declares for it, if any
 * @returns the order to use, whether it is known, and warnings (contradiction, mixed, undetermined)
 * @example
 * detectDateOrder(["07/05/2012", "25/12/2012"]).order // "dmy" (proven by 25)
 */
export function detectDateOrder(texts: readonly string[], declared?: DateOrder): DateOrderDetection {
  const evidence = { dmy: 0, mdy: 0, ambiguous: 0 };
  const first = { dmy: -1, mdy: -1 };
  for (let i = 0; i < texts.length; i++) {
    const match = numeric.exec(texts[i]!.trim());
    if (match === null) continue;
    const a = Number(match[1]);
    const b = Number(match[2]);
    if (a > 12 && b <= 12) {
      if (evidence.dmy++ === 0) first.dmy = i;
    } else if (b > 12 && a <= 12) {
      if (evidence.mdy++ === 0) first.mdy = i;
    } else if (a <= 12 && b <= 12 && a !== b) evidence.ambiguous++;
  }
  const proven =
    evidence.dmy > 0 && evidence.mdy === 0
      ? "dmy"
      : evidence.mdy > 0 && evidence.dmy === 0
        ? "mdy"
        : undefined;
  const warnings: DateWarning[] = [];
  const counts = `${evidence.dmy} prove day-first, ${evidence.mdy} month-first, ${evidence.ambiguous} could be either`;
  if (proven !== undefined) {
    const against = declared ?? "dmy";
    if (against === proven) return { order: proven, known: true, proven, evidence, warnings };
    // The order used is not the one declared (or the day-first default): always said, naming the proof.
    const proofIndex = first[proven];
    const proof = `"${texts[proofIndex]!.trim()}" proves ${proven === "mdy" ? "month-first" : "day-first"}`;
    warnings.push(
      declared === undefined
        ? {
            code: "date_order_detected",
            severity: "warning",
            reason: `no order declared and the default is day-first, but ${proof} (${counts}); read as ${proven}`,
          }
        : {
            code: "date_order_contradicts_declaration",
            severity: "warning",
            reason: `declared ${declared} but ${proof} (${counts}); read as ${proven}`,
          },
    );
    return { order: proven, known: true, proven, evidence, proofIndex, warnings };
  }
  const order = declared ?? "dmy";
  if (evidence.dmy > 0 && evidence.mdy > 0) {
    warnings.push({
      code: "date_order_mixed",
      severity: "warning",
      reason: `the dates mix day-first and month-first (${counts}); read as ${order}`,
    });
  } else if (evidence.ambiguous > 0) {
    warnings.push({
      code: "date_order_undetermined",
      severity: declared === undefined ? "warning" : "info",
      reason: `no date proves the day/month order (${counts}); read as ${order}${declared === undefined ? " (the default)" : " (as declared)"}`,
    });
  }
  return { order, known: declared !== undefined, proven, evidence, warnings };
}
