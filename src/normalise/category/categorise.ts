import type { CategoryMatch } from "../../model/normalised.js";
import { baseLexicon, type LexiconEntry } from "./lexicon.js";

interface CompiledEntry {
  category: string;
  pattern: RegExp;
}

const cache = new WeakMap<readonly LexiconEntry[], CompiledEntry[]>();

function compile(lexicon: readonly LexiconEntry[]): CompiledEntry[] {
  let compiled = cache.get(lexicon);
  if (compiled === undefined) {
    compiled = lexicon.map((entry) => ({
      category: entry.category,
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
  return term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/**
 * Assigns categories to an event from its text through a lexicon, keeping the words that triggered each.
 * @param text the event's summary and action
 * @param lexicon the lexicon; default {@link baseLexicon}
 * @returns the categories found, in lexicon order, each with its trigger words
 * @example
 * categorise("Liam WNB for 9-month check")[0] // { category: "missed-appointment", triggers: ["WNB"] }
 */
export function categorise(text: string, lexicon: readonly LexiconEntry[] = baseLexicon): CategoryMatch[] {
  const matches: CategoryMatch[] = [];
  for (const entry of compile(lexicon)) {
    const triggers = [...new Set(Array.from(text.matchAll(entry.pattern), (m) => m[0]))];
    if (triggers.length > 0) matches.push({ category: entry.category, triggers });
  }
  return matches;
}
