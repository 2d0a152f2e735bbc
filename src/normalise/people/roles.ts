import type { Sex } from "../../model/chronology.js";
import type { RoleKind } from "../../model/normalised.js";

interface RoleEntry {
  role: string;
  kind: RoleKind;
  sex: Sex;
  words: readonly string[];
}

/**
 * The role vocabulary: family and professional roles, with the sex a family role implies, and people outside
 * both (kind "other": landlord, neighbour, member of the public), who are neither professionals nor household.
 */
export const roleVocabulary: readonly RoleEntry[] = [
  {
    role: "mother",
    kind: "family",
    sex: "female",
    words: ["mother", "mum", "mom", "mummy", "birth mother", "maternal"],
  },
  {
    role: "father",
    kind: "family",
    sex: "male",
    words: ["father", "dad", "daddy", "birth father", "biological father"],
  },
  {
    role: "step-father",
    kind: "family",
    sex: "male",
    words: ["step-father", "stepfather", "step father", "step-dad", "stepdad"],
  },
  {
    role: "step-mother",
    kind: "family",
    sex: "female",
    words: ["step-mother", "stepmother", "step mother", "step-mum", "stepmum"],
  },
  {
    role: "partner",
    kind: "family",
    sex: null,
    words: ["partner", "mother's partner", "mum's partner", "cohabitee", "ex-partner", "ex partner"],
  },
  {
    role: "boyfriend",
    kind: "family",
    sex: "male",
    words: ["boyfriend", "mum's boyfriend", "mother's boyfriend", "ex-boyfriend"],
  },
  {
    role: "girlfriend",
    kind: "family",
    sex: "female",
    words: ["girlfriend", "dad's girlfriend", "father's girlfriend", "ex-girlfriend"],
  },
  { role: "husband", kind: "family", sex: "male", words: ["husband", "ex-husband"] },
  { role: "wife", kind: "family", sex: "female", words: ["wife", "ex-wife"] },
  {
    role: "grandmother",
    kind: "family",
    sex: "female",
    words: [
      "grandmother",
      "gran",
      "nan",
      "nana",
      "grandma",
      "maternal grandmother",
      "paternal grandmother",
      "mgm",
      "pgm",
    ],
  },
  {
    role: "grandfather",
    kind: "family",
    sex: "male",
    words: [
      "grandfather",
      "grandad",
      "granddad",
      "grandpa",
      "maternal grandfather",
      "paternal grandfather",
      "mgf",
      "pgf",
    ],
  },
  {
    role: "sibling",
    kind: "family",
    sex: null,
    words: ["sibling", "half-sibling", "half sibling", "step-sibling"],
  },
  {
    role: "brother",
    kind: "family",
    sex: "male",
    words: ["brother", "half-brother", "half brother", "step-brother"],
  },
  {
    role: "sister",
    kind: "family",
    sex: "female",
    words: ["sister", "half-sister", "half sister", "step-sister"],
  },
  { role: "aunt", kind: "family", sex: "female", words: ["aunt", "auntie", "aunty"] },
  { role: "uncle", kind: "family", sex: "male", words: ["uncle"] },
  {
    role: "child",
    kind: "family",
    sex: null,
    words: ["child", "baby", "infant", "subject child", "young person", "yp", "toddler", "foster child"],
  },
  { role: "child", kind: "family", sex: "male", words: ["son", "stepson", "step-son", "boy"] },
  {
    role: "child",
    kind: "family",
    sex: "female",
    words: ["daughter", "stepdaughter", "step-daughter", "girl"],
  },
  { role: "carer", kind: "family", sex: null, words: ["carer", "foster carer", "kinship carer", "guardian"] },
  {
    role: "lodger",
    kind: "family",
    sex: null,
    words: ["lodger", "friend of family", "family friend", "visitor"],
  },
  {
    role: "unknown male",
    kind: "family",
    sex: "male",
    words: ["unknown male", "unidentified male", "unnamed male", "male visitor", "male friend"],
  },
  {
    role: "unknown female",
    kind: "family",
    sex: "female",
    words: ["unknown female", "unidentified female", "unnamed female"],
  },
  { role: "gp", kind: "professional", sex: null, words: ["gp", "general practitioner", "family doctor"] },
  { role: "health visitor", kind: "professional", sex: null, words: ["health visitor", "hv"] },
  { role: "midwife", kind: "professional", sex: null, words: ["midwife", "mw", "community midwife"] },
  {
    role: "social worker",
    kind: "professional",
    sex: null,
    words: ["social worker", "sw", "swr", "allocated social worker"],
  },
  {
    role: "teacher",
    kind: "professional",
    sex: null,
    words: ["teacher", "head teacher", "headteacher", "class teacher", "dsl", "designated safeguarding lead"],
  },
  {
    role: "police officer",
    kind: "professional",
    sex: null,
    words: ["officer", "police officer", "pc", "ps", "dc", "ds", "police"],
  },
  {
    role: "paediatrician",
    kind: "professional",
    sex: null,
    words: ["paediatrician", "consultant paediatrician"],
  },
  { role: "nurse", kind: "professional", sex: null, words: ["nurse", "school nurse", "practice nurse"] },
  {
    role: "doctor",
    kind: "professional",
    sex: null,
    words: ["doctor", "consultant", "registrar", "ed doctor", "a&e doctor"],
  },
  { role: "paramedic", kind: "professional", sex: null, words: ["paramedic", "ambulance crew", "crew"] },
  {
    role: "probation officer",
    kind: "professional",
    sex: null,
    words: ["probation officer", "offender manager"],
  },
  { role: "idva", kind: "professional", sex: null, words: ["idva", "isva"] },
  {
    role: "mental health worker",
    kind: "professional",
    sex: null,
    words: ["cpn", "psychiatrist", "mental health nurse", "mental health worker", "care coordinator"],
  },
  { role: "housing officer", kind: "professional", sex: null, words: ["housing officer", "housing worker"] },
  { role: "interpreter", kind: "professional", sex: null, words: ["interpreter", "translator"] },
  {
    role: "solicitor",
    kind: "professional",
    sex: null,
    words: ["solicitor", "lawyer", "legal representative", "legal advisor", "legal adviser"],
  },
  { role: "barrister", kind: "professional", sex: null, words: ["barrister", "counsel"] },
  {
    role: "advocate",
    kind: "professional",
    sex: null,
    words: ["advocate", "independent advocate", "imca", "imha"],
  },
  { role: "counsellor", kind: "professional", sex: null, words: ["counsellor", "counselor"] },
  {
    role: "therapist",
    kind: "professional",
    sex: null,
    words: ["therapist", "psychotherapist", "family therapist", "play therapist", "occupational therapist"],
  },
  { role: "psychologist", kind: "professional", sex: null, words: ["psychologist", "clinical psychologist"] },
  { role: "pharmacist", kind: "professional", sex: null, words: ["pharmacist"] },
  { role: "dentist", kind: "professional", sex: null, words: ["dentist"] },
  {
    role: "youth worker",
    kind: "professional",
    sex: null,
    words: ["youth worker", "youth offending worker", "yot worker"],
  },
  { role: "landlord", kind: "other", sex: null, words: ["landlord", "landlady", "letting agent"] },
  { role: "neighbour", kind: "other", sex: null, words: ["neighbour", "neighbor"] },
  {
    role: "member of the public",
    kind: "other",
    sex: null,
    words: ["member of the public", "member of public", "mop", "passer-by", "passerby", "witness"],
  },
  { role: "employer", kind: "other", sex: null, words: ["employer", "colleague", "work colleague"] },
  {
    role: "support worker",
    kind: "professional",
    sex: null,
    words: [
      "support worker",
      "family support worker",
      "keyworker",
      "key worker",
      "drug worker",
      "recovery worker",
    ],
  },
];

