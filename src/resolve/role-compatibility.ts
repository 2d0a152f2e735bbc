import type { RoleKind } from "../model/normalised.js";

/** How two roles relate when comparing two mentions. */
export type RoleRelation = "same" | "related" | "other" | "conflict" | "missing";

/** Family roles one person can hold in different returns (the mother is the perpetrator's partner). */
const relatedFamily: readonly (readonly string[])[] = [
  ["mother", "partner", "girlfriend", "wife", "step-mother", "carer", "unknown female"],
  ["father", "partner", "boyfriend", "husband", "carer", "unknown male"],
  ["step-father", "partner", "boyfriend", "husband", "carer", "unknown male"],
  ["grandmother", "carer", "unknown female"],
  ["grandfather", "carer", "unknown male"],
  ["child", "sibling", "brother", "sister"],
  ["lodger", "partner", "boyfriend", "girlfriend", "unknown male", "unknown female"],
];
const childRoles = new Set(["child", "sibling", "brother", "sister"]);
const adultRoles = new Set([
  "mother",
  "father",
  "step-father",
  "step-mother",
  "partner",
  "boyfriend",
  "girlfriend",
  "husband",
  "wife",
  "grandmother",
  "grandfather",
  "carer",
]);
/** Professional roles that may be one person (a GP is a doctor; a health visitor is a nurse). */
const relatedProfessional: readonly (readonly string[])[] = [
  ["gp", "doctor", "paediatrician"],
  ["nurse", "midwife", "health visitor", "mental health worker"],
  ["social worker", "support worker"],
  ["probation officer", "support worker"],
];

/**
 * How two mentions' roles relate: `same`; `related` (one person can be both: mother and partner);
 * `other` (no rule either way); `conflict` (never one person: a professional and a family member, a
 * child and a parent, two unrelated professions); `missing` when either has no role.
 * @param a role and kind of one mention
 * @param b role and kind of the other
 * @returns the relation
 * @example
 * roleRelation({ role: "gp", kind: "professional" }, { role: "boyfriend", kind: "family" }) // "conflict"
 */
export function roleRelation(
  a: { role: string | null; kind: RoleKind | null },
  b: { role: string | null; kind: RoleKind | null },
): RoleRelation {
  if (a.kind !== null && b.kind !== null && (a.kind === "professional") !== (b.kind === "professional")) {
    return "conflict";
  }
  if (a.role === null || b.role === null) return "missing";
  if (a.role === b.role) return "same";
  const groups = a.kind === "professional" ? relatedProfessional : relatedFamily;
  if (groups.some((g) => g.includes(a.role!) && g.includes(b.role!))) return "related";
  if (a.kind === "professional") return "conflict";
  if (
    (childRoles.has(a.role) && adultRoles.has(b.role)) ||
    (childRoles.has(b.role) && adultRoles.has(a.role))
  ) {
    return "conflict";
  }
  return "other";
}

/** True for a role that names a child of the family. */
export function isChildRole(role: string | null): boolean {
  return role !== null && childRoles.has(role);
}
