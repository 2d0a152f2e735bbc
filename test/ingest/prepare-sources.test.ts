import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { ingestSource } from "../../src/ingest/ingest-source.js";
import { isTableReading, prepareSources } from "../../src/ingest/prepare-sources.js";
import { ChronologySchema } from "../../src/model/chronology.js";
import type { SourceInput } from "../../src/model/source.js";
import { readSources } from "../../src/node/read-sources.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

const demo = join(import.meta.dirname, "../../fixtures/demo");
let xlsx: Uint8Array;
let docx: Uint8Array;
let dir: string;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Lists", { state: "hidden" }).addRow(["Supervision"]);
  const sheet = workbook.addWorksheet("Chronology");
  sheet.mergeCells("A1:C1");
  sheet.getCell("A1").value = "Probation chronology";
  sheet.getRow(3).values = ["Date", "Person(s) involved", "Details"];
  sheet.getRow(4).values = [
    new Date(Date.UTC(2019, 10, 13, 10, 30)),
    "Daniel PRICE (DOB 22/11/1987)",
    "Supervision",
  ];
  sheet.getRow(5).values = [43796, "Daniel PRICE", "BBR session: DNA"];
  sheet.getRow(5).hidden = true;
  sheet.getRow(6).values = ["not recorded", "Daniel PRICE", "Phone call"];
  xlsx = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const row = (cells: string[]) =>
    new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
  const document = new Document({
    sections: [
      {
        children: [
          new Table({
            rows: [row(["Date", "Service user", "Details"]), row(["15/05/2019", "Sarah JONES", "DNA"])],
          }),
        ],
      },
    ],
  });
  docx = new Uint8Array(await Packer.toBuffer(document));
  dir = await mkdtemp(join(tmpdir(), "chronomerge-office-"));
  await writeFile(join(dir, "probation.xlsx"), xlsx);
  await writeFile(join(dir, "mental-health.docx"), docx);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("prepareSources", () => {
  it("reads workbooks and Word documents into tables and passes other returns through unchanged", async () => {
    const csv: SourceInput = { file: "gp.csv", agency: "GP", content: "Date,Details\n01/01/2019,Seen\n" };
    const sources: SourceInput[] = [
      { file: "probation.xlsx", agency: "Probation", content: xlsx },
      { file: "imr", agency: "Mental Health", format: "docx", content: docx },
      csv,
    ];
    const before = structuredClone(sources);
    const prepared = await prepareSources(sources);
    expect(prepared.map((source) => isTableReading(source.content))).toEqual([true, true, false]);
    expect(prepared[2]).toBe(csv);
    expect(sources).toEqual(before);
  });

  it("gives the pipeline rows with the sheet and Excel row, or the table and its row, as provenance", async () => {
    const prepared = await prepareSources([
      { file: "probation.xlsx", agency: "Probation", content: xlsx },
      { file: "mental-health.docx", agency: "Mental Health", content: docx },
    ]);
    const document = ChronologySchema.parse(buildChronology(prepared));
    const sources = document.events.flatMap((event) => event.sources);
    expect(sources).toEqual(
      expect.arrayContaining([
        { agency: "Probation", file: "probation.xlsx", row: 1, sheet: "Chronology", sheetRow: 4 },
        { agency: "Probation", file: "probation.xlsx", row: 2, sheet: "Chronology", sheetRow: 5 },
        { agency: "Mental Health", file: "mental-health.docx", row: 1, table: 1, tableRow: 2 },
      ]),
    );
    expect(document.rejected).toEqual([
      { file: "probation.xlsx", row: 3, code: "unreadable_date", reason: expect.any(String) },
    ]);
    expect(sources.length + document.rejected.length).toBe(document.stats.inputRows);
    expect(document.stats.inputRows).toBe(4);
    const starts = document.events.filter((e) => e.agencies.includes("Probation")).map((e) => e.start);
    expect(starts).toEqual(["2019-11-13T10:30:00.000Z", "2019-11-27T00:00:00.000Z"]);
    const notes = document.issues.filter((issue) => ["hidden_row", "hidden_sheet"].includes(issue.code));
    expect(notes).toMatchObject([
      { code: "hidden_sheet", file: "probation.xlsx", agency: "Probation", row: 0 },
      { code: "hidden_row", file: "probation.xlsx", agency: "Probation", row: 2 },
    ]);
    expect(notes[1]!.message).toBe(
      'probation.xlsx row 2: row 5 of sheet "Chronology" is hidden in Excel; read it',
    );
  });
});

describe("ingestSource", () => {
  it("reports a workbook given as bytes without being prepared first", () => {
    const result = ingestSource({ file: "probation.xlsx", agency: "Probation", content: xlsx });
    expect(result.rows).toBe(0);
    expect(result.issues).toMatchObject([{ code: "unsupported_format", severity: "error" }]);
  });

  it("reports a workbook that could not be read as an error of that file", () => {
    const result = ingestSource({
      file: "broken.xlsx",
      agency: "Probation",
      content: {
        tables: [],
        notes: [{ code: "file_unreadable", severity: "error", message: "not a workbook" }],
      },
    });
    expect(result.issues).toEqual([
      {
        code: "file_unreadable",
        severity: "error",
        message: "broken.xlsx: not a workbook",
        file: "broken.xlsx",
        agency: "Probation",
        row: 0,
        column: null,
      },
    ]);
  });
});

describe("readSources", () => {
  it("reads .xlsx and .docx files from disk into tables", async () => {
    const { sources, issues } = await readSources([
      { file: "probation.xlsx", agency: "Probation", path: join(dir, "probation.xlsx") },
      { file: "mental-health.docx", agency: "Mental Health", path: join(dir, "mental-health.docx") },
    ]);
    expect(issues).toEqual([]);
    expect(sources.map((source) => isTableReading(source.content))).toEqual([true, true]);
  });
});

describe("chronomerge merge with office files", () => {
  it("reads .xlsx and .docx inputs and the sheet named by --sheet", async () => {
    const out = join(dir, "out.json");
    const result = await cli([
      "merge",
      "--sheet",
      "Chronology",
      `Probation=${join(dir, "probation.xlsx")}`,
      join(dir, "mental-health.docx"),
      "--out",
      out,
    ]);
    expect(result.code).toBe(0);
    const document = ChronologySchema.parse(JSON.parse(await readFile(out, "utf8")));
    expect(document.stats.inputRows).toBe(4);
    expect(new Set(document.events.flatMap((e) => e.agencies))).toEqual(
      new Set(["Probation", "mental-health"]),
    );
  });

  it("exits 1 naming the sheet when --sheet names one the workbook does not have", async () => {
    const result = await cli([
      "merge",
      "--sheet",
      "Returns",
      join(dir, "probation.xlsx"),
      "--out",
      join(dir, "x.json"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('has no sheet "Returns"; its sheets are "Lists", "Chronology"');
  });

  it("reads the demo review's Excel and Word returns with every row accounted for", async () => {
    const out = join(dir, "demo.json");
    const result = await cli(["merge", "--manifest", join(demo, "manifest.json"), "--out", out]);
    expect(result.code).toBe(0);
    const document = ChronologySchema.parse(JSON.parse(await readFile(out, "utf8")));
    const rows = (file: string) =>
      document.events
        .flatMap((e) => e.sources)
        .filter((s) => s.file === file)
        .map((s) => s.row);
    expect(rows("probation.xlsx").sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows("mental-health.docx").sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(document.rejected.filter((r) => /\.(xlsx|docx)$/.test(r.file))).toEqual([]);
  });
});
