/** One lexicon entry: a category and the words or phrases (regular-expression source) that trigger it. */
export interface LexiconEntry {
  category: string;
  terms: readonly string[];
}

/**
 * The base lexicon over event text. Terms are matched as whole words, case-insensitively.
 * It is data: pass your own to {@link categorise} to extend or replace it.
 */
export const baseLexicon: readonly LexiconEntry[] = [
  {
    category: "missed-appointment",
    terms: [
      "dna",
      "did not attend",
      "was not brought",
      "wnb",
      "cnb",
      "not brought",
      "failed to attend",
      "missed appointment",
      "cancelled appointment",
    ],
  },
  {
    category: "no-access",
    terms: ["no access", "nav", "no reply", "no answer", "nobody home", "no one home", "no-one at home"],
  },
  {
    category: "home-visit",
    terms: [
      "home visit",
      "hv visit",
      "visited at home",
      "visit to the home",
      "unannounced visit",
      "announced visit",
    ],
  },
  {
    category: "appointment",
    terms: ["appointment", "clinic", "surgery consultation", "review appointment", "check"],
  },
  {
    category: "referral",
    terms: ["referral", "referred", "re-referral", "mash", "contact to csc", "notification"],
  },
  { category: "assessment", terms: ["assessment", "single assessment", "c&f assessment", "core assessment"] },
  { category: "strategy-meeting", terms: ["strategy meeting", "strategy discussion"] },
  {
    category: "child-protection-enquiry",
    terms: ["s47", "section 47", "child protection enquiry", "cp enquiry"],
  },
  {
    category: "conference",
    terms: ["icpc", "rcpc", "child protection conference", "case conference", "review conference"],
  },
  {
    category: "plan-start",
    terms: ["cp plan", "child protection plan", "cin plan", "child in need plan", "made subject"],
  },
  { category: "plan-end", terms: ["plan ended", "removed from plan", "cp plan ended", "de-registered"] },
  {
    category: "case-closed",
    terms: ["case closed", "closed", "closure", "nfa", "no further action", "stepped down", "discharged"],
  },
  {
    category: "transfer-out",
    terms: ["transferred out", "transfer out", "transferred to", "moved out of area"],
  },
  {
    category: "transfer-in",
    terms: ["transferred in", "transfer in", "new registration", "registered with"],
  },
  {
    category: "move",
    terms: [
      "moved to",
      "moved address",
      "new address",
      "change of address",
      "moved house",
      "house move",
      "rehoused",
      "no forwarding address",
    ],
  },
  {
    category: "household-change",
    terms: [
      "moved in",
      "moves in",
      "moved out",
      "left the family home",
      "lives with",
      "living with",
      "new partner",
    ],
  },
  {
    category: "injury",
    terms: [
      "injury",
      "injuries",
      "bruise",
      "bruising",
      "bruised",
      "burn",
      "fracture",
      "cut",
      "laceration",
      "swelling",
      "bite mark",
      "head injury",
    ],
  },
  {
    category: "domestic-abuse",
    terms: [
      "domestic",
      "domestic abuse",
      "domestic violence",
      "dv",
      "assault",
      "assaulted",
      "dash",
      "argument",
      "strangled",
      "coercive",
      "controlling",
      "non-molestation",
    ],
  },
  {
    category: "substance-misuse",
    terms: [
      "alcohol",
      "drunk",
      "intoxicated",
      "cannabis",
      "heroin",
      "cocaine",
      "methadone",
      "overdose",
      "drug use",
      "drugs",
      "substance misuse",
      "smelled of alcohol",
    ],
  },
  {
    category: "mental-health",
    terms: [
      "depression",
      "depressed",
      "anxiety",
      "self-harm",
      "self harm",
      "suicidal",
      "sectioned",
      "mental health",
      "camhs",
      "psychosis",
      "postnatal depression",
      "antidepressant",
      "sertraline",
      "fluoxetine",
    ],
  },
  { category: "marac", terms: ["marac", "idva"] },
  { category: "arrest", terms: ["arrest", "arrested", "charged", "custody", "remanded"] },
  {
    category: "hospital-attendance",
    terms: [
      "a&e",
      "ed attendance",
      "emergency department",
      "admitted",
      "hospital",
      "attended ed",
      "ambulance",
    ],
  },
  {
    category: "education",
    terms: [
      "school",
      "nursery",
      "attendance",
      "exclusion",
      "excluded",
      "elective home education",
      "ehe",
      "deregistered",
      "off roll",
    ],
  },
  { category: "child-seen", terms: ["child seen", "seen alone", "observed", "seen and spoken to"] },
  { category: "death", terms: ["died", "death", "deceased", "pronounced dead", "fatal"] },
];
