import { fullYear, isoWeekday } from "./calendar.js";
import type { ReadContext, Span } from "./date-span.js";
import { monthGroup, monthNumber, weekdayNumber, weekdayPrefix } from "./month-names.js";

const ordinal = "(?:st|nd|rd|th)?";
const dayMonthYear = new RegExp(
  `^${weekdayPrefix}(\\d{1,2})${ordinal}(?: of)?[ ./-]*${monthGroup}[ ,./-]*(\\d{4}|'?\\d{2})$`,
  "i",
);
const monthDayYear = new RegExp(`^${weekdayPrefix}${monthGroup}[ ,.-]*(\\d{1,2})${ordinal},? (\\d{4})$`, "i");
const weekdays = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * Reads dates written with a month name: `15th July 2007`, `2 May 2006`, `Monday 2 May 2006`,
 * `22-may-16`, `May 2, 2006`. A weekday that does not match the date is kept as a warning.
 */
export function readWordDate(text: string, context: ReadContext): Span | undefined {
  let weekday: string | undefined;
  let parts: { year: number; month: number; day: number };
  const dmy = dayMonthYear.exec(text);
  if (dmy !== null) {
    weekday = dmy[1];
    parts = {
      year: fullYear(dmy[4]!.replace("'", ""), context.pivot),
      month: monthNumber(dmy[3]!)!,
      day: Number(dmy[2]),
    };
  } else {
    const mdy = monthDayYear.exec(text);
    if (mdy === null) return undefined;
    weekday = mdy[1];
    parts = { year: Number(mdy[4]), month: monthNumber(mdy[2]!)!, day: Number(mdy[3]) };
  }
  const span: Span = { from: parts, to: parts, form: "words" };
  if (weekday !== undefined && parts.day >= 1 && parts.day <= 31) {
    const actual = isoWeekday(parts.year, parts.month, parts.day);
    if (weekdayNumber(weekday) !== actual) {
      span.warnings = [
        {
          code: "weekday_mismatch",
          severity: "warning",
          reason: `"${text}": that date was a ${weekdays[actual]}; kept the date, not the weekday`,
        },
      ];
    }
  }
  return span;
}
