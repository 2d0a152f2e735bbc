import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { ingestSource } from "../../src/ingest/ingest-source.js";
import type { Chronology } from "../../src/model/chronology.js";
import type { SourceInput } from "../../src/model/source.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const row = "01/02/2020,Home visit,Liam Jones (child)";

function conserved(doc: Chronology): boolean {
  const inEvents = doc.events.reduce((n, e) => n + e.sources.length, 0);
  return doc.stats.inputRows === inEvents + doc.rejected.length;
}

describe("buildChronology on hostile input", () => {
  it.each<[string, SourceInput, string, number | null, string | null]>([
    ["an empty file", { file: "a.csv", content: "" }, "empty_file", null, null],
    ["an empty byte file", { file: "a.csv", content: new Uint8Array() }, "empty_file", null, null],
    ["a BOM alone", { file: "a.csv", content: new Uint8Array([0xef, 0xbb, 0xbf]) }, "empty_file", null, null],
    ["a BOM alone as text", { file: "a.csv", content: "\uFEFF" }, "empty_file", null, null],
    [
      "a NUL byte",
      {
        file: "a.csv",
        content: new TextEncoder().encode(`Date,Details,Person\n01/02/2020,Home\u0000 visit,Liam\n`),
      },
      "nul_character",
      1,
      "Details",
    ],
    [
      "deeply nested JSON",
      { file: "a.json", content: `[{"Date":${deep(100_000)}}]` },
      "json_too_deep",
      1,
      null,
    ],
    ["a deeply nested JSON file", { file: "a.json", content: deep(1_000_000) }, "json_not_object", 1, null],
    [
      "a number where text is expected",
      { file: "a.json", content: '[{"Date":43831,"Details":"x"}]' },
      "non_text_value",
      1,
      "Date",
    ],
    [
      "a boolean where text is expected",
      { file: "a.ndjson", content: '{"Date":"01/02/2020","Details":true}' },
      "non_text_value",
      1,
      "Details",
    ],
    ["JSON that is not JSON", { file: "a.json", content: "[{" }, "json_invalid", 0, null],
    [
      "an NDJSON line that is not JSON",
      { file: "a.ndjson", content: '{"Date":"01/02/2020"}\n{{\n' },
      "json_invalid",
      2,
      null,
    ],
    [
      "random bytes",
      { file: "a.csv", content: new Uint8Array([0x00, 0xff, 0x22, 0x0a, 0xfe, 0x22, 0x2c]) },
      "encoding_fallback",
      0,
      null,
    ],
    [
      "a stray quote",
      { file: "a.csv", content: `Date,Details\n01/02/2020,"x"y\n` },
      "csv_parse_error",
      1,
      null,
    ],
    ["a format nobody reads", { file: "a.pdf", content: "%PDF-1.4" }, "unsupported_format", null, null],
  ])(
    "turns %s into a coded issue with file, row and column, and never throws",
    (_name, source, code, rowNo, column) => {
      const doc = buildChronology([source]);
      expect(doc.issues).toContainEqual(
        expect.objectContaining({ code, file: source.file, row: rowNo, column }),
      );
      expect(conserved(doc)).toBe(true);
    },
  );

  it("keeps __proto__, constructor and prototype keys inert: no prototype is polluted", () => {
    const json = JSON.stringify([
      { Date: "01/02/2020", Details: "Home visit" },
      {
        Date: "02/02/2020",
        Details: "x",
        constructor: { prototype: { polluted: 1 } },
        prototype: { polluted: 1 },
      },
    ]).replace('"Details":"Home visit"', '"Details":"Home visit","__proto__":{"polluted":1}');
    const csv = `Date,Details,__proto__,constructor\n01/02/2020,Seen,{"polluted":1},x\n`;
    const doc = buildChronology([
      { file: "a.json", agency: "CSC", content: json },
      { file: "b.csv", agency: "GP", content: csv },
    ]);
    expect(doc.stats.inputRows).toBe(3);
    expect(conserved(doc)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    const ingested = ingestSource({ file: "a.json", content: json });
    expect(Object.getPrototypeOf(ingested.records[0]!.extra)).toBe(Object.prototype);
    expect(Object.hasOwn(ingested.records[0]!.extra, "__proto__")).toBe(true);
  });

  it("reads 100,000 columns, listing only the first hundred unknown ones", () => {
    const headers = Array.from({ length: 100_000 }, (_, i) => `Extra ${i}`);
    const doc = buildChronology([
      {
        file: "wide.csv",
        agency: "GP",
        content: `Date,Details,${headers.join(",")}\n01/02/2020,Seen,${headers.join(",")}\n`,
      },
    ]);
    expect(doc.stats).toMatchObject({ inputRows: 1, rejected: 0 });
    const unknown = doc.issues.filter((i) => i.code === "unknown_column");
    expect(unknown).toHaveLength(101);
    expect(unknown.filter((i) => i.column === null)).toEqual([
      expect.objectContaining({ row: 0, message: expect.stringContaining("more than 100 columns") }),
    ]);
  });

  it("reads a 10 MB cell whole and says so, with row and column", () => {
    const cell = "words ".repeat((10 * 1024 * 1024) / 6);
    const result = ingestSource({
      file: "long.csv",
      agency: "GP",
      content: `Date,Details,Person\n01/02/2020,"${cell}",x\n${row}\n`,
    });
    expect(result.records.map((r) => r.fields.summary?.length)).toEqual([
      cell.trim().length,
      "Home visit".length,
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "long_cell", row: 1, column: "Details" }),
    ]);
    expect(result.issues[0]!.message.length).toBeLessThan(400);
  });

  // A quote left open in the middle of a large file is in test/ingest/delimited.test.ts (100,000 rows):
  // fast-csv reads it again from the open quote while it looks for the close, so it costs more.
  it("reads a million-row file with one bad row in the middle, losing only that row", () => {
    const lines = ["Date,Details"];
    for (let i = 1; i <= 1_000_000; i++) lines.push(i === 500_000 ? '1/2/2020,"r"x' : `1/2/2020,r${i}`);
    const result = ingestSource({ file: "big.csv", agency: "GP", content: lines.join("\n") });
    expect(result.rows).toBe(1_000_000);
    expect(result.records).toHaveLength(999_999);
    expect(result.rejected).toEqual([
      {
        file: "big.csv",
        row: 500_000,
        code: "csv_parse_error",
        reason: "unreadable record (expected: ',' OR new line got: 'x'.)",
      },
    ]);
    expect(result.records[499_999]?.source.row).toBe(500_001);
    expect(result.records[499_999]?.fields.summary).toBe("r500001");
  });
});

