import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactionReminder } from "../../src/cli/run.js";
import type { Chronology } from "../../src/model/chronology.js";
import { cli } from "../support/run-cli.js";

let dir: string;
let returns: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chronomerge-run-"));
  returns = join(dir, "review");
  await mkdir(returns);
  await writeFile(
    join(returns, "police.csv"),
    [
      "Date,Source,Name,Details",
      "07/05/2019,Police,Liam Jones (child),Domestic incident at home; Liam present",
      "07/05/2019,# Reviewer,Liam Jones (child),Not shared with CSC at the time",
      "08/05/2019,#,Liam Jones (child),Panel to ask why",
      "",
    ].join("\n"),
  );
  await writeFile(
    join(returns, "csc.csv"),
    "Date,Name,Details\n07/05/2019,Liam Jones (child),Referral received\n",
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("runCli: the review's scope", () => {
  it("exits 2 with the usage, naming both dates, when --from is after --to", async () => {
    const result = await cli([
      "merge",
      join(returns, "csc.csv"),
      "--from",
      "2020-01-01",
      "--to",
      "2019-01-01",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/2020-01-01.*2019-01-01/);
    expect(result.stderr).toContain("Usage: chronomerge merge");
    expect(result.stdout).toBe("");
  });

  it("exits 2 naming both dates when a manifest's scope starts after it ends", async () => {
    const manifest = join(returns, "backwards.json");
    await writeFile(
      manifest,
      JSON.stringify({
        review: { from: "2020-01-01", to: "2019-01-01" },
        sources: [{ agency: "CSC", path: "csc.csv" }],
      }),
    );
    const result = await cli(["merge", "--manifest", manifest]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/2020-01-01.*2019-01-01/);
  });

  it("accepts a scope of one day", async () => {
    const result = await cli([
      "merge",
      join(returns, "csc.csv"),
      "--from",
      "2019-05-07",
      "--to",
      "2019-05-07",
    ]);
    expect(result.code).toBe(0);
  });
});

describe("runCli: people --out", () => {
  it("writes the people document to each .json --out and nothing to stdout", async () => {
    const outs = [join(dir, "people", "a.json"), join(dir, "people", "b.json")];
    const result = await cli(["people", join(returns, "csc.csv"), "--out", outs[0]!, "--out", outs[1]!]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const written = await Promise.all(outs.map((out) => readFile(out, "utf8")));
    expect(written[1]).toBe(written[0]);
    const document = JSON.parse(written[0]!);
    expect(Object.keys(document)).toEqual(["people"]);
    expect(document.people.map((p: { name: string }) => p.name)).toEqual(["Liam Jones"]);
  });

  it.each(["p.csv", "p.md", "p.html"])("refuses --out %s for people with a usage error", async (name) => {
    const result = await cli(["people", join(returns, "csc.csv"), "--out", join(dir, name)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(".json");
  });
});

describe("runCli: manifest paths", () => {
  it("reports a source that is the manifest's folder as file_unreadable, a directory, and exits 1", async () => {
    const manifest = join(returns, "folder.json");
    await writeFile(
      manifest,
      JSON.stringify({
        sources: [
          { agency: "Police", path: "." },
          { agency: "CSC", path: "csc.csv" },
        ],
      }),
    );
    const result = await cli(["merge", "--manifest", manifest, "--out", join(dir, "folder.json")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is a directory");
    expect(result.stderr).toContain("file_unreadable");
    expect(result.stderr).not.toContain("outside");
    const document: Chronology = JSON.parse(await readFile(join(dir, "folder.json"), "utf8"));
    expect(document.events.flatMap((e) => e.agencies)).toEqual(["CSC"]);
  });

  it("refuses a source leading outside the folder, saying the rule, and exits 1", async () => {
    const manifest = join(returns, "outside.json");
    await writeFile(manifest, JSON.stringify({ sources: [{ agency: "Police", path: "../secret.csv" }] }));
    const result = await cli(["merge", "--manifest", manifest, "--out", join(dir, "outside.json")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("manifest_invalid");
    expect(result.stderr).toContain(
      "paths are relative to the manifest and must stay inside its folder; put the returns beside the manifest or in a subfolder",
    );
  });
});

describe("runCli: author notes under AGENCY=PATH", () => {
  it("gives a note the author's name, never the return's agency, in every output", async () => {
    const json = join(dir, "notes", "c.json");
    const csv = join(dir, "notes", "c.csv");
    const md = join(dir, "notes", "c.md");
    const result = await cli([
      "merge",
      `Police=${join(returns, "police.csv")}`,
      `CSC=${join(returns, "csc.csv")}`,
      "--out",
      json,
      "--out",
      csv,
      "--out",
      md,
      "--quiet",
    ]);
    expect(result.code).toBe(0);
    const document: Chronology = JSON.parse(await readFile(json, "utf8"));
    const notes = document.events.filter((e) => e.category.includes("note"));
    expect(notes.map((e) => [e.agencies, e.sources.map((s) => [s.agency, s.row])])).toEqual([
      [["Reviewer"], [["Reviewer", 2]]],
      [["Review author"], [["Review author", 3]]],
    ]);
    expect(notes.every((e) => e.sources.every((s) => s.file.endsWith("police.csv")))).toBe(true);
    // The police row itself stays Police's.
    expect(
      document.events.flatMap((e) => e.sources).find((s) => s.row === 1 && s.file.endsWith("police.csv")),
    ).toMatchObject({ agency: "Police" });
    const csvText = await readFile(csv, "utf8");
    const noteLines = csvText
      .split("\r\n")
      .filter((l) => l.includes("Not shared") || l.includes("Panel to ask"));
    expect(noteLines).toHaveLength(2);
    for (const line of noteLines) expect(line).not.toContain("Police");
    const mdText = await readFile(md, "utf8");
    const mdLines = mdText.split("\n").filter((l) => l.includes("Not shared") || l.includes("Panel to ask"));
    expect(mdLines.length).toBeGreaterThanOrEqual(2);
    for (const line of mdLines) expect(line).not.toContain("Police");
  });
});

describe("runCli: --redact", () => {
  it("reminds on stderr that names only in narrative text are not found, once", async () => {
    const result = await cli(["merge", join(returns, "csc.csv"), "--redact", "--out", join(dir, "r.json")]);
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n").filter((l) => l === redactionReminder)).toHaveLength(1);
    expect(redactionReminder).toContain("narrative text");
    expect(redactionReminder).toContain("read the redacted outputs before publishing");
  });

  it("does not remind under --quiet or without --redact", async () => {
    const quiet = await cli([
      "merge",
      join(returns, "csc.csv"),
      "--redact",
      "--quiet",
      "--out",
      join(dir, "q.json"),
    ]);
    expect(quiet.stderr).toBe("");
    const named = await cli(["merge", join(returns, "csc.csv"), "--out", join(dir, "n.json")]);
    expect(named.stderr).not.toContain("narrative");
  });

  it("reminds for the people command too", async () => {
    const result = await cli(["people", join(returns, "csc.csv"), "--redact"]);
    expect(result.stderr).toContain(redactionReminder);
  });
});
