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
 * People are separated by `;`, `|` or line breaks outside brackets, and by a comma, ` and ` or ` & ` between two
 * full names or roles (`Sarah Jones, Liam Jones`, `Mum and Dad`; never `JONES, Sarah`); details in brackets
 * or after the name (`DOB 12/04/1990`) give role, DOB and NHS number.
 * @param cell the cell as written
 * @param options date order and zone for DOBs
 * @returns one mention per person named, in order
 * @example
 * parsePeopleCell("Liam Jones (child)")[0] // { name: "Liam Jones", role: "child", ... }
 */
export function parsePeopleCell(cell: string, options: PeopleOptions = {}): PersonMention[] {
  const key = `${options.timezone ?? "Europe/London"}\u0000${options.dateOrder ?? "dmy"}\u0000${options.pivot ?? 50}\u0000${cell}`;
  const cached = peopleCells.get(key);
  if (cached !== undefined) return cached.map((mention) => ({ ...mention }));
  const probe: LimitProbe = { used: false };
  const mentions = splitTopLevel(cell, /[;|\n\r]/)
    .flatMap((piece) => joinPeople(splitTopLevel(piece, /,/), ", "))
    .flatMap((piece) => joinPeople(splitAnd(piece), " and "))
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "")
    .map((piece) => mentionOf(piece, options, probe));
  if (!probe.used) {
    if (peopleCells.size >= maxCachedCells) peopleCells.delete(peopleCells.keys().next().value!);
    peopleCells.set(
      key,
      mentions.map((mention) => ({ ...mention })),
    );
  }
  return mentions;
}

/**
 * Set when a reading depends on the DOB limit (`notAfter`): a two-digit DOB year. Such a cell is read anew
 * for every row; any other cell reads the same whatever the row's date, and is cached.
 */
interface LimitProbe {
  used: boolean;
}

/** People cells already read (agencies repeat a family's cell on every row), oldest dropped first. */
const maxCachedCells = 20_000;
const peopleCells = new Map<string, readonly PersonMention[]>();

/** Splits text at single-character separators outside round or square brackets. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (depth === 0 && separator.test(c)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((piece) => piece.trim()).filter((piece) => piece !== "");
}

/** Splits text at ` and ` / ` & ` outside brackets. */
function splitAnd(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/\s+(?:and|&)\s+/gi)) {
    const before = text.slice(0, match.index);
    const depth = (before.match(/[([]/g)?.length ?? 0) - (before.match(/[)\]]/g)?.length ?? 0);
    if (depth > 0) continue;
    out.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  out.push(text.slice(start));
  return out.map((piece) => piece.trim()).filter((piece) => piece !== "");
}

/**
 * Joins pieces back unless both sides of a separator are people: a full name or a role on the left and a
 * full name on the right, or a role on both sides (`Mum, Dad`). `JONES, Sarah` and `Sarah Jones, mother`
 * stay one person.
 */
function joinPeople(pieces: readonly string[], glue: string): string[] {
  const people: string[] = [];
  let current = pieces[0];
  if (current === undefined) return people;
  for (const piece of pieces.slice(1)) {
    const left = personCore(current);
    const right = personCore(piece);
    const family = glue === " and " ? sharedFamilyName(left, right) : null;
    if (family !== null) {
      // `Mr and Mrs Smith`, `Sarah and Darren Jones`: two people, the first named with the family name written once.
      people.push(`${left} ${family}${current.trimStart().slice(left.length)}`);
      current = piece;
      continue;
    }
    const apart =
      (isFullName(right) && (isFullName(left) || isRoleText(left))) ||
      // `Sarah and PC Jones`: a given name alone, then someone known by title or rank.
      (glue === " and " && isGivenWord(left) && isFullName(right) && isTitled(right)) ||
      (isRoleText(left) && isRoleText(right));
    if (apart) {
      people.push(current);
      current = piece;
    } else current = `${current}${glue}${piece}`;
  }
  people.push(current);
  return people;
}

/**
 * The family name two people joined by "and" share when it is written once, after the second: a bare
 * title before a titled name (`Mr and Mrs Smith`), or one given name before an untitled full name
 * (`Sarah and Darren Jones`). Null otherwise (`Sarah Jones and Darren Price` are two full names already).
 */
function sharedFamilyName(left: string, right: string): string | null {
  if (left.includes(" ") || !isFullName(right)) return null;
  const words = right.split(/\s+/);
  // `Stoke and Staffordshire Police`, `Health and Social Care`: the names of services, not of people.
  if ([left, ...words].some((word) => organisationWords.test(word))) return null;
  const titled = nameTitles.test(words[0]!);
  const pair = nameTitles.test(left)
    ? titled
    : !titled && words.length >= 2 && !policeRank.test(right) && isGivenWord(left);
  // The family name as the second person's name reads it, particles and all (`van Dyke`, `St John`).
  return pair ? readName(right).family : null;
}

