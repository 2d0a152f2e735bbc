import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import type { Chronology } from "../../src/model/chronology.js";
import { leakedTokens, nameTokens } from "../redact/leaks.js";

const manifest = join(import.meta.dirname, "../../fixtures/demo/manifest.json");
let dir: string;
let named: Chronology;

async function cli(argv: string[], tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrIsTTY: tty,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chronomerge-report-cli-"));
  const result = await cli(["merge", "--manifest", manifest, "--quiet"]);
  named = JSON.parse(result.stdout);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("chronomerge merge --out .md/.html", () => {
  it("writes the Markdown chronology and the HTML report, titled with the review's name", async () => {
    const md = join(dir, "plain", "chronology.md");
    const html = join(dir, "plain", "report.html");
    const result = await cli(["merge", "--manifest", manifest, "--out", md, "--out", html]);
    expect(result.code).toBe(0);
    const markdown = await readFile(md, "utf8");
    expect(markdown.startsWith("# Child L (synthetic demo)\n")).toBe(true);
    expect(markdown.split("\n").filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(named.events.length);
    const report = await readFile(html, "utf8");
    expect(report.startsWith("<!doctype html>")).toBe(true);
    expect(report.match(/<tr id="event-\d+"/g)).toHaveLength(named.events.length);
  });

  it.each([
    [["--out", "x.pdf"], "--out x.pdf"],
    [["--keep-names"], "--keep-names only makes sense with --redact"],
    [["--glossary", "g.csv"], "--glossary only makes sense with --redact"],
    [["--redact", "--glossary", "g.txt"], "--glossary g.txt"],
  ])("exits 2 on %j", async (extra, message) => {
    const result = await cli(["merge", "--manifest", manifest, ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe("chronomerge merge --redact", () => {
  const names = () =>
    nameTokens(
      named.people.filter((p) => !p.name.startsWith("Unnamed")).flatMap((p) => [p.name, ...p.aliases]),
    );

  it("leaves no name in any output and writes the glossary apart", async () => {
    const out = join(dir, "redacted");
    const files = ["chronology.json", "chronology.csv", "chronology.md", "report.html", "rejects.csv"];
    const result = await cli([
      "merge",
      "--manifest",
      manifest,
      "--redact",
      ...files.slice(0, 4).flatMap((f) => ["--out", join(out, f)]),
      "--rejects",
      join(out, "rejects.csv"),
      "--glossary",
      join(dir, "panel-only", "glossary.csv"),
    ]);
    expect(result.code).toBe(0);
    expect(names()).toContain("jones");
    for (const file of files) {
      expect(leakedTokens(await readFile(join(out, file), "utf8"), names()), file).toEqual([]);
    }
    expect(leakedTokens(result.stderr, names())).toEqual([]);
    const glossary = await readFile(join(dir, "panel-only", "glossary.csv"), "utf8");
    expect(glossary).toContain("Mother,Sarah Jones");
  });

  it("keeps the named view in .json outputs only under --keep-names", async () => {
    const out = join(dir, "keep");
    const result = await cli([
      "merge",
      "--manifest",
      manifest,
      "--redact",
      "--keep-names",
      "--out",
      join(out, "named.json"),
      "--out",
      join(out, "redacted.md"),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(join(out, "named.json"), "utf8")).people).toEqual(named.people);
    expect(leakedTokens(await readFile(join(out, "redacted.md"), "utf8"), names())).toEqual([]);
  });

  it("redacts the people command's list too", async () => {
    const result = await cli(["people", "--manifest", manifest, "--redact"]);
    expect(result.code).toBe(0);
    expect(leakedTokens(result.stdout, names())).toEqual([]);
    for (const person of JSON.parse(result.stdout).people as { name: string; dob: unknown }[]) {
      expect(person.name).toMatch(
        /^(Child [A-Z]+|Adult( Male| Female)? \d+|[A-Z][a-z-]+( \d+)?|[A-Za-z]+\d+)$/,
      );
      expect(person.dob).toBeNull();
    }
  });
});

describe("chronomerge progress and summary", () => {
  it("closes with rows read, events, people, rejected and flags by kind", async () => {
    const result = await cli(["merge", "--manifest", manifest, "--out", join(dir, "s.json")]);
    const kinds = new Map<string, number>();
    for (const flag of named.flags) kinds.set(flag.kind, (kinds.get(flag.kind) ?? 0) + 1);
    const line = result.stderr.trim().split("\n").at(-1)!;
    expect(line).toContain(`${named.stats.inputRows} rows read, ${named.stats.events} events`);
    for (const [kind, n] of kinds) expect(line).toContain(`${kind} ${n}`);
  });

  it("draws a progress bar on a terminal only, and nothing but errors under --quiet", async () => {
    const argv = [
      "merge",
      "--manifest",
      manifest,
      "--out",
      join(dir, "p.json"),
      "--out",
      join(dir, "p.html"),
    ];
    const tty = await cli(argv, true);
    expect(tty.stderr).toContain("\r\u001b[2K[");
    expect(tty.stderr).toContain("4/4 writing");
    expect((await cli(argv, false)).stderr).not.toContain("\r");
    const quiet = await cli([...argv, "--quiet"], true);
    expect(quiet.stderr).not.toContain("\r");
    expect(quiet.stderr).not.toContain("rows read");
  });
});
