import { compareText } from "../model/content-id.js";
import type { NormalisedRecord } from "../model/normalised.js";
import { type Group, rankNames } from "./person.js";
import { type PlacedMention, rowKeys } from "./placed-mention.js";

const adultTitles = new Set(["Mr", "Mrs", "Ms", "Dr"]);

/** Roles a child has one of: a role-only mention joins the one named person holding it in the family. */
const onePerChild = new Set(["mother", "father", "step-father", "step-mother"]);
/** Roles that, unnamed, are taken as one person within a child's family ("Gran", "mum's partner"). */
const oneWithinFamily = new Set([
  ...onePerChild,
  "partner",
  "boyfriend",
  "girlfriend",
  "husband",
  "wife",
  "grandmother",
  "grandfather",
  "carer",
]);

/**
 * Resolves role-only mentions ("Mother", "Dad", "mum's boyfriend", "unknown male", "GP"). Within the
 * family of the row's named children (named people resolved as a child): the same family role is one
 * person across rows and agencies, and a mother, father, step-father or step-mother joins the one named
 * person who holds that role beside the same child, when exactly one does. A professional role is one
 * person per agency within a family. Everything else ("unknown male", a sibling, a mention with no child
 * in its row) stays its own unnamed person: role-only mentions are never merged across families.
 * @param roleOnly mentions without a name
 * @param records every record (to find each row's named children)
 * @param named the named groups, which attached mentions join (added to in place)
 * @returns the new groups of unnamed people
 */
export function resolveRoleMentions(
  roleOnly: readonly PlacedMention[],
  records: readonly Pick<NormalisedRecord, "source" | "people">[],
  named: readonly Group[],
): Group[] {
  const rowKey = rowKeys();
  // The named group of each mention, by row then index.
  const groupOfMention = new Map<string, number[]>();
  named.forEach((group, g) => {
    for (const m of group.mentions) {
      const key = rowKey(m.source);
      const row = groupOfMention.get(key);
      if (row === undefined) {
        const fresh: number[] = [];
        fresh[m.index] = g;
        groupOfMention.set(key, fresh);
      } else row[m.index] = g;
    }
  });
  // A child: written as a child somewhere, or never given any role or adult title anywhere (the baby a
  // health visitor names beside "Mother" in every row).
  const isChild = named.map(
    (group) =>
      group.mentions.some((m) => m.mention.role === "child") ||
      group.mentions.every(
        (m) =>
          m.mention.role === null && m.mention.roleKind === null && !adultTitles.has(m.mention.title ?? ""),
      ),
  );
  const childrenOfRow = new Map<string, number[]>();
  // (role, child group) → the named groups that hold the role beside that child.
  const holders = new Map<string, Set<number>>();
  for (const record of records) {
    const key = rowKey(record.source);
    const row = groupOfMention.get(key);
    const groups = record.people.map((_p, i) => row?.[i]);
    const children = [...new Set(groups.filter((g): g is number => g !== undefined && isChild[g]!))].sort(
      (a, b) => a - b,
    );
    childrenOfRow.set(key, children);
    record.people.forEach((p, i) => {
      const g = groups[i];
      if (g === undefined || p.role === null || !onePerChild.has(p.role)) return;
      for (const c of children) {
        if (c === g) continue;
        const set = holders.get(`${p.role}|${c}`) ?? new Set<number>();
        set.add(g);
        holders.set(`${p.role}|${c}`, set);
      }
    });
  }
  // Union the role-only mentions that share a (role, child) node.
  const nodeOwner = new Map<string, number>();
  const parent = roleOnly.map((_m, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    return r;
  };
  const nodesOf = roleOnly.map((placed, i) => {
    const { role, roleKind } = placed.mention;
    const children = (childrenOfRow.get(rowKey(placed.source)) ?? []).map((c) => named[c]!.keys[0]!);
    let nodes: string[] = [];
    if (role !== null && children.length > 0) {
      if (roleKind === "professional")
        nodes = children.map((c) => `pro|${placed.source.agency}|${role}|${c}`);
      else if (oneWithinFamily.has(role)) nodes = children.map((c) => `fam|${role}|${c}`);
    }
    for (const node of nodes) {
      const owner = nodeOwner.get(node);
      if (owner === undefined) nodeOwner.set(node, i);
      else parent[find(i)] = find(owner);
    }
    return nodes;
  });
  const sets = new Map<number, number[]>();
  roleOnly.forEach((_m, i) => {
    const root = find(i);
    const set = sets.get(root);
    if (set === undefined) sets.set(root, [i]);
    else set.push(i);
  });
  // The name of each child named in a role's family, read once per child (the mentions attached below
  // have no name, so they never change it).
  const childNames = new Map<number, string | undefined>();
  const nameOfChild = (c: number): string | undefined => {
    if (!childNames.has(c)) childNames.set(c, rankNames(named[c]!.mentions)[0]);
    return childNames.get(c);
  };
  const result: Group[] = [];
  for (const indices of sets.values()) {
    const mentions = indices.map((i) => roleOnly[i]!);
    const first = mentions[0]!;
    const role = first.mention.role;
    const nodes = [...new Set(indices.flatMap((i) => nodesOf[i]!))].sort(compareText);
    const childGroups = [...new Set(mentions.flatMap((m) => childrenOfRow.get(rowKey(m.source)) ?? []))].sort(
      (a, b) => a - b,
    );
    if (role !== null && first.mention.roleKind !== "professional" && onePerChild.has(role)) {
      const candidates = new Set(childGroups.flatMap((c) => [...(holders.get(`${role}|${c}`) ?? [])]));
      if (candidates.size === 1) {
        const target = named[[...candidates][0]!]!;
        const childName = nameOfChild(childGroups[0]!) ?? "the child";
        const holder = (target.mentions.find((m) => m.mention.role === role) ?? target.mentions[0]!).mention
          .text;
        for (const m of mentions) {
          target.mentions.push(m);
          target.merges.push({
            a: m.mention.text,
            b: holder,
            rule: "role-in-family",
            score: null,
            comparisons: [],
            reason: `the only ${role} named beside ${childName}`,
          });
        }
        continue;
      }
    }
    const childName = childGroups.length > 0 ? nameOfChild(childGroups[0]!) : undefined;
    const label = role ?? "person";
    result.push({
      keys:
        nodes.length > 0
          ? nodes
          : [`mention|${first.source.file}|${first.source.row}|${first.index}|${first.mention.text}`],
      mentions,
      merges: mentions.slice(1).map((m) => ({
        a: m.mention.text,
        b: first.mention.text,
        rule: "role-in-family" as const,
        score: null,
        comparisons: [],
        reason: `the same unnamed ${label} in the family of ${childName ?? "the same child"}`,
      })),
      unnamed: childName === undefined ? `Unnamed ${label}` : `Unnamed ${label} (family of ${childName})`,
    });
  }
  return result;
}