/** Words that name an organisation or a service rather than a person. */
const organisationWords =
  /^(?:police|constabulary|care|services?|council|trust|hospitals?|schools?|academy|college|nursery|solicitors|housing|health|ambulance|team|centre|center|unit|department|society|association|partnership|board|agency|group|clinic|surgery|practice|ltd|limited|plc|authority|court|probation|prison|fire|rescue|social|children'?s|family|families|community|network|foundation|charity|project|mental|education|nhs)$/i;

/** A name that starts with a title or a police rank (`Mrs Smith`, `PC Jones`). */
function isTitled(name: string): boolean {
  return nameTitles.test(name.split(/\s+/)[0]!) || policeRank.test(name);
}

/** One capitalised word that can be a given name: not a title, a role or a code (`Sarah`, not `Mum`, `GP1`). */
function isGivenWord(word: string): boolean {
  return (
    /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(word) && !nameTitles.test(word) && !isRoleText(word)
  );
}

/** A mention without its brackets and a trailing DOB: what names or describes the person. */
function personCore(text: string): string {
  const open = text.indexOf("(");
  const head = open >= 0 ? text.slice(0, open) : text;
  const dob = trailingDob.exec(head);
  return (dob === null ? head : head.slice(0, dob.index)).trim();
}

/** True when the text is a role, a role code or a person code (`Mum`, `GP1`, `Child A`). */
function isRoleText(text: string): boolean {
  return text !== "" && (readRole(text) !== undefined || isRoleCode(text) || isPersonCode(text));
}

const nameTitles = /^(?:mr|mrs|ms|miss|master|mx|dr|prof|rev)\.?$/i;
const nameWord =
  /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.?|de|da|di|del|della|van|von|der|den|le|la|du|al|el|bin|ibn)$/u;

/** A full name: a title and a name, or at least two capitalised words (`Sarah Jones`, `Mr Price`, `PC Mark Davies`). */
function isFullName(text: string): boolean {
  if (text === "" || isRoleText(text)) return false;
  let words = text.split(/\s+/);
  let titled = false;
  if (words.length > 1 && (nameTitles.test(words[0]!) || policeRank.test(`${words[0]} `))) {
    words = words.slice(1);
    titled = true;
  }
  if (!words.every((word) => nameWord.test(word))) return false;
  return words.length >= (titled ? 1 : 2);
}

/** A DOB written after the name or bracket: `Sarah Jones DOB 12/04/1990`, `Liam, born 03/02/2017`. */
const trailingDob = /[\s,;:-]+(?:dob|d\.o\.b\.?|date of birth|born)\b[\s:.-]*(\S.*)$/i;
/** A DOB anywhere in a bracket's detail: `child DOB 05/06/2019`, `child - d.o.b 03/02/2018`. */
const innerDob =
  /(?:^|[\s,;:-])(?:dob|d\.o\.b\.?|date of birth|born)[\s:.-]*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?\s+\d{2,4})/iu;
/** Police ranks and titles before a name (`PC Mark Davies`, `DS Khan`, `Sgt Lee`): the person is a police officer. */
const policeRank =
  /^(?:(?:PC|DC|DS|PS|DI|DCI|DSI|DCS|PCSO)\.?|(?:sgt|insp|inspector|det|detective|officer|constable|sergeant|dci|pcso)\.?)\s+(?=\p{L})/iu;
const policeRankCaseSensitive = /^(?:PC|DC|DS|PS|DI)\.?\s/;

/**
 * Codes a review writes for a person: `Child A`, `Adult Male 1`, `Mother 2`, `Sibling B`. The code is the
 * person's name; the word before it gives a role or a sex.
 */
const personCodePattern =
  /^(child|baby|sibling|young person|adult|adult male|adult female|male|female|man|woman|mother|father|parent|partner|carer|step-father|step-mother|grandmother|grandfather|brother|sister|aunt|uncle|person|subject)\s*-?\s*(\p{Lu}|\d{1,2})$/iu;

/**
 * True when the text is a person code as reviews write them (`Child A`, `Adult Male 1`, `Mother 2`).
 * @param text the name as written
 * @returns whether it is a person code
 * @example
 * isPersonCode("Child A") // true
 */
export function isPersonCode(text: string): boolean {
  const match = personCodePattern.exec(text.trim());
  // A lower-case letter is a word ("child a"), not a code.
  return match !== null && !/^\p{Ll}$/u.test(match[2]!);
}

/**
 * Reads one person as written: a name, a role, or both, with optional bracketed details.
 * @example
 * readMention("Dr Patel (GP)").roleKind // "professional"
 */
export function readMention(text: string, options: PeopleOptions = {}): PersonMention {
  return mentionOf(text, options, undefined);
}

