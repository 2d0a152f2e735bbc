import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChronologySchema } from "../../src/model/chronology.js";
import { cli } from "../support/run-cli.js";

const demo = join(import.meta.dirname, "../../fixtures/demo");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chronomerge-cli-"));
  await cp(demo, join(dir, "review"), { recursive: true });
  const manifest = JSON.parse(await readFile(join(demo, "manifest.json"), "utf8"));
  manifest.sources.reverse();
  await writeFile(join(dir, "review", "reversed.json"), JSON.stringify(manifest));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("chronomerge merge", () => {
  it("merges the demo review into a document that validates and conserves every row", async () => {
    const out = join(dir, "a", "chronology.json");
    const result = await cli(["merge", "--manifest", join(dir, "review", "manifest.json"), "--out", out]);
    expect(result.code).toBe(0);
    const document = ChronologySchema.parse(JSON.parse(await readFile(out, "utf8")));
    const rows = [
      ...document.events.flatMap((e) => e.sources.map((s) => `${s.file}#${s.row}`)),
      ...document.rejected.map((r) => `${r.file}#${r.row}`),
    ];
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.length).toBe(document.stats.inputRows);
    expect(document.stats.inputRows).toBeGreaterThanOrEqual(140);
    expect(new Set(document.events.flatMap((e) => e.agencies)).size).toBeGreaterThanOrEqual(6);
    expect(result.stderr).toMatch(/\d+ rows read, \d+ events, \d+ people, \d+ rejected, \d+ flags/);
  });

  it("writes byte-identical JSON and CSV whatever the order of the sources", async () => {
    const outputs = [];
    for (const [name, manifest] of [
      ["a", "manifest.json"],
      ["b", "reversed.json"],
    ] as const) {
      const json = join(dir, name, "c.json");
      const csv = join(dir, name, "c.csv");
      await cli(["merge", "--manifest", join(dir, "review", manifest), "--out", json, "--out", csv]);
      outputs.push([await readFile(json, "utf8"), await readFile(csv, "utf8")]);
    }
    expect(outputs[1]).toEqual(outputs[0]);
  });

  it("writes rejected rows as CSV naming file, row, code and reason", async () => {
    const rejects = join(dir, "rejects.csv");
    await cli([
      "merge",
      "--manifest",
      join(dir, "review", "manifest.json"),
      "--rejects",
      rejects,
      "--out",
      join(dir, "r.json"),
    ]);
    const lines = (await readFile(rejects, "utf8"))
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("file,row,code,reason");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => /^[^,]+,\d+,[a-z_]+,/.test(line))).toBe(true);
  });

  it("exits 1 under --strict when a row is rejected", async () => {
    const result = await cli([
      "merge",
      "--strict",
      "--manifest",
      join(dir, "review", "manifest.json"),
      "--out",
      join(dir, "s.json"),
    ]);
    expect(result.code).toBe(1);
  });

  it("exits 1 and names the file when an input does not exist", async () => {
    const result = await cli(["merge", `Police=${join(dir, "missing.csv")}`, "--out", join(dir, "m.json")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("missing.csv");
    expect(result.stderr).toContain("file_not_found");
  });

  it.each([
    [["merge"], "no input files"],
    [["merge", "x.csv", "--date-order", "dym"], "--date-order"],
    [["merge", "x.csv", "--gap-days", "soon"], "--gap-days"],
    [["merge", "x.csv", "--bogus"], "bogus"],
    [["frobnicate", "x.csv"], "unknown command"],
  ])("exits 2 with the usage for %j", async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Usage: chronomerge merge");
  });

  it("prints the help and exits 0", async () => {
    const result = await cli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--manifest FILE");
  });

  it("reads AGENCY=PATH inputs and names the agency", async () => {
    const file = join(dir, "tiny.csv");
    await writeFile(file, "Date,Name,Details\n01/02/2019,Liam Jones (child),Seen at clinic\n");
    const result = await cli(["merge", `Clinic=${file}`]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).events[0].agencies).toEqual(["Clinic"]);
  });
});

describe("chronomerge people", () => {
  it("prints the people part only, for rows with or without dates", async () => {
    const file = join(dir, "people.csv");
    await writeFile(file, "Name,DOB\nLiam Jones (child),03/02/2017\nSarah JONES (mother),\n");
    const result = await cli(["people", file]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(["people"]);
    expect(output.people.map((p: { name: string }) => p.name)).toEqual(["Liam Jones", "Sarah Jones"]);
  });
});
