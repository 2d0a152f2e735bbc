import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { type Chronology, ChronologySchema } from "../../src/model/chronology.js";

const manifest = join(import.meta.dirname, "../../fixtures/demo/manifest.json");
let dir: string;
let document: Chronology;
let csv: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chronomerge-checks-"));
  const json = join(dir, "chronology.json");
  const table = join(dir, "chronology.csv");
  const quiet = () => {};
  const code = await runCli(
    ["merge", "--manifest", manifest, "--risk-label", "trilogy of risk", "--out", json, "--out", table],
    { stdout: quiet, stderr: quiet },
  );
  expect(code).toBe(0);
  document = ChronologySchema.parse(JSON.parse(await readFile(json, "utf8")));
  csv = await readFile(table, "utf8");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const messages = (kind: string) => document.flags.filter((f) => f.kind === kind).map((f) => f.message);

describe("the checks on the demo review", () => {
  it("cite only events and people of the document", () => {
    const events = new Set(document.events.map((e) => e.id));
    const people = new Set(document.people.map((p) => p.id));
    for (const flag of document.flags) {
      expect(flag.events.every((id) => events.has(id))).toBe(true);
      expect(flag.people.every((id) => people.has(id))).toBe(true);
    }
  });

  it("find the findings a reviewer should reach", () => {
    expect(
      messages("was-not-brought").some((m) => m.includes('"did not attend" (DNA) on 24 Apr 2018 (GP)')),
    ).toBe(true);
    expect(messages("missing-men").some((m) => m.includes('"unknown male"'))).toBe(true);
    expect(messages("not-shared").some((m) => m.includes("19 Aug 2017 (Police)"))).toBe(true);
    expect(messages("child-not-seen").some((m) => m.includes("26 Sep 2018"))).toBe(true);
    expect(
      messages("closure-then-concern").some((m) => m.startsWith("The case was closed on 31 Oct 2018")),
    ).toBe(true);
    expect(messages("repeated-injury").some((m) => m.includes("18 Dec 2019"))).toBe(true);
    expect(messages("off-radar").length).toBeGreaterThan(0);
  });

  it("word the risk combination with the label given", () => {
    const risk = messages("risk-combination");
    expect(risk.length).toBeGreaterThan(0);
    expect(risk.filter((m) => !m.includes('"trilogy of risk"') || m.includes("toxic trio"))).toEqual([]);
  });

  it("never flag a woman or a professional as a missing man", () => {
    const byId = new Map(document.people.map((p) => [p.id, p]));
    for (const flag of document.flags.filter((f) => f.kind === "missing-men")) {
      const man = byId.get(flag.people[0]!);
      expect(man?.sex).not.toBe("female");
      expect(
        man?.roles.some((r) => ["gp", "health visitor", "social worker", "police officer"].includes(r)),
      ).toBe(false);
    }
  });

  it("put each flag's kind in the CSV flags column of the events it cites", () => {
    for (const kind of ["risk-combination", "missing-men", "was-not-brought"]) expect(csv).toContain(kind);
  });
});
