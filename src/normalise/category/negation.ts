/** Words that negate a term written up to a few words after them, in the same clause. */
const cueWords = new Set([
  "no",
  "not",
  "nil",
  "never",
  "none",
  "without",
  "denies",
  "denied",
  "deny",
  "denying",
  "negative",
  "neither",
  "nor",
  "isn't",
  "wasn't",
  "weren't",
  "doesn't",
  "didn't",
  "hasn't",
  "haven't",
  "ruled",
]);

/** Words that end a negation's reach: a new clause or a reported statement starts after them. */
const clauseWords = new Set([
  "but",
  "however",
  "although",
  "though",
  "whereas",
  "says",
  "said",
  "states",
  "stated",
  "reports",
  "reported",
  "disclosed",
  "discloses",
  "admits",
  "admitted",
  "because",
  "then",
  "later",
]);

/** A negation written after a term: "alcohol: denied", "self-harm - nil", "drugs: none". */
const trailingCue =
  /^\s*[:\-–—=]?\s*(?:denied|denies|nil|none|no|negative|not (?:known|disclosed|reported|present))\b/i;

/** How many words before a term a negation cue reaches. */
export const negationWindow = 5;

/**
 * True when the term found at `[start, end)` of `text` is negated: a cue ("no", "not", "denied", "nil",
 * "never", "without"...) within {@link negationWindow} words before it in the same clause, or a cue just
 * after it ("alcohol: denied").
 * @param text the whole text
 * @param start index where the term starts
 * @param end index just after the term
 * @returns whether the term is negated
 * @example
 * isNegated("No concerns about alcohol", 19, 26) // true
 */
export function isNegated(text: string, start: number, end: number): boolean {
  if (trailingCue.test(text.slice(end, end + 20))) return true;
  const before = text.slice(Math.max(0, start - 120), start);
  const clause = before.split(/[.;:!?\n\r()]|\s[-–—]\s/).pop() ?? "";
  const words = clause
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
  for (let i = words.length - 1, n = 0; i >= 0 && n < negationWindow; i--, n++) {
    const word = words[i]!;
    if (clauseWords.has(word)) return false;
    if (cueWords.has(word)) return true;
  }
  return false;
}
