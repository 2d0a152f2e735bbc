const dayMs = 86_400_000;
/** 1899-12-30 UTC: day 0 of Excel's 1900 system once its 1900 leap-year bug is passed (serial 61 on). */
const epoch1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01 UTC: day 0 of the 1904 date system (Excel for Mac before 2011). */
const epoch1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel can show. */
const lastSerial = 2_958_465;

/**
 * Turns an Excel date serial into wall-clock text the date parser reads: `yyyy-mm-dd`, or
 * `yyyy-mm-ddTHH:mm` when it has a time of day. Never goes through the machine's zone.
 * The 1900 system keeps Excel's bug: serial 60 is 29 February 1900, a day that never was, and
 * comes out as `1900-02-29` so the date parser rejects it. The 1904 system counts from 1 January 1904.
 * @param serial the serial number (days, fraction = time of day)
 * @param date1904 true for a workbook in the 1904 date system
 * @returns the text, or undefined when the number is not a serial Excel can show
 * @example
 * excelSerialToText(43297, false) // "2018-07-16"
 * excelSerialToText(41835, true) // "2018-07-16"
 * excelSerialToText(43297.6041666667, false) // "2018-07-16T14:30"
 */
export function excelSerialToText(serial: number, date1904: boolean): string | undefined {
  const limit = date1904 ? lastSerial - 1462 : lastSerial;
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial >= limit + 1) return undefined;
  const days = Math.floor(serial);
  if (!date1904 && days === 60) return withTime("1900-02-29", serial - days);
  const base = date1904 ? epoch1904 : days < 60 ? epoch1900 + dayMs : epoch1900;
  return isoWallText(new Date(base + days * dayMs + Math.round((serial - days) * dayMs)));
}

/**
 * Wall-clock text of a Date that holds a wall time in UTC (as exceljs gives date cells):
 * `yyyy-mm-dd`, or `yyyy-mm-ddTHH:mm` when it has a time of day. Seconds are dropped after
 * rounding away floating-point noise.
 * @example
 * isoWallText(new Date(Date.UTC(2018, 6, 16, 14, 30))) // "2018-07-16T14:30"
 */
export function isoWallText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const minutes = rounded.getUTCHours() * 60 + rounded.getUTCMinutes();
  return minutes === 0 ? day : `${day}T${clockText(minutes)}`;
}

/**
 * The time of day of an Excel time (a fraction of a day, or a Date holding it) as `HH:mm`.
 * @example
 * excelTimeText(0.6041666667) // "14:30"
 */
export function excelTimeText(value: number | Date): string {
  const ms = typeof value === "number" ? Math.round((value - Math.floor(value)) * dayMs) : value.getTime();
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60) % (24 * 60);
  return clockText(((minutes % 1440) + 1440) % 1440);
}

/** True when a Date holds only a time of day (Excel's day 0 in either system). */
export function isTimeOnly(date: Date): boolean {
  const day = Math.floor(date.getTime() / dayMs) * dayMs;
  return day === epoch1900 || day === epoch1904;
}

function withTime(day: string, fraction: number): string {
  const minutes = Math.floor(Math.round(fraction * 86_400) / 60);
  return minutes === 0 ? day : `${day}T${clockText(minutes)}`;
}

function clockText(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}
