import type { Sex } from "../../model/chronology.js";

const titles: Readonly<Record<string, Sex>> = {
  mr: "male",
  master: "male",
  mrs: "female",
  ms: "female",
  miss: "female",
  dr: null,
  prof: null,
  rev: null,
  mx: null,
};

export interface NameReading {
  /** The name for display, case normalised, diacritics kept. */
  display: string;
  title: string | null;
  given: string | null;
  family: string | null;
  /** The sex the title implies (Mr, Mrs, Ms, Miss, Master), else null. */
  sex: Sex;
}

/**
 * Reads a personal name: title kept as a hint, shouting case (`JONES`) put right, Mc/Mac/O' kept.
 * @param text the name as written
 * @returns display form, title, given and family names
 * @example
 * readName("Mrs Sarah JONES-SMITH") // { display: "Sarah Jones-Smith", title: "Mrs", given: "Sarah", family: "Jones-Smith", sex: "female" }
 */
export function readName(text: string): NameReading {
  const words = text.trim().replace(/\s+/g, " ").split(" ").filter(Boolean);
  let title: string | null = null;
  let sex: Sex = null;
  const first = words[0]?.toLowerCase().replace(/\.$/, "");
  if (first !== undefined && first in titles && words.length > 1) {
    title = capitalise(first);
    sex = titles[first] ?? null;
    words.shift();
  }
  const cased = words.map(fixCase);
  const given = cased.length > 1 ? cased[0]! : title !== null ? null : (cased[0] ?? null);
  const family = cased.length > 1 ? cased.slice(1).join(" ") : title !== null ? (cased[0] ?? null) : null;
  const display = title !== null && given === null ? `${title} ${family ?? ""}`.trim() : cased.join(" ");
  return { display, title, given, family, sex };
}

/**
 * Folds a name for matching: diacritics removed, lower case, punctuation dropped (Krężołek → krezolek).
 * @example
 * nameKey("Krężołek") // "krezolek"
 */
export function nameKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ø/gi, "o")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function fixCase(word: string): string {
  const hasLower = /\p{Ll}/u.test(word);
  const hasUpper = /\p{Lu}/u.test(word);
  // Mixed case as written ("McDonald", "de Souza") is the writer's choice: keep it.
  if (hasLower && hasUpper && !/^\p{Lu}+$/u.test(word)) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’ ])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/^(Mc)(\p{L})/u, (_m, mc: string, letter: string) => mc + letter.toUpperCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
