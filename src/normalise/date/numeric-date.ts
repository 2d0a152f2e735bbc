import { fullYear } from "./calendar.js";
import type { ReadContext, Span } from "./date-span.js";

// A three-digit year is read (as a year under 1000) so that parseDate rejects it as a mistyped year.
const numericPattern = /^(\d{1,4}) ?([./-]) ?(\d{1,2}) ?([./-]) ?(\d{2,4})$/;
const monthYearPattern = /^(\d{1,2}) ?[./-] ?(\d{4})$/;

/**
 * Reads numeric dates: `07/05/2012`, `7/5/12`, `07.05.2012`, `07-05-2012`, mistyped mixes such as
 * `22.05/16`, year-first `2012/05/07`, and month-year `05/2012`. Day-first unless the order says otherwise.
 */
export function readNumeric(text: string, context: ReadContext): Span | undefined {
  const match = numericPattern.exec(text);
  if (match === null) {
    const my = monthYearPattern.exec(text);
    if (my === null) return undefined;
    const parts = { year: Number(my[2]), month: Number(my[1]) };
    return { from: parts, to: parts, form: "month" };
  }
  const [, a, sep1, b, sep2, c] = match as unknown as [string, string, string, string, string, string];
  const warnings =
    sep1 === sep2
      ? undefined
      : [
          {
            code: "mixed_date_separators" as const,
            severity: "info" as const,
            reason: `"${text}" mixes separators; read as ${context.order}`,
          },
        ];
  let parts: { year: number; month: number; day: number };
  let ambiguous = false;
  if (a.length === 4) {
    parts = { year: Number(a), month: Number(b), day: Number(c) };
  } else if (a.length === 3) {
    return undefined;
  } else if (context.order === "ymd") {
    parts = { year: fullYear(a, context.pivot), month: Number(b), day: Number(c) };
  } else {
    const year = fullYear(c, context.pivot);
    const first = Number(a);
    const second = Number(b);
    parts =
      context.order === "mdy" ? { year, month: first, day: second } : { year, month: second, day: first };
    ambiguous = first <= 12 && second <= 12 && first !== second;
  }
  const span: Span = { from: parts, to: parts, form: "numeric" };
  if (ambiguous) span.orderAmbiguous = true;
  if (warnings !== undefined) span.warnings = warnings;
  return span;
}