function mentionOf(text: string, options: PeopleOptions, probe: LimitProbe | undefined): PersonMention {
  const open = text.indexOf("(");
  const close = open >= 0 ? matchingClose(text, open) : -1;
  let head = open >= 0 ? text.slice(0, open) : text;
  const inner = open >= 0 ? text.slice(open + 1, close >= 0 ? close : text.length) : "";
  const tail = close >= 0 ? text.slice(close + 1).replace(/[()]/g, " ") : "";
  const details = splitDetails(inner);
  const headDob = trailingDob.exec(head);
  if (headDob !== null) {
    head = head.slice(0, headDob.index);
    details.push(`DOB ${headDob[1]!.trim()}`);
  }
  const tailDob = trailingDob.exec(` ${tail}`);
  if (tailDob !== null) details.push(`DOB ${tailDob[1]!.trim()}`);
  else details.push(...splitDetails(tail));
  head = head
    .trim()
    .replace(/[,:-]+$/, "")
    .trim();
  // Details after the name: `Sarah Jones, mother`, `Liam Jones, DOB 03/02/2017` (never `JONES, Sarah`).
  const commaParts = splitTopLevel(head, /,/);
  if (commaParts.length > 1 && isFullName(commaParts[0]!)) {
    const trailing = commaParts.slice(1);
    if (trailing.every((part) => isDetailText(part, options, probe))) {
      head = commaParts[0]!;
      details.unshift(...trailing);
    }
  }
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
  const code = personCodePattern.exec(head);
  if (code !== null && isPersonCode(head)) {
    // `Child A`, `Adult Male 1`: the code is the name as the review writes it; its word gives role or sex.
    mention.name = head
      .replace(/\s+/g, " ")
      .replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    const word = code[1]!.toLowerCase();
    const role = readRole(word);
    if (role !== undefined) applyRole(mention, role);
    else if (/female|woman/.test(word)) mention.sex = "female";
    else if (/male|man/.test(word)) mention.sex = "male";
  } else if (headRole !== undefined || isRoleCode(head)) {
    // A role alone ("Mother", "unknown male") is a person with no name; a role code ("GP1") is its own name.
    if (headRole !== undefined) applyRole(mention, headRole);
    if (isRoleCode(head)) mention.name = head.toUpperCase().replace(/\s+/g, " ");
  } else if (head !== "") {
    const rank = policeRank.exec(head);
    const ranked =
      rank !== null && (policeRankCaseSensitive.test(head) || !/^(?:PC|DC|DS|PS|DI)\.?\s/i.test(head));
    const rest = ranked ? head.slice(rank[0].length).trim() : head;
    const name = readName(rest);
    mention.name = name.display;
    mention.title = name.title;
    mention.given = name.given;
    mention.family = name.family;
    mention.sex = name.sex;
    if (ranked) {
      // `PC Mark Davies`: the rank marks a police officer and is not part of the name (`DS Khan` keeps it,
      // as a title is kept when it is all there is).
      const written = rank[0].trim().replace(/\.$/, "");
      mention.title = written;
      if (!rest.includes(" ")) {
        mention.given = null;
        mention.family = name.display;
        mention.name = `${written} ${name.display}`;
      }
      applyRole(mention, { role: "police officer", kind: "professional", sex: null });
    }
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
    addDetail(mention, detail, options, probe);
  }
  return mention;
}

/** The index of the bracket closing the one at `open`, or -1. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

function splitDetails(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((d) => d.trim())
    .filter(Boolean);
}

/** True when a piece after a comma is a detail of the person (a role, DOB, NHS number or date), not a name. */
function isDetailText(text: string, options: PeopleOptions, probe: LimitProbe | undefined): boolean {
  return (
    dobPattern.test(text) ||
    nhsPattern.test(text) ||
    readRole(text) !== undefined ||
    innerDob.test(text) ||
    dobOf(text, options, probe) !== undefined
  );
}

/** A bracketed detail that is a name: letters only (Danny, Mr Price), not a role, date or number. */
function looksLikeName(detail: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(detail) && readRole(detail) === undefined;
}

/** Adds a detail from brackets or a column: a DOB, an NHS number, or a role. */
export function applyDetail(mention: PersonMention, detail: string, options: PeopleOptions): void {
  addDetail(mention, detail, options, undefined);
}

