import { nameVariantData } from "./data/name-variants.js";
import { nicknameData } from "./data/nicknames.js";

/** The names of each variant line, by its group id. */
const variantLines: ReadonlyMap<string, readonly string[]> = new Map(
  nameVariantData.split("\n").map((line) => {
    const names = line.trim().split(/\s+/);
    return [`v:${names[0]}`, names] as const;
  }),
);

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
 * How two folded given names relate: `variant` when one is a nickname of the other or both are in one
 * variant line (Bill / William, Jon / Jonathan, Kayley / Kayleigh, Mohammed / Muhammad); `shared` when
 * both are nicknames of one formal name (Bill / Will, but also Ben / Jamie through Benjamin: weaker);
 * null otherwise.
 * @param a folded given name
 * @param b folded given name
 * @returns the relation, or null
 * @example
 * givenNameRelation("bill", "william") // "variant"
 */
export function givenNameRelation(a: string, b: string): "variant" | "shared" | null {
  if (a === b) return "variant";
  const ga = groupsOf.get(a);
  const gb = groupsOf.get(b);
  if (ga === undefined || gb === undefined) return null;
  if (ga.some((g) => g.startsWith("v:") && gb.includes(g))) return "variant";
  // One is the formal name (or a variant of it) the other is a nickname of.
  const formalsOf = (name: string, groups: readonly string[]) =>
    groups.some((g) => g === `n:${name}`) ? [name] : [];
  const linesOf = (groups: readonly string[]) => groups.filter((g) => g.startsWith("v:"));
  const spellings = (name: string, groups: readonly string[]) => [
    name,
    ...linesOf(groups).flatMap((line) => variantLines.get(line) ?? []),
  ];
  for (const x of spellings(a, ga))
    if (formalsOf(x, groupsOf.get(x) ?? []).length > 0 && gb.includes(`n:${x}`)) return "variant";
  for (const y of spellings(b, gb))
    if (formalsOf(y, groupsOf.get(y) ?? []).length > 0 && ga.includes(`n:${y}`)) return "variant";
  return ga.some((g) => gb.includes(g)) ? "shared" : null;
}

/**
 * True when two folded given names are nicknames or variants of one another (see givenNameRelation).
 * @param a folded given name
 * @param b folded given name
 * @returns whether they relate at all
 * @example
 * areGivenVariants("bill", "william") // true
 */
export function areGivenVariants(a: string, b: string): boolean {
  return givenNameRelation(a, b) !== null;
}
