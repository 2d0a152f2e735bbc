/** A wall-clock time of day. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  /** `24:00`: the end of the day written, which is 00:00 of the next day. */
  nextDay?: true;
}

const simpleTime = /^(?:(\d{1,2})[:.](\d{2})|(\d{2})(\d{2}))$/;
const timePattern =
  /^(?:at\s+|@\s*)?(?:(noon|midday|12(?:[:.]00)?\s*noon)|(midnight|12(?:[:.]00)?\s*midnight)|(\d{1,2})(?:[:.h](\d{2})(?:[:.]\d{2})?)?\s*(am|pm|a\.m\.?|p\.m\.?)?|(\d{2})(\d{2}))\s*(?:hrs?|hours|h)?\.?$/i;

/**
 * Reads a time of day as agencies write it: `14:05`, `14.05`, `1405`, `1405hrs`, `2.05pm`, `11.36am`,
 * `2pm`, `noon`, `12:00 noon`, `midnight` and `12 midnight` (00:00, the start of the day), `24:00` (the end
 * of the day: 00:00 of the next day, `nextDay`).
 * @param text the time as written
 * @returns the time, or undefined when it is not one
 * @example
 * parseTime("2.05pm") // { hour: 14, minute: 5 }
 */
export function parseTime(text: string): TimeOfDay | undefined {
  // The common 24-hour forms first: `14:05`, `14.05`, `1405`.
  const simple = simpleTime.exec(text);
  if (simple !== null) {
    const hour = Number(simple[1] ?? simple[3]);
    const minute = Number(simple[2] ?? simple[4]);
    if (hour === 24 && minute === 0) return { hour: 0, minute: 0, nextDay: true };
    return hour > 23 || minute > 59 ? undefined : { hour, minute };
  }
  const match = timePattern.exec(text.trim());
  if (match === null) return undefined;
  const [, noon, midnight, h12, m12, meridiem, h24, m24] = match;
  if (noon) return { hour: 12, minute: 0 };
  if (midnight) return { hour: 0, minute: 0 };
  let hour: number;
  let minute: number;
  if (h24 !== undefined) {
    hour = Number(h24);
    minute = Number(m24);
  } else {
    hour = Number(h12);
    minute = m12 === undefined ? 0 : Number(m12);
    // A bare number is only a time with a meridiem ("3pm"); "14" alone is not.
    if (m12 === undefined && meridiem === undefined) return undefined;
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      const pm = meridiem.toLowerCase().startsWith("p");
      hour = (hour % 12) + (pm ? 12 : 0);
    }
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}
