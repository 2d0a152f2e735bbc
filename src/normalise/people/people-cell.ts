import { DateTime } from "luxon";
import type { PersonMention } from "../../model/normalised.js";
import type { DateOrder } from "../../model/source.js";
import { parseDate } from "../date/parse-date.js";
import { readName } from "./name.js";
import { compactNhsNumber, isValidNhsNumber } from "./nhs-number.js";
import { isRoleCode, readRole } from "./roles.js";

export interface PeopleOptions {
  dateOrder?: DateOrder;
  timezone?: string;
  /** Two-digit-year pivot for a DOB when no date bounds it; default 50. */
  pivot?: number;
  /**
   * Epoch ms no DOB reaches: the end of the row's date (or the review's end when sooner). A two-digit DOB
   * year takes the latest century that puts the DOB before it (`12/04/45` on a 2019 row is 1945).
   */
  notAfter?: number;
}

const dobPattern = /^(?:dob|d\.o\.b\.?|date of birth|born|b\.)\s*:?\s*(.+)$/i;
const nhsPattern = /^(?:nhs(?:\s*(?:no\.?|number))?)\s*:?\s*([\d\s-]{10,14})$/i;

/**
 * Splits a people cell into mentions: `Sarah JONES (mother, DOB 12/04/1990); Liam Jones (child); unknown male`.
 * People are separated by `;`, `|` or line breaks; details in brackets give role, DOB and NHS number.
 * @param cell the cell as written
 * @param options date order and zone for DOBs
 * @returns one mention per person named, in order
 * @example
 * parsePeopleCell("Liam Jones (child)")[0] // { name: "Liam Jones", role: "child", ... }
 */
export function parsePeopleCell(cell: string, options: PeopleOptions = {}): PersonMention[] {
  return cell
    .split(/[;|\n\r]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "")
    .map((piece) => readMention(piece, options));
}

/**
 * Reads one person as written: a name, a role, or both, with optional bracketed details.
 * @example
 * readMention("Dr Patel (GP)").roleKind // "professional"
 */
export function readMention(text: string, options: PeopleOptions = {}): PersonMention {
  const bracket = /^(.*?)\s*\((.*)\)\s*$/.exec(text);
  const head = (bracket?.[1] ?? text)
    .trim()
    .replace(/[,:-]+$/, "")
    .trim();
  const details =
    bracket?.[2]
      ?.split(/[,;]/)
      .map((d) => d.trim())
      .filter(Boolean) ?? [];
  const mention: PersonMention = {
    text,
    name: null,
    title: null,
    given: null,
    family: null,
    role: null,
    roleKind: null,
    sex: null,
    dob: null,
    nhs: null,
    nhsValid: false,
  };
  const headRole = readRole(head);
  if (headRole !== undefined || isRoleCode(head)) {
    // A role alone ("Mother", "unknown male") is a person with no name; a role code ("GP1") is its own name.
    if (headRole !== undefined) applyRole(mention, headRole);
    if (isRoleCode(head)) mention.name = head.toUpperCase().replace(/\s+/g, " ");
  } else if (head !== "") {
    const name = readName(head);
    mention.name = name.display;
    mention.title = name.title;
    mention.given = name.given;
    mention.family = name.family;
    mention.sex = name.sex;
  }
  for (const detail of details) {
    // A role written with the name in brackets ("mum's boyfriend (Danny)"): the bracket names them
    // (not for "unknown male (White)", where the bracket describes someone unnamed).
    if (
      mention.name === null &&
      mention.role !== null &&
      !mention.role.startsWith("unknown") &&
      looksLikeName(detail)
    ) {
      const name = readName(detail);
      mention.name = name.display;
      mention.title = name.title;
      mention.given = name.given;
      mention.family = name.family;
      if (name.sex !== null) mention.sex = name.sex;
      continue;
    }
    applyDetail(mention, detail, options);
  }
  return mention;
}

/** A bracketed detail that is a name: letters only (Danny, Mr Price), not a role, date or number. */
function looksLikeName(detail: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(detail) && readRole(detail) === undefined;
}

/** Adds a detail from brackets or a column: a DOB, an NHS number, or a role. */
export function applyDetail(mention: PersonMention, detail: string, options: PeopleOptions): void {
  const dob = dobPattern.exec(detail);
  if (dob !== null) {
    mention.dob = readDob(dob[1]!, options) ?? mention.dob;
    return;
  }
  const nhs = nhsPattern.exec(detail);
  if (nhs !== null) {
    setNhs(mention, nhs[1]!);
    return;
  }
  const role = readRole(detail);
  if (role !== undefined) {
    applyRole(mention, role);
    return;
  }
  // A bare date in brackets is a DOB ("Liam (03/02/2017)").
  const bare = readDob(detail, options);
  if (bare !== undefined) mention.dob = bare;
}

/** Sets an NHS number as written, recording whether its check digit is right. */
export function setNhs(mention: PersonMention, text: string): void {
  mention.nhs = compactNhsNumber(text);
  mention.nhsValid = isValidNhsNumber(text);
}

/**
 * Reads a date of birth into an ISO calendar date, or undefined when it is not a full date. A two-digit
 * year is put in the latest century before `options.notAfter` (a DOB is never after the row's date); with no
 * limit, the pivot decides.
 * @param text the DOB as written
 * @param options date order, zone, pivot and the limit no DOB reaches
 * @returns the ISO date, or undefined
 * @example
 * readDob("12/04/1990") // "1990-04-12"
 * readDob("12/04/45", { notAfter: Date.UTC(2019, 2, 2) }) // "1945-04-12"
 */
export function readDob(text: string, options: PeopleOptions = {}): string | undefined {
  const zone = options.timezone ?? "Europe/London";
  const dateOptions = {
    zone,
    dateOrder: options.dateOrder ?? "dmy",
    timezone: zone,
    pivot: options.pivot ?? 50,
  };
  const read = parseDate(text, dateOptions);
  if (!read.ok || read.reading.precision !== "day") return undefined;
  let day = DateTime.fromMillis(read.reading.start, { zone });
  const limit = options.notAfter;
  // A two-digit year (no run of three digits written) is put in the latest century before the limit.
  if (limit !== undefined && !/\d{3}/.test(text)) {
    const inCentury = (year: number) =>
      DateTime.fromObject({ year, month: day.month, day: day.day }, { zone });
    let year = day.year;
    while (year > 0 && !(inCentury(year).isValid && inCentury(year).toMillis() < limit)) year -= 100;
    while (inCentury(year + 100).isValid && inCentury(year + 100).toMillis() < limit) year += 100;
    if (year > 0 && inCentury(year).isValid) day = inCentury(year);
  }
  return day.toISODate() ?? undefined;
}

function applyRole(
  mention: PersonMention,
  role: { role: string; kind: PersonMention["roleKind"]; sex: PersonMention["sex"] },
): void {
  mention.role = role.role;
  mention.roleKind = role.kind;
  if (mention.sex === null) mention.sex = role.sex;
}
