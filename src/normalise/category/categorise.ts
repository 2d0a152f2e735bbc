import type { CategoryMatch } from "../../model/normalised.js";
import { baseLexicon, type LexiconEntry } from "./lexicon.js";
import { isNegated } from "./negation.js";

interface CompiledEntry {
  category: string;
  negatable: boolean;
  pattern: RegExp;
}

const cache = new WeakMap<readonly LexiconEntry[], CompiledEntry[]>();

/** A term that carries its own negation ("no reply", "not brought") is never negated again. */
const selfNegated = /^(?:no|not|nobody|no-one|none|nil|never|unable|failed|didn't|did\s+not)\b/i;

function compile(lexicon: readonly LexiconEntry[]): CompiledEntry[] {
  let compiled = cache.get(lexicon);
  if (compiled === undefined) {
    compiled = lexicon.map((entry) => ({
      category: entry.category,
      negatable: entry.negatable ?? true,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${entry.terms
          .map(escapeTerm)
          .sort((a, b) => b.length - a.length)
          .join("|")})(?![\\p{L}\\p{N}])`,
        "giu",
      ),
    }));
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
  const matches: CategoryMatch[] = [];
  for (const entry of compile(lexicon)) {
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