describe("runCli on hostile input", () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "chronomerge-hostile-"));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each<[string, string, string | Uint8Array, string[], number]>([
    ["an empty file", "empty.csv", "", [], 1],
    ["a BOM alone", "bom.csv", new Uint8Array([0xef, 0xbb, 0xbf]), [], 1],
    ["a JSON file that is not JSON", "bad.json", "[{", [], 1],
    ["random bytes as JSON", "bytes.json", new Uint8Array([0xff, 0x00, 0x7b, 0x80]), [], 1],
    ["a NUL byte", "nul.csv", "Date,Details\n01/02/2020,a\u0000b\n", [], 0],
    ["a broken NDJSON line", "rows.ndjson", '{"Date":"01/02/2020"}\n{oops\n', [], 0],
    [
      "a broken NDJSON line under --strict",
      "strict.ndjson",
      '{"Date":"01/02/2020"}\n{oops\n',
      ["--strict"],
      1,
    ],
    ["a stray quote", "quote.csv", 'Date,Details\n01/02/2020,"x"y\n02/02/2020,ok\n', [], 0],
    ["a missing file", "missing.csv", "", ["--missing"], 1],
  ])(
    "exits with the contract's code for %s, with no stack trace",
    async (_name, file, content, flags, code) => {
      const path = join(folder, file);
      if (!flags.includes("--missing")) await writeFile(path, content);
      let stderr = "";
      const exit = await runCli(
        [
          "merge",
          "--quiet",
          "--out",
          join(folder, `${file}.out.json`),
          ...flags.filter((f) => f !== "--missing"),
          path,
        ],
        { stdout: () => {}, stderr: (text) => (stderr += text) },
      );
      expect(exit).toBe(code);
      expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      if (code === 1) expect(stderr).toMatch(/\[[a-z_]+/);
    },
  );
});