const roleIndex: ReadonlyMap<string, RoleEntry> = new Map(
  roleVocabulary.flatMap((entry) => entry.words.map((word) => [word, entry] as const)),
);

/** Professional role codes as reviews write them: GP1, HV2, SW1, PC 1234, DC Smith. */
const roleCodePattern = /^(gp|hv|sw|mw|pc|dc|ds|ps|sn|idva|fsw|tchr|dsl|cpn|po)\s*-?\s*\d+$/i;
const codeRoles: Readonly<Record<string, string>> = {
  gp: "gp",
  hv: "health visitor",
  sw: "social worker",
  mw: "midwife",
  pc: "police officer",
  dc: "police officer",
  ds: "police officer",
  ps: "police officer",
  sn: "nurse",
  idva: "idva",
  fsw: "support worker",
  tchr: "teacher",
  dsl: "teacher",
  cpn: "mental health worker",
  po: "probation officer",
};

export interface RoleReading {
  role: string;
  kind: RoleKind;
  sex: Sex;
}

/**
 * Reads a role as written ("Mum", "mother's boyfriend", "HV", "GP1") into the vocabulary.
 * @param text the role as written
 * @returns the canonical role, its kind and the sex it implies, or undefined when unknown
 * @example
 * readRole("Mum's boyfriend") // { role: "boyfriend", kind: "family", sex: "male" }
 */
export function readRole(text: string): RoleReading | undefined {
  const key = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^a-z0-9&' -]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const entry = roleIndex.get(key);
  if (entry !== undefined) return { role: entry.role, kind: entry.kind, sex: entry.sex };
  const code = roleCodePattern.exec(key);
  if (code !== null) return { role: codeRoles[code[1]!.toLowerCase()]!, kind: "professional", sex: null };
  return undefined;
}

/**
 * True when the text is a professional role code such as `GP1`, `SW 2`, `PC 1234`.
 * @example
 * isRoleCode("HV1") // true
 */
export function isRoleCode(text: string): boolean {
  return roleCodePattern.test(text.trim());
}
