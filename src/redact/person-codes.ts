import { isChild } from "../analyse/subjects.js";
import type { Person, Sex } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { nameKey } from "../normalise/people/name.js";
import { isPersonCode } from "../normalise/people/people-cell.js";
import { isRoleCode, readRole } from "../normalise/people/roles.js";

/** Options of code assignment: who the review is about and when ages are judged. */
export interface CodeOptions {
  /** The review's focus people by name: they come first among the children (Child A). */
  subjects?: readonly string[];
  /** Epoch ms at which a DOB makes someone a child; default the end of the latest event. */
  asOf?: number;
}

/** Family roles that name one person in a review ("Mother"), numbered when several share them. */
const familyCodes: Readonly<Record<string, string>> = {
  mother: "Mother",
  father: "Father",
  "step-father": "Step-father",
  "step-mother": "Step-mother",
  grandmother: "Grandmother",
  grandfather: "Grandfather",
  husband: "Husband",
  wife: "Wife",
  aunt: "Aunt",
  uncle: "Uncle",
  brother: "Brother",
  sister: "Sister",
  sibling: "Sibling",
};

/** Professional roles and the prefix of their code (GP1, HV2, SW1). */
const professionalCodes: Readonly<Record<string, string>> = {
  gp: "GP",
  "health visitor": "HV",
  "social worker": "SW",
  midwife: "MW",
  "police officer": "PC",
  "probation officer": "PO",
  teacher: "Teacher",
  nurse: "Nurse",
  doctor: "Doctor",
  paediatrician: "Paediatrician",
  paramedic: "Paramedic",
  idva: "IDVA",
  "housing officer": "HO",
  "support worker": "SupportWorker",
};

/**
 * Gives every person the code a published review uses for them: children `Child A`, `Child B` (subjects
 * first, then by date of birth, name and id), family by role (`Mother`, `Father`, `Mother 2` when two
 * share it), other adults `Adult Male 1`, `Adult Female 1`, `Adult 1`, professionals `GP1`, `SW2`
 * (a person already written as a role code keeps it). The codes depend on the people, never on input order.
 * @param people the resolved people of a chronology
 * @param options subjects and the instant at which age is judged (without it, only the role makes a child)
 * @returns the code of each person id
 * @example
 * assignCodes([sarah, liam, drPatel], { asOf }) // Map { liam.id => "Child A", sarah.id => "Mother", drPatel.id => "GP1" }
 */
export function assignCodes(people: readonly Person[], options: CodeOptions = {}): Map<string, string> {
  const subjects = new Set((options.subjects ?? []).map(nameKey));
  const isSubject = (p: Person) => [p.name, ...p.aliases].some((n) => subjects.has(nameKey(n)));
  const sorted = [...people].sort(
    (a, b) =>
      Number(isSubject(b)) - Number(isSubject(a)) ||
      compareText(a.dob ?? "\uffff", b.dob ?? "\uffff") ||
      compareText(nameKey(a.name), nameKey(b.name)) ||
      compareText(a.id, b.id),
  );
  const codes = new Map<string, string>();
  const used = new Set<string>();
  // A person already known by a role code ("GP1") keeps it; new codes skip it.
  for (const person of sorted) {
    if (isRoleCode(person.name) && isProfessional(person)) {
      const code = person.name.replace(/\s+/g, "");
      if (!used.has(code.toLowerCase())) {
        codes.set(person.id, code);
        used.add(code.toLowerCase());
      }
    } else if (isPersonCode(person.name) && !used.has(person.name.toLowerCase())) {
      // A person the returns already call by a code ("Child A", "Adult Male 1") keeps it; nobody else gets it.
      codes.set(person.id, person.name);
      used.add(person.name.toLowerCase());
    }
  }
  const groups = new Map<string, Person[]>();
  let children = 0;
  for (const person of sorted) {
    if (codes.has(person.id)) continue;
    const child = options.asOf === undefined ? person.roles.includes("child") : isChild(person, options.asOf);
    if (child && !isProfessional(person)) {
      let code = `Child ${letters(children++)}`;
      while (used.has(code.toLowerCase())) code = `Child ${letters(children++)}`;
      codes.set(person.id, code);
      used.add(code.toLowerCase());
      continue;
    }
    const group = groupOf(person);
    groups.set(group.key, [...(groups.get(group.key) ?? []), person]);
  }
  for (const [key, members] of groups) {
    const [kind, label] = key.split("\u0000") as [string, string];
    let n = 0;
    for (const person of members) {
      let code: string;
      do {
        n += 1;
        code =
          kind === "family" && members.length === 1 && n === 1
            ? label
            : kind === "professional"
              ? `${label}${n}`
              : `${label} ${n}`;
      } while (used.has(code.toLowerCase()));
      codes.set(person.id, code);
      used.add(code.toLowerCase());
    }
  }
  return codes;
}

function isProfessional(person: Person): boolean {
  return (
    person.roles.some((r) => Object.hasOwn(professionalCodes, r)) &&
    !person.roles.some((r) => Object.hasOwn(familyCodes, r))
  );
}

function groupOf(person: Person): { key: string } {
  const family = person.roles.find((r) => Object.hasOwn(familyCodes, r));
  if (family !== undefined) return { key: `family\u0000${familyCodes[family]}` };
  const professional = person.roles.find((r) => Object.hasOwn(professionalCodes, r));
  if (professional !== undefined) return { key: `professional\u0000${professionalCodes[professional]}` };
  const sex = sexOf(person);
  return { key: `adult\u0000${sex === "male" ? "Adult Male" : sex === "female" ? "Adult Female" : "Adult"}` };
}

/** The person's sex, or the one their roles imply (boyfriend: male). */
function sexOf(person: Person): Sex {
  if (person.sex !== null) return person.sex;
  const implied = new Set(person.roles.map((r) => readRole(r)?.sex ?? null).filter((s) => s !== null));
  return implied.size === 1 ? ([...implied][0] ?? null) : null;
}

/** A, B, … Z, AA, AB, … */
function letters(index: number): string {
  let n = index;
  let text = "";
  do {
    text = String.fromCharCode(65 + (n % 26)) + text;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return text;
}
