import { foldWord } from "../../src/redact/name-matcher.js";

/** The name tokens of three letters or more in the given names, folded (case and diacritics ignored). */
export function nameTokens(names: readonly string[]): string[] {
  const tokens = names.flatMap((n) => [...n.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => foldWord(m[0])));
  return [...new Set(tokens.filter((t) => [...t].length >= 3 && !/^(mr|mrs|miss|dr|ms)$/.test(t)))].sort();
}

/** The tokens that appear in the text as whole words, case and diacritics ignored. */
export function leakedTokens(text: string, tokens: readonly string[]): string[] {
  const words = new Set([...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => foldWord(m[0])));
  return tokens.filter((t) => words.has(t));
}
