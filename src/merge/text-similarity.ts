import { nameKey } from "../normalise/people/name.js";

// Words that say nothing about which incident a narrative is about.
const stopwords = new Set(
  (
    "the and for was were with that this from had has have not but she her his him they them their " +
    "there then than who what when where which while into onto out off over under about after before " +
    "also been being are its per via all any one two three did does done can could would should will " +
    "may might must our your you yes no due inc called call seen said says told stated states reported " +
    "report advised advice given made make spoke spoken"
  ).split(" "),
);

// Words agencies use for one act or one role, read as one: the police's "assaulted by partner" is the
// emergency department's "hit by her boyfriend". "notification" stays whole (see keptApart in evidence.ts).
const synonyms: readonly [RegExp, string][] = [
  [
    /^(?:hit|hits|hitting|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|struck|strikes?|attack(?:s|ed|ing)?|beat|beaten|beating)$/,
    "assau",
  ],
  [/^(?:boyfriends?|girlfriends?|husbands?|wife|fiancee?)$/, "partn"],
  // The noun, kept whole: what the agency that was told writes ("Police notification", "ED notification").
  [/^notifications?$/, "notification"],
];

/**
 * The content words of a narrative, folded (case, diacritics) and cut to a 5-letter stem so that
 * "assaulted" and "assault", "injury" and "injuries" meet; words for one act or role ("hit", "punched",
 * "assaulted"; "boyfriend", "partner") are read as one.
 * @param text a narrative (summary and action)
 * @returns the set of stems
 * @example
 * textTokens("Sarah ASSAULTED by partner") // Set { "sarah", "assau", "partn" }
 */
export function textTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of foldedWords(text)) {
    const token = tokenOf(word);
    if (token !== null) tokens.add(token);
  }
  return tokens;
}

/**
 * The words of `nameKey(text)`. Printable ASCII text, the usual case, is folded in one pass to the
 * same words: lower case, apostrophes and backticks dropped, every other character not a letter or digit a
 * break between words.
 */
export function foldedWords(text: string): string[] {
  if (/[^\t\n\r -~]/.test(text)) return nameKey(text).split(" ");
  const words = text
    .toLowerCase()
    .replace(/['`]/g, "")
    .match(/[a-z0-9]+/g);
  return words === null ? [""] : words;
}

/** Each folded word's stem (null for a word that says nothing), read once per word: words repeat. */
const stems = new Map<string, string | null>();

function tokenOf(word: string): string | null {
  let token = stems.get(word);
  if (token === undefined) {
    if (word.length < 3 || stopwords.has(word) || /^\d+$/.test(word)) token = null;
    else {
      const same = synonyms.find(([pattern]) => pattern.test(word));
      token = same === undefined ? word.slice(0, 5) : same[1];
    }
    // A long run meets a bounded vocabulary; the cap keeps a library caller's memory bounded too.
    if (stems.size > 100_000) stems.clear();
    stems.set(word, token);
  }
  return token;
}

/**
 * Dice similarity of two token sets: 2|A∩B| / (|A|+|B|), 0 when either is empty. Symmetric.
 * @example
 * diceSimilarity(new Set(["a", "b"]), new Set(["b", "c"])) // 0.5
 */
export function diceSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Overlap coefficient of two sets: |A∩B| / min(|A|,|B|), or `empty` when either is empty. Symmetric.
 * @example
 * overlap(["p1"], ["p1", "p2"], 0.5) // 1
 */
export function overlap(a: readonly string[], b: readonly string[], empty: number): number {
  if (a.length === 0 || b.length === 0) return empty;
  let shared = 0;
  if (b.length <= 8) {
    // Lists of a row's people are short: a scan is cheaper than a set.
    for (const value of a) if (b.includes(value)) shared++;
  } else {
    const set = new Set(b);
    for (const value of a) if (set.has(value)) shared++;
  }
  return shared / Math.min(a.length, b.length);
}
