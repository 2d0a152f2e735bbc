import type { CategoryMatch } from "../../model/normalised.js";
import { categorise } from "./categorise.js";
import { baseLexicon, type LexiconEntry } from "./lexicon.js";

/** One synonym: a category and the values a return's category column writes for it. */
export interface CategorySynonym {
  category: string;
  values: readonly string[];
}

/**
 * The synonym table of category columns ("Contact type", "Event type"): whole cell values as case
 * systems export them, mapped to the base vocabulary. Matched on the folded cell (case, spaces and
 * punctuation ignored). It is data: pass your own to {@link categoriseColumn}.
 */
export const baseCategorySynonyms: readonly CategorySynonym[] = [
  {
    category: "home-visit",
    values: ["home visit", "hv", "hv home visit", "visit", "new birth visit", "statutory visit", "cin visit"],
  },
  {
    category: "missed-appointment",
    values: ["dna", "wnb", "cnb", "did not attend", "was not brought", "not brought", "missed appointment"],
  },
  { category: "no-access", values: ["nav", "no access", "no access visit", "no reply"] },
  {
    category: "appointment",
    values: [
      "appointment",
      "consultation",
      "clinic",
      "baby check",
      "immunisation",
      "immunisations",
      "review",
    ],
  },
  {
    category: "contact",
    values: ["contact", "telephone", "phone", "phone call", "telephone call", "letter", "email", "liaison"],
  },
  { category: "referral", values: ["referral", "re referral", "rereferral", "notification", "ppn", "mash"] },
  { category: "assessment", values: ["assessment", "single assessment", "c and f assessment"] },
  {
    category: "strategy-meeting",
    values: ["strategy", "strategy meeting", "strategy discussion", "strat", "strategy call"],
  },
  { category: "child-protection-enquiry", values: ["s47", "section 47", "child protection enquiry"] },
  { category: "conference", values: ["icpc", "rcpc", "conference", "child protection conference"] },
  { category: "plan-start", values: ["cp plan", "child protection plan", "cin plan", "child in need plan"] },
  { category: "case-closed", values: ["closure", "case closed", "case closure", "closed", "nfa"] },
  { category: "transfer-out", values: ["transfer out", "transferred out", "deregistration"] },
  { category: "transfer-in", values: ["transfer in", "transferred in", "registration", "new registration"] },
  { category: "move", values: ["move", "change of address", "address change", "house move"] },
  { category: "injury", values: ["injury", "injuries"] },
  {
    category: "domestic-abuse",
    values: ["domestic", "domestic abuse", "domestic incident", "domestic violence", "dv", "da"],
  },
  { category: "marac", values: ["marac"] },
  { category: "arrest", values: ["arrest"] },
  {
    category: "hospital-attendance",
    values: ["ed attendance", "a and e", "a e", "ed", "emergency department", "admission", "ambulance"],
  },
  { category: "education", values: ["school", "education", "attendance", "exclusion", "ehe"] },
  { category: "death", values: ["death"] },
];

const tables = new WeakMap<readonly CategorySynonym[], ReadonlyMap<string, string>>();

function table(synonyms: readonly CategorySynonym[]): ReadonlyMap<string, string> {
  let map = tables.get(synonyms);
  if (map === undefined) {
    map = new Map(synonyms.flatMap((s) => s.values.map((v) => [foldCell(v), s.category] as const)));
    tables.set(synonyms, map);
  }
  return map;
}

/** A category cell folded for lookup: lower case, `&` as "and", punctuation and spaces collapsed. */
function foldCell(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Options of {@link categoriseColumn}. */
export interface CategoryColumnOptions {
  /** The synonym table; default {@link baseCategorySynonyms}. */
  synonyms?: readonly CategorySynonym[];
  /** The lexicon read over a value the table does not know; default the base lexicon. */
  lexicon?: readonly LexiconEntry[];
}

/**
 * Categories from a return's category column: each part of the cell (split on `/`, `;`, `,`, `+`) is looked
 * up whole in the synonym table; a part the table does not know goes through the lexicon. The trigger is
 * the value as written.
 * @param cell the category cell as written ("Home visit", "DNA", "NAV (no access visit)")
 * @param options synonym table and lexicon
 * @returns the categories found, each with the words that triggered it
 * @example
 * categoriseColumn("Strategy") // [{ category: "strategy-meeting", triggers: ["Strategy"] }]
 */
export function categoriseColumn(cell: string, options: CategoryColumnOptions = {}): CategoryMatch[] {
  const lookup = table(options.synonyms ?? baseCategorySynonyms);
  const found = new Map<string, Set<string>>();
  const add = (category: string, trigger: string) => {
    const set = found.get(category) ?? new Set<string>();
    set.add(trigger);
    found.set(category, set);
  };
  for (const part of cell.split(/[/;,+]/)) {
    const written = part.trim();
    if (written === "") continue;
    const category = lookup.get(foldCell(written));
    if (category !== undefined) add(category, written);
    else
      for (const match of categorise(written, options.lexicon ?? baseLexicon)) {
        for (const trigger of match.triggers) add(match.category, trigger);
      }
  }
  return [...found].map(([category, triggers]) => ({ category, triggers: [...triggers] }));
}
