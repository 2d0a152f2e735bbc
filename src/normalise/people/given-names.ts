import { nameVariantData } from "./data/name-variants.js";
import { nicknameData } from "./data/nicknames.js";

/** Each folded given name and the groups it belongs to (formal names and variant lines). */
const groupsOf: ReadonlyMap<string, readonly string[]> = buildGroups();

function buildGroups(): Map<string, string[]> {
  const nick = new Map<string, Set<string>>();
  const add = (name: string, group: string) => {
    const set = nick.get(name) ?? new Set<string>();
    set.add(group);
    nick.set(name, set);
  };
  for (const line of nicknameData.split("\n")) {
    const [formal, nicknames] = line.split(":");
    if (formal === undefined || nicknames === undefined) continue;
    add(formal, `n:${formal}`);
    for (const nickname of nicknames.split(" ")) add(nickname, `n:${formal}`);
  }
  // A variant line joins its names, and each name takes the nickname groups of its variants.
  const variants = nameVariantData.split("\n").map((line) => line.trim().split(/\s+/));
  const merged = new Map<string, Set<string>>();
  for (const [name, set] of nick) merged.set(name, new Set(set));
  for (const line of variants) {
    const group = new Set<string>([`v:${line[0]}`]);
    for (const name of line) for (const g of nick.get(name) ?? []) group.add(g);
    for (const name of line) {
      const set = merged.get(name) ?? new Set<string>();
      for (const g of group) set.add(g);
      merged.set(name, set);
    }
  }
  return new Map([...merged].map(([name, set]) => [name, [...set].sort()]));
}

/**
 * The groups a folded given name belongs to: the formal names it is a nickname of (or is), and the
 * spelling or transliteration variant lines that hold it. Empty for a name neither list knows.
 * @param key a folded given name (see nameKey)
 * @returns group ids, sorted
 * @example
 * givenNameGroups("bill") // ["n:william", ...]
 */
export function givenNameGroups(key: string): readonly string[] {
  return groupsOf.get(key) ?? [];
}

/**
 * True when two folded given names are nicknames or variants of one another (Bill / William,
 * Jon / Jonathan, Kayley / Kayleigh, Mohammed / Muhammad), or both nicknames of one formal name.
 * @param a folded given name
 * @param b folded given name
 * @returns whether they share a group
 * @example
 * areGivenVariants("bill", "william") // true
 */
export function areGivenVariants(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = groupsOf.get(a);
  const gb = groupsOf.get(b);
  if (ga === undefined || gb === undefined) return false;
  return ga.some((g) => gb.includes(g));
}
