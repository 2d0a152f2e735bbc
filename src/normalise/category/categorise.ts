import type { CategoryMatch } from "../../model/normalised.js";
import { baseLexicon, type LexiconEntry } from "./lexicon.js";
import { isNegated } from "./negation.js";

interface CompiledEntry {
  category: string;
  negatable: boolean;
  /** The entry's terms as whole words, sticky: tried at one position at a time. */
  pattern: RegExp;
}

interface CompiledLexicon {
  entries: CompiledEntry[];
  /**
   * Zero-width, at every position where some term of some entry matches as a whole word: one scan of the text
   * finds the only places an entry's pattern can match. Undefined when a term is empty (it matches nothing
   * but a word boundary): such a lexicon is scanned entry by entry.
   */
  anyTerm: RegExp | undefined;
  /** Texts already read (returns repeat their wording: "DNA", "Letter sent"), oldest dropped first. */
  read: Map<string, readonly CategoryMatch[]>;
}

const maxCachedTexts = 10_000;
const maxCachedLength = 2_000;

const cache = new WeakMap<readonly LexiconEntry[], CompiledLexicon>();

/** A term that carries its own negation ("no reply", "not brought") is never negated again. */
const selfNegated = /^(?:no|not|nobody|no-one|none|nil|never|unable|failed|didn't|did\s+not)\b/i;

const before = "(?<![\\p{L}\\p{N}])";
const after = "(?![\\p{L}\\p{N}])";

function compile(lexicon: readonly LexiconEntry[]): CompiledLexicon {
  let compiled = cache.get(lexicon);
  if (compiled === undefined) {
    const alternations = lexicon.map((entry) =>
      entry.terms
        .map(escapeTerm)
        .sort((a, b) => b.length - a.length)
        .join("|"),
    );
    const empty = lexicon.some((entry) => entry.terms.length === 0 || entry.terms.includes(""));
    compiled = {
      entries: lexicon.map((entry, i) => ({
        category: entry.category,
        negatable: entry.negatable ?? true,
        pattern: new RegExp(`${before}(?:${alternations[i]})${after}`, empty ? "giu" : "iuy"),
      })),
      anyTerm: empty ? undefined : new RegExp(`${before}(?=(?:${alternations.join("|")})${after})`, "giu"),
      read: new Map(),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

function escapeTerm(term: string): string {
  return term
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ /g, "\\s+")
    .replace(/'/g, "['’]");
}

/**
 * Assigns categories to an event from its text through a lexicon, keeping the words that triggered each.
 * A term after a negation cue in the same clause ("no concerns about alcohol", "denied drug use",
 * "no thoughts of self-harm") does not trigger, nor does one followed by "denied" or "nil".
 * @param text the event's summary and action
 * @param lexicon the lexicon; default {@link baseLexicon}
 * @returns the categories found, in lexicon order, each with its trigger words as written
 * @example
 * categorise("Liam WNB for 9-month check")[0] // { category: "missed-appointment", triggers: ["WNB"] }
 * categorise("No concerns about alcohol") // []
 */
export function categorise(text: string, lexicon: readonly LexiconEntry[] = baseLexicon): CategoryMatch[] {
  const compiled = compile(lexicon);
  if (text.length > maxCachedLength) return find(text, compiled);
  const cached = compiled.read.get(text);
  if (cached !== undefined) return copyMatches(cached);
  const matches = find(text, compiled);
  if (compiled.read.size >= maxCachedTexts) compiled.read.delete(compiled.read.keys().next().value!);
  compiled.read.set(text, copyMatches(matches));
  return matches;
}

function copyMatches(matches: readonly CategoryMatch[]): CategoryMatch[] {
  return matches.map((match) => ({ category: match.category, triggers: [...match.triggers] }));
}

function find(text: string, compiled: CompiledLexicon): CategoryMatch[] {
  const anyTerm = compiled.anyTerm;
  if (anyTerm === undefined) return categoriseEntryByEntry(text, compiled.entries);
  // One scan for the places any term matches; at each, every entry tries its own pattern there. An entry's
  // matches do not overlap (as a global scan of its own pattern finds them): it resumes after its last match.
  const entries = compiled.entries;
  const triggers: (Set<string> | undefined)[] = [];
  const resumeAt: number[] = [];
  anyTerm.lastIndex = 0;
  for (let found = anyTerm.exec(text); found !== null; found = anyTerm.exec(text)) {
    const start = found.index;
    for (let i = 0; i < entries.length; i++) {
      if (start < (resumeAt[i] ?? 0)) continue;
      const entry = entries[i]!;
      entry.pattern.lastIndex = start;
      const match = entry.pattern.exec(text);
      if (match === null) continue;
      const end = start + match[0].length;
      resumeAt[i] = end;
      if (entry.negatable && !selfNegated.test(match[0]) && isNegated(text, start, end)) continue;
      let set = triggers[i];
      if (set === undefined) {
        set = new Set();
        triggers[i] = set;
      }
      set.add(match[0]);
    }
    // The match is empty: step over one code point, as a global scan does.
    anyTerm.lastIndex = start + (isSurrogatePair(text, start) ? 2 : 1);
  }
  const matches: CategoryMatch[] = [];
  for (let i = 0; i < entries.length; i++) {
    const set = triggers[i];
    if (set !== undefined) matches.push({ category: entries[i]!.category, triggers: [...set] });
  }
  return matches;
}

function isSurrogatePair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** Each entry's global pattern over the whole text, in turn (a lexicon with an empty term). */
function categoriseEntryByEntry(text: string, entries: readonly CompiledEntry[]): CategoryMatch[] {
  const matches: CategoryMatch[] = [];
  for (const entry of entries) {
    const triggers = new Set<string>();
    for (const match of text.matchAll(entry.pattern)) {
      const start = match.index;
      const negated =
        entry.negatable && !selfNegated.test(match[0]) && isNegated(text, start, start + match[0].length);
      if (!negated) triggers.add(match[0]);
    }
    if (triggers.size > 0) matches.push({ category: entry.category, triggers: [...triggers] });
  }
  return matches;
}
