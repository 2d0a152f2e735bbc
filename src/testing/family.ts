import { formatDay } from "./calendar.js";
import { childNames, familyNames, femaleNames, maleNames, nameVariants, streets } from "./names.js";
import type { Random } from "./random.js";

export type SimRole = "mother" | "child" | "partner" | "grandmother";

/** One synthetic person, as the world knows them (the truth). */
export interface SimPerson {
  id: string;
  role: SimRole;
  given: string;
  family: string;
  sex: "male" | "female";
  /** Day number of birth. */
  dob: number;
  nhs: string;
}

/** One synthetic household and its circumstances. */
export interface SimFamily {
  index: number;
  mother: SimPerson;
  children: SimPerson[];
  partner: SimPerson | null;
  /** The partner is in the household but no one in CSC or health visiting checks him. */
  hiddenMan: boolean;
  grandmother: SimPerson | null;
  address: string;
  postcode: string;
}

/**
 * Creates a family whose children are under 16 at the review's start.
 * @param index the family's number, part of every truth id
 * @param from the review's first day (day number)
 */
export function createFamily(random: Random, index: number, from: number): SimFamily {
  const tag = `f${String(index).padStart(4, "0")}`;
  const surname = random.pick(familyNames);
  const person = (
    role: SimRole,
    n: number,
    given: string,
    family: string,
    sex: "male" | "female",
    dob: number,
  ) => ({
    id: `${tag}-${role}${n === 0 ? "" : n}`,
    role,
    given,
    family,
    sex,
    dob,
    nhs: nhsNumber(random),
  });
  const motherDob = from - random.int(19 * 365, 38 * 365);
  const mother = person("mother", 0, random.pick(femaleNames), surname, "female", motherDob);
  const count = random.int(1, 3);
  const children: SimPerson[] = [];
  const used = new Set<string>();
  for (let n = 1; n <= count; n++) {
    let given = random.pick(childNames);
    while (used.has(given)) given = random.pick(childNames);
    used.add(given);
    const dob = from - random.int(30, 12 * 365);
    children.push(person("child", n, given, surname, random.chance(0.5) ? "male" : "female", dob));
  }
  children.sort((a, b) => a.dob - b.dob || (a.id < b.id ? -1 : 1));
  const partner = random.chance(0.75)
    ? person(
        "partner",
        0,
        random.pick(maleNames),
        random.pick(familyNames),
        "male",
        from - random.int(20 * 365, 42 * 365),
      )
    : null;
  const grandmother = random.chance(0.4)
    ? person(
        "grandmother",
        0,
        random.pick(femaleNames),
        surname,
        "female",
        motherDob - random.int(18 * 365, 30 * 365),
      )
    : null;
  const letters = "ABDEFGHJLNPQRSTUWXYZ";
  return {
    index,
    mother,
    children,
    partner,
    hiddenMan: partner !== null && random.chance(0.5),
    grandmother,
    address: `Flat ${random.int(1, 12)}, ${random.int(2, 180)} ${random.pick(streets)}`,
    postcode: `ZY${random.int(1, 9)} ${random.int(1, 9)}${random.pick([...letters])}${random.pick([...letters])}`,
  };
}

/** A valid NHS number in the 999 range, which the NHS keeps for test data. */
function nhsNumber(random: Random): string {
  for (;;) {
    const digits = [9, 9, 9, ...Array.from({ length: 6 }, () => random.int(0, 9))];
    const sum = digits.reduce((acc, d, i) => acc + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    digits.push(check === 11 ? 0 : check);
    const text = digits.join("");
    return `${text.slice(0, 3)} ${text.slice(3, 6)} ${text.slice(6)}`;
  }
}

/** The given name as one agency writes it: usually as the world knows it, sometimes another spelling. */
export function writtenGiven(random: Random, person: SimPerson, p = 0.12): string {
  const variants = nameVariants[person.given];
  return variants !== undefined && random.chance(p) ? random.pick(variants) : person.given;
}

/** The family name as one agency writes it. */
export function writtenFamily(random: Random, person: SimPerson, p = 0.12): string {
  const variants = nameVariants[person.family];
  return variants !== undefined && random.chance(p) ? random.pick(variants) : person.family;
}

/** "Sarah Jones", with the agency's occasional misspelling. */
export function plainName(random: Random, person: SimPerson): string {
  return `${writtenGiven(random, person)} ${writtenFamily(random, person)}`;
}

/** "Sarah JONES", as police systems write names. */
export function shoutedName(random: Random, person: SimPerson): string {
  return `${writtenGiven(random, person)} ${writtenFamily(random, person).toUpperCase()}`;
}

/** `DOB 12/04/1990` in a date style. */
export function dobText(person: SimPerson): string {
  return `DOB ${formatDay(person.dob, "dd/mm/yyyy")}`;
}