function addDetail(
  mention: PersonMention,
  detail: string,
  options: PeopleOptions,
  probe: LimitProbe | undefined,
): void {
  const dob = dobPattern.exec(detail);
  if (dob !== null) {
    mention.dob = dobOf(dob[1]!, options, probe) ?? mention.dob;
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
  const bare = dobOf(detail, options, probe);
  if (bare !== undefined) {
    mention.dob = bare;
    return;
  }
  // A DOB inside other words ("child DOB 05/06/2019", "child - d.o.b 03/02/2018"): read it, then the rest.
  const inner = innerDob.exec(detail);
  if (inner !== null) {
    mention.dob = dobOf(inner[1]!, options, probe) ?? mention.dob;
    const rest = `${detail.slice(0, inner.index)} ${detail.slice(inner.index + inner[0].length)}`
      .replace(/^[\s,;:-]+|[\s,;:-]+$/g, "")
      .trim();
    if (rest !== "") addDetail(mention, rest, options, probe);
    return;
  }
  if (mention.role !== null) return;
  // A known role among other words ("paternal uncle", "mother of Liam"): the longest, leftmost.
  const words = detail.split(/\s+/);
  for (let size = words.length - 1; size >= 1; size--) {
    for (let at = 0; at + size <= words.length; at++) {
      const found = readRole(words.slice(at, at + size).join(" "));
      if (found !== undefined) {
        applyRole(mention, found);
        return;
      }
    }
  }
  // An unknown role for a named person ("cousin", "youth club leader") is kept as written, in lower case;
  // capitalised words describe rather than relate ("White", "Polish") unless they name a relation
  // ("Cousin", "Family Friend"), and ages ("3 yrs") are not roles.
  const relation = kinWords.test(detail);
  if (
    mention.name !== null &&
    (/^\p{Ll}[\p{L}'’ -]*$/u.test(detail) || relation) &&
    /^[\p{L}'’ -]+$/u.test(detail) &&
    words.length <= 4
  ) {
    mention.role = (relation ? (kinWords.exec(detail)?.[0] ?? detail).toLowerCase() : detail).replace(
      /\s+/g,
      " ",
    );
    mention.roleKind = null;
  }
}

/**
 * Words that name a relation the role vocabulary does not hold: kept as the role however they are
 * capitalised ("Cousin", "Godmother", "Family friend").
 */
const kinWords =
  /\b(?:cousins?|nieces?|nephews?|god(?:mother|father|parent|son|daughter)s?|friends?|fianc[eé]e?|housemates?|flatmates?|relatives?|relations?|in-laws?|great[- ](?:aunt|uncle|grand\w+))\b/iu;

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
  return dobOf(text, options, undefined);
}

function dobOf(text: string, options: PeopleOptions, probe: LimitProbe | undefined): string | undefined {
  const zone = options.timezone ?? "Europe/London";
  const read = dobDay(text, zone, options.dateOrder ?? "dmy", options.pivot ?? 50);
  if (read === null) return undefined;
  const limit = options.notAfter;
  // A two-digit year (no run of three digits written) is put in the latest century before the limit.
  const twoDigitYear = !/\d{3}/.test(text);
  if (twoDigitYear && probe !== undefined) probe.used = true;
  if (limit !== undefined && twoDigitYear) {
    const inCentury = (year: number) =>
      DateTime.fromObject({ year, month: read.month, day: read.day }, { zone });
    let year = read.year;
    while (year > 0 && !(inCentury(year).isValid && inCentury(year).toMillis() < limit)) year -= 100;
    while (inCentury(year + 100).isValid && inCentury(year + 100).toMillis() < limit) year += 100;
    if (year > 0 && inCentury(year).isValid) return inCentury(year).toISODate() ?? undefined;
  }
  return read.iso;
}

/** A DOB's day as written, before any limit moves its century. */
interface DobDay {
  year: number;
  month: number;
  day: number;
  iso: string | undefined;
}

const maxCachedDobs = 50_000;
const dobDays = new Map<string, DobDay | null>();

/**
 * The day a DOB text reads as in a zone, or null when it is not a full date. Cached by text and reading
 * options: DOBs repeat on every row about a person, and reading one costs a date parse and a zoned DateTime.
 */
function dobDay(text: string, zone: string, dateOrder: DateOrder, pivot: number): DobDay | null {
  const key = `${zone}\u0000${dateOrder}\u0000${pivot}\u0000${text}`;
  const cached = dobDays.get(key);
  if (cached !== undefined) return cached;
  const read = parseDate(text, { dateOrder, timezone: zone, pivot });
  let found: DobDay | null = null;
  if (read.ok && read.reading.precision === "day") {
    const day = DateTime.fromMillis(read.reading.start, { zone });
    found = { year: day.year, month: day.month, day: day.day, iso: day.toISODate() ?? undefined };
  }
  if (dobDays.size >= maxCachedDobs) dobDays.clear();
  dobDays.set(key, found);
  return found;
}

function applyRole(
  mention: PersonMention,
  role: { role: string; kind: PersonMention["roleKind"]; sex: PersonMention["sex"] },
): void {
  mention.role = role.role;
  mention.roleKind = role.kind;
  if (mention.sex === null) mention.sex = role.sex;
}
