import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { csvCell } from "../../src/export/csv-cell.js";
import { toCsv } from "../../src/export/to-csv.js";
import { toHtml } from "../../src/export/to-html.js";
import { toMarkdown } from "../../src/export/to-markdown.js";
import { parseDelimited } from "../../src/ingest/delimited.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

const root = join(import.meta.dirname, "..", "..");
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "chronomerge-privacy-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The OWASP CSV injection list: what a spreadsheet would run, also after leading spaces or quotes. */
const formulas = [
  "=1+1",
  "+1+1",
  "-1+1",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  '  =HYPERLINK("http://x","y")',
  '"=1+1',
  "'=1+1",
  " \"@cmd|' /C calc'!A0",
  "=cmd|' /C calc'!A0",
];
const dangerous = /^[\s"']*[=+\-@\t\r]/;

describe("csvCell", () => {
  it.each(formulas)("neutralises %j so a spreadsheet shows it as text", (value) => {
    const [cell] = parseDelimited(`${csvCell(value)}\n`, ",") as string[][];
    expect(cell).toEqual([`'${value}`]);
  });

  it.each(["Home visit", "12/04/1990", "Sarah Jones", "(mother)"])("leaves %j as it is", (value) => {
    expect(csvCell(value)).toBe(value);
  });
});

describe("toCsv", () => {
  it("neutralises every cell the inputs could make a spreadsheet execute", () => {
    const rows = formulas.map((f) =>
      [`01/02/2020`, f, `${f} (mother)`, f, f].map((c) => `"${c.replace(/"/g, '""')}"`),
    );
    const content = ["Date,Details,Person(s) involved,Action,Agency", ...rows.map((r) => r.join(","))].join(
      "\n",
    );
    const doc = buildChronology([{ file: "=evil.csv", content }]);
    expect(doc.events.length).toBeGreaterThan(0);
    const csv = toCsv(doc).replace(/^\uFEFF/, "");
    const cells = (parseDelimited(csv, ",") as string[][]).flat();
    // A leading apostrophe is the neutraliser: the spreadsheet shows the rest as text.
    expect(cells.filter((cell) => dangerous.test(cell) && !cell.startsWith("'"))).toEqual([]);
    expect(cells.some((cell) => cell.startsWith("'=") || cell.startsWith("'\t"))).toBe(true);
  });
});

describe("toHtml", () => {
  it("escapes script tags and event-handler attributes in every field from the inputs", () => {
    const payload = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;
    const content = [
      "Date,Time,Details,Person(s) involved,Action,Agency,Type,Reference,Notes",
      [
        "01/02/2020",
        "10:00",
        `Home visit ${payload}`,
        `Sarah ${payload} (mother, DOB 12/04/1990); Liam ${payload} (child)`,
        payload,
        payload,
        payload,
        payload,
        payload,
      ]
        .map((c) => `"${c.replace(/"/g, '""')}"`)
        .join(","),
      `"?${payload}",,${payload},Liam Jones (child),,,,,`,
    ].join("\n");
    const doc = buildChronology([{ file: `${payload}.csv`, agency: payload, content }]);
    expect(doc.events.length).toBeGreaterThan(0);
    const html = toHtml(doc, { title: payload });
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    // The document's own script and nothing else: one opening tag per script the report ships.
    const scripts = html.match(/<script\b/gi) ?? [];
    const clean = toHtml(
      buildChronology([{ file: "a.csv", agency: "A", content: "Date,Details\n01/02/2020,x\n" }]),
    );
    expect(scripts.length).toBe((clean.match(/<script\b/gi) ?? []).length);
  });
});

describe("toMarkdown", () => {
  it("lets no tag or table break through from the inputs", () => {
    const payload =
      "<script>alert(1)</script><img src=x onerror=alert(2)> | col | `code` [link](javascript:alert(3))";
    const content = `Date,Details,Person(s) involved,Agency\n01/02/2020,"${payload}\nnext line","${payload} (mother)",X\n`;
    const markdown = toMarkdown(buildChronology([{ file: "a.csv", agency: payload, content }]), {
      title: payload,
    });
    expect(markdown).not.toMatch(/<script|<img/i);
    // The brackets are escaped with a backslash, so no link is formed.
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
    const tableRows = markdown.split("\n").filter((line) => line.startsWith("| 1 |"));
    expect(tableRows).toHaveLength(1);
    expect(tableRows[0]!.split(/(?<!\\)\|/).length).toBe(8);
  });
});

/** Network modules and browser request APIs: none may appear in what chronomerge runs. */
const networkModule = /^(node:)?(http|https|http2|net|dgram|tls|dns|child_process)(\/.*)?$/;
const networkGlobal = /\b(fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|navigator\.connection)/;

function importsOf(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/\bfrom\s*["']([^"']+)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
  ];
  return specifiers.map((m) => m[1]!);
}

async function filesUnder(folder: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe("the library's code", () => {
  it("imports no network module and calls no network API anywhere in src", async () => {
    const files = await filesUnder(join(root, "src"), /\.ts$/);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = await readFile(file, "utf8");
      const name = relative(root, file);
      expect(
        importsOf(code).filter((s) => networkModule.test(s)),
        name,
      ).toEqual([]);
      expect(code.match(networkGlobal)?.[0], name).toBeUndefined();
    }
  });

  it("builds to a bundle that imports no network module and calls no network API", async () => {
    const out = join(scratch, "dist");
    await promisify(execFile)("npx", ["tsup", "--out-dir", out, "--no-dts", "--silent"], { cwd: root });
    const files = await filesUnder(out, /\.(c|m)?js$/);
    expect(files.map((f) => relative(out, f))).toEqual(
      expect.arrayContaining(["index.js", "index.cjs", "cli.js"]),
    );
    for (const file of files) {
      const code = await readFile(file, "utf8");
      expect(
        importsOf(code).filter((s) => networkModule.test(s)),
        file,
      ).toEqual([]);
      expect(code.match(networkGlobal)?.[0], file).toBeUndefined();
    }
  }, 180_000);
});

describe("runCli", () => {
  async function review(files: Record<string, string>): Promise<string> {
    const folder = await mkdtemp(join(scratch, "review-"));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(folder, name, ".."), { recursive: true });
      await writeFile(join(folder, name), text);
    }
    return folder;
  }

  async function cli(argv: string[]) {
    const out = { stdout: "", stderr: "" };
    const code = await runCli(argv, {
      stdout: (t) => {
        out.stdout += t;
      },
      stderr: (t) => {
        out.stderr += t;
      },
    });
    return { code, ...out };
  }

  it("reads no file a manifest names outside its folder, and exits 1 naming it", async () => {
    const folder = await review({
      "secret.csv": "Date,Details\n01/02/2020,SECRET OUTSIDE\n",
      "review/gp.csv": "Date,Details\n01/02/2020,Seen at surgery\n",
    });
    await writeFile(
      join(folder, "review/manifest.json"),
      JSON.stringify({
        sources: [
          { agency: "GP", path: "gp.csv" },
          { agency: "Police", path: "../secret.csv" },
          { agency: "CSC", path: "../../../../../../../../etc/passwd" },
          { agency: "Abs", path: join(folder, "secret.csv") },
        ],
      }),
    );
    const out = join(folder, "out", "chronology.json");
    const run = await cli([
      "merge",
      "--manifest",
      join(folder, "review/manifest.json"),
      "--out",
      out,
      "--quiet",
    ]);
    expect(run.code).toBe(1);
    const document = await readFile(out, "utf8");
    expect(document).toContain("Seen at surgery");
    expect(document).not.toContain("SECRET OUTSIDE");
    expect(document).not.toContain("root:");
    expect(
      JSON.parse(document).issues.filter((i: { code: string }) => i.code === "manifest_invalid"),
    ).toHaveLength(3);
    expect(run.stderr).toContain("leads outside the manifest's folder");
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("quotes at most the offending cell, truncated, in what it prints", async () => {
    const long = "Z".repeat(5000);
    const folder = await review({
      "gp.csv": `Date,Time,Details\n${long},${long},x\n01/02/2020,${long},y\n"01/02/2020"${long},,z\n`,
    });
    const run = await cli([
      "merge",
      `GP=${join(folder, "gp.csv")}`,
      "--out",
      join(folder, "c.json"),
      "--quiet",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("ZZZ");
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThan(600);
    const document = JSON.parse(await readFile(join(folder, "c.json"), "utf8"));
    for (const issue of document.issues) {
      expect(issue.message.length).toBeLessThanOrEqual(500);
      expect((issue.input ?? "").length).toBeLessThanOrEqual(121);
    }
    for (const row of document.rejected) expect(row.reason.length).toBeLessThanOrEqual(500);
  });

  it("prints no input value at all under --quiet-data", async () => {
    const folder = await review({
      "police.csv": `Date,Time,Details,Person(s) involved\nSECRETDATE,SECRETTIME,SECRETTEXT,SECRET PERSON (DOB SECRETDOB)\n"01/02/2020"SECRETQUOTE,,x,y\n01/02/2020,SECRETTIME,z,Liam (child)\n`,
      "csc.json": '[{"Date":"SECRETJSON"}, "SECRETSTRING"]',
      "bad.ndjson": "{SECRETBROKEN\n",
    });
    const run = await cli([
      "merge",
      "--quiet-data",
      "--quiet",
      "--out",
      join(folder, "out.json"),
      `Police=${join(folder, "police.csv")}`,
      `CSC=${join(folder, "csc.json")}`,
      `X=${join(folder, "bad.ndjson")}`,
    ]);
    expect(run.stderr).toMatch(/police\.csv row 1: unreadable_date/);
    expect(run.stderr).toMatch(/police\.csv row 2: csv_parse_error/);
    expect(run.stderr).not.toMatch(/SECRET/i);
    expect(run.stdout).toBe("");
  });
});
