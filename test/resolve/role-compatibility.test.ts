import { describe, expect, it } from "vitest";
import type { RoleKind } from "../../src/model/normalised.js";
import { roleRelation } from "../../src/resolve/role-compatibility.js";

const family = (role: string | null) => ({
  role,
  kind: (role === null ? null : "family") as RoleKind | null,
});
const pro = (role: string) => ({ role, kind: "professional" as RoleKind });

describe("roleRelation", () => {
  it.each([
    [family("mother"), family("mother"), "same"],
    [family("mother"), family("partner"), "related"],
    [family("father"), family("boyfriend"), "related"],
    [family("child"), family("sibling"), "related"],
    [family("mother"), family("grandmother"), "other"],
    [family("child"), family("mother"), "conflict"],
    [pro("gp"), family("boyfriend"), "conflict"],
    [pro("gp"), pro("doctor"), "related"],
    [pro("gp"), pro("social worker"), "conflict"],
    [family(null), family("mother"), "missing"],
    [pro("gp"), { role: null, kind: "family" as RoleKind }, "conflict"],
  ])("relates %j and %j as %j", (a, b, relation) => {
    expect(roleRelation(a, b)).toBe(relation);
    expect(roleRelation(b, a)).toBe(relation);
  });
});
