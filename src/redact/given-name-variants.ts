import { nameVariantData } from "../normalise/people/data/name-variants.js";
import { nicknameData } from "../normalise/people/data/nicknames.js";

/** Nicknames of each formal given name, formal names of each nickname, and each name's variant line. */
const tables = buildTables();

function buildTables(): {
  nicknames: Map<string, string[]>;
  formals: Map<string, string[]>;
  lines: Map<string, string[]>;
} {
  const nicknames = new Map<string, string[]>();
  const formals = new Map<string, string[]>();
  for (const line of nicknameData.split("\n")) {
    const [formal, list] = line.split(":");
    if (formal === undefined || list === undefined) continue;
    const nicks = list.split(" ").filter(Boolean);
    nicknames.set(formal, nicks);
    for (const nick of nicks) formals.set(nick, [...(formals.get(nick) ?? []), formal]);
  }
  const lines = new Map<string, string[]>();
  for (const line of nameVariantData.split("\n")) {
    const names = line.trim().split(/\s+/).filter(Boolean);
    for (const name of names) lines.set(name, names);
  }
  return { nicknames, formals, lines };
}

/**
 * The other forms a folded given name is written in: its nicknames (Daniel: Dan, Danny), the formal
 * names it is a nickname of and their nicknames (Danny: Daniel, Dan), and its spelling variants
 * (Kayleigh: Kayley). The name itself is not in the list.
 * @param given a folded given name, lower case
 * @returns the variants, sorted, without duplicates
 * @example
 * givenNameVariants("daniel") // ["dan", "danny", ...]
 */
export function givenNameVariants(given: string): string[] {
  const found = new Set<string>();
  const spellings = [given, ...(tables.lines.get(given) ?? [])];
  for (const name of spellings) {
    found.add(name);
    for (const nick of tables.nicknames.get(name) ?? []) found.add(nick);
    for (const formal of tables.formals.get(name) ?? []) {
      found.add(formal);
      for (const nick of tables.nicknames.get(formal) ?? []) found.add(nick);
    }
  }
  found.delete(given);
  return [...found].sort();
}
