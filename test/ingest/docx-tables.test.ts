import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from "docx";
import { describe, expect, it } from "vitest";
import { readWordTables } from "../../src/ingest/docx-tables.js";

interface CellSpec {
  text: string;
  merge?: "restart" | "continue";
  span?: number;
}

/** A cell: `\n` is a line break inside a paragraph, `\n\n` a new paragraph. */
function cell(spec: string | CellSpec): TableCell {
  const { text, merge, span } = typeof spec === "string" ? { text: spec } : spec;
  return new TableCell({
    children: text.split("\n\n").map(
      (paragraph) =>
        new Paragraph({
          children: paragraph.split("\n").map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
        }),
    ),
    ...(merge === undefined
      ? {}
      : { verticalMerge: merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
    ...(span === undefined ? {} : { columnSpan: span }),
  });
}

function table(rows: (string | CellSpec)[][]): Table {
  return new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });
}

/** Writes a Word document with the docx package, as an agency's word processor would. */
async function documentBytes(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe("readWordTables", () => {
  it("reads every chronology table in document order and skips an unrelated table", async () => {
    const bytes = await documentBytes([
      new Paragraph("Individual Management Review"),
      table([
        ["Agency", "Adult Mental Health"],
        ["Author", "Service manager"],
      ]),
      new Paragraph("Chronology part 1"),
      table([
        ["Date", "Details", "Outcome"],
        ["12/02/2019", "Liaison assessment", "Crisis team"],
        ["14/02/2019", "Home visit", "Safety plan"],
      ]),
      new Paragraph("Chronology part 2"),
      table([
        ["Date", "Service user", "Details"],
        ["15/05/2019", "Sarah JONES", "Did not attend"],
      ]),
    ]);
    const reading = await readWordTables(bytes);
    expect(reading.tables).toEqual([
      {
        headers: ["Date", "Details", "Outcome"],
        rows: [
          { cells: ["12/02/2019", "Liaison assessment", "Crisis team"], table: 2, tableRow: 2 },
          { cells: ["14/02/2019", "Home visit", "Safety plan"], table: 2, tableRow: 3 },
        ],
      },
      {
        headers: ["Date", "Service user", "Details"],
        rows: [{ cells: ["15/05/2019", "Sarah JONES", "Did not attend"], table: 3, tableRow: 2 }],
      },
    ]);
    expect(reading.notes).toEqual([
      {
        code: "table_skipped",
        severity: "info",
        message: "table 1 has no chronology header (a date column and another known column); skipped",
        input: "Agency | Adult Mental Health",
      },
    ]);
  });

  it("keeps the text of merged cells: a date merged down applies to each row, a cell merged across stays in its first column", async () => {
    const bytes = await documentBytes([
      table([
        ["Date", "Time", "Details", "Outcome"],
        [{ text: "12/02/2019", merge: "restart" }, "03:30", "Assessment", "Crisis team"],
        [{ text: "", merge: "continue" }, "04:10", { text: "Referral to the crisis team", span: 2 }],
        ["14/02/2019", "11:00", "Home visit", "Seen"],
      ]),
    ]);
    const rows = (await readWordTables(bytes)).tables[0]!.rows.map((row) => row.cells);
    expect(rows).toEqual([
      ["12/02/2019", "03:30", "Assessment", "Crisis team"],
      ["12/02/2019", "04:10", "Referral to the crisis team", ""],
      ["14/02/2019", "11:00", "Home visit", "Seen"],
    ]);
  });

  it("keeps line breaks and paragraphs in a cell as line breaks, and decodes special characters", async () => {
    const bytes = await documentBytes([
      table([
        ["Date", "Details"],
        ["21/02/2019", "Mood improved.\nNo self-harm.\n\nDischarged to GP & perinatal team <PMH>."],
      ]),
    ]);
    const [row] = (await readWordTables(bytes)).tables[0]!.rows;
    expect(row!.cells[1]).toBe("Mood improved.\nNo self-harm.\nDischarged to GP & perinatal team <PMH>.");
  });

  it("skips a row that repeats the header and reports it", async () => {
    const bytes = await documentBytes([
      table([
        ["Date", "Details"],
        ["19/06/2019", "Assessment"],
        ["Date", "Details"],
        ["17/07/2019", "Home visit"],
      ]),
    ]);
    const reading = await readWordTables(bytes);
    expect(reading.tables[0]!.rows.map((row) => row.tableRow)).toEqual([2, 4]);
    expect(reading.notes).toMatchObject([
      { code: "table_skipped", message: "row 3 of table 1 repeats the header; skipped" },
    ]);
  });

  it("finds the header below a title row inside the table", async () => {
    const bytes = await documentBytes([
      table([
        [{ text: "Chronology of involvement", span: 2 }],
        ["Date", "Details"],
        ["19/06/2019", "Assessment"],
      ]),
    ]);
    const reading = await readWordTables(bytes);
    expect(reading.tables[0]).toEqual({
      headers: ["Date", "Details"],
      rows: [{ cells: ["19/06/2019", "Assessment"], table: 1, tableRow: 3 }],
    });
  });

  it("finds a header written in the manifest's own words", async () => {
    const bytes = await documentBytes([
      table([
        ["When seen", "What we knew"],
        ["19/06/2019", "Assessment"],
      ]),
    ]);
    expect((await readWordTables(bytes)).notes.map((note) => note.code)).toEqual([
      "table_skipped",
      "no_header",
    ]);
    const mapped = await readWordTables(bytes, { columns: { date: "When seen", summary: "What we knew" } });
    expect(mapped.tables[0]!.rows[0]!.cells).toEqual(["19/06/2019", "Assessment"]);
  });

  it.each([
    ["a document without tables", [new Paragraph("Letter")], "no_header"],
    ["a document whose only table is not a chronology", [table([["Agency", "GP"]])], "no_header"],
  ])("reports %s as an error", async (_, children, code) => {
    const reading = await readWordTables(await documentBytes(children));
    expect(reading.tables).toEqual([]);
    expect(reading.notes.at(-1)).toMatchObject({ code, severity: "error" });
  });

  it("reports bytes that are not a Word document as unreadable instead of throwing", async () => {
    const reading = await readWordTables(new TextEncoder().encode("not a document"));
    expect(reading.notes).toMatchObject([{ code: "file_unreadable", severity: "error" }]);
  });

  it("does not change its input", async () => {
    const bytes = await documentBytes([
      table([
        ["Date", "Details"],
        ["01/01/2019", "Seen"],
      ]),
    ]);
    const copy = bytes.slice();
    await readWordTables(bytes);
    expect(bytes).toEqual(copy);
  });
});
