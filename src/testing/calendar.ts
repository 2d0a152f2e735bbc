// Civil-calendar arithmetic on day numbers (days since 1970-01-01): no Date, no machine zone.

const monthShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** The English month names, January first. */
export const monthLong: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number (civil_from_days). */
export function civil(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Reads `yyyy-mm-dd` into a day number. */
export function parseIsoDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) throw new RangeError(`"${text}" is not a yyyy-mm-dd date`);
  return dayNumber({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The date styles agencies write, all read day-first by the parser. */
export type DateStyle = "dd/mm/yyyy" | "d/m/yy" | "dd.mm.yyyy" | "d MMM yyyy" | "d MMMM yyyy" | "iso";

/**
 * Writes a day number in a date style; `swap` writes month first (the mistake a reviewer must catch).
 * @example
 * formatDay(dayNumber({ year: 2019, month: 5, day: 7 }), "dd.mm.yyyy") // "07.05.2019"
 */
export function formatDay(days: number, style: DateStyle, swap = false): string {
  const { year, month, day } = civil(days);
  const [a, b] = swap ? [month, day] : [day, month];
  switch (style) {
    case "dd/mm/yyyy":
      return `${pad(a)}/${pad(b)}/${year}`;
    case "d/m/yy":
      return `${a}/${b}/${pad(year % 100)}`;
    case "dd.mm.yyyy":
      return `${pad(a)}.${pad(b)}.${year}`;
    case "d MMM yyyy":
      return `${day} ${monthShort[month - 1]} ${year}`;
    case "d MMMM yyyy":
      return `${day} ${monthLong[month - 1]} ${year}`;
    case "iso":
      return `${year}-${pad(month)}-${pad(day)}`;
  }
}

/** `yyyy-mm-dd` of a day number. */
export function isoDay(days: number): string {
  return formatDay(days, "iso");
}

/** `HH:mm` of minutes since midnight. */
export function formatMinute(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
