import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/ingest/xlsx-workbook.js";

type Setup = (workbook: ExcelJS.Workbook) => void;

/** Writes a workbook with exceljs, as an agency's spreadsheet program would, and returns its bytes. */
async function workbookBytes(setup: Setup): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  setup(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

/** A template: merged title block and instructions above the header on row 4. */
const template: Setup = (workbook) => {
  const sheet = workbook.addWorksheet("Chronology");
  sheet.mergeCells("A1:D1");
  sheet.getCell("A1").value = "Probation service: agency chronology";
  sheet.mergeCells("A2:D2");
  sheet.getCell("A2").value = "Enter one contact per row. Date format dd/mm/yyyy.";
  sheet.getRow(4).values = ["Date", "Time", "Person(s) involved", "Details"];
  sheet.getRow(5).values = [
    day(2018, 7, 16),
    day(1899, 12, 30, 23, 40),
    "Daniel PRICE",
    "Police notification",
  ];
  sheet.getRow(6).values = ["11/12/2018", null, "Daniel PRICE", "Court outcome"];
};

describe("readWorkbook", () => {
  it("finds the header below a merged title block and keeps the sheet and Excel row of each data row", async () => {
    const reading = await readWorkbook(await workbookBytes(template));
    expect(reading.notes).toEqual([]);
    expect(reading.tables).toEqual([
      {
        headers: ["Date", "Time", "Person(s) involved", "Details"],
        rows: [
          {
            cells: ["2018-07-16", "23:40", "Daniel PRICE", "Police notification"],
            sheet: "Chronology",
            sheetRow: 5,
          },
          { cells: ["11/12/2018", "", "Daniel PRICE", "Court outcome"], sheet: "Chronology", sheetRow: 6 },
        ],
      },
    ]);
  });

  it("reads real date cells, serials in a date column, text dates and date-times the same way", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Returns");
      sheet.addRow(["Date", "Details"]);
      sheet.addRow([day(2019, 11, 13), "date cell"]);
      sheet.addRow([43782, "serial typed as a number"]);
      sheet.addRow(["13/11/2019", "text date"]);
      sheet.addRow([day(2019, 11, 13, 10, 30), "date and time in one cell"]);
      sheet.addRow([2019, "a year typed alone"]);
    });
    const rows = (await readWorkbook(bytes)).tables[0]!.rows.map((row) => row.cells[0]);
    expect(rows).toEqual(["2019-11-13", "2019-11-13", "13/11/2019", "2019-11-13T10:30", "2019"]);
  });

  it("reads dates of a workbook in the 1904 date system, as date cells and as serials", async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet("Mac");
      sheet.addRow(["Date", "DOB", "Details"]);
      sheet.addRow([41835, 31513, "serials with a date format"]);
      sheet.getCell("A2").numFmt = "dd/mm/yyyy";
      sheet.getCell("B2").numFmt = "dd/mm/yyyy";
      sheet.addRow([41835, 31513, "serials without a date format"]);
      sheet.addRow([day(2018, 7, 16), day(1990, 4, 12), "date cells"]);
    });
    const reading = await readWorkbook(bytes);
    expect(reading.tables[0]!.rows.map((row) => row.cells.slice(0, 2))).toEqual([
      ["2018-07-16", "1990-04-12"],
      ["2018-07-16", "1990-04-12"],
      ["2018-07-16", "1990-04-12"],
    ]);
  });

  it("reads a formula by its cached value and reports one saved without a value", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Chronology");
      sheet.addRow(["Date", "Details", "Days open"]);
      sheet.addRow([day(2019, 11, 13), "Supervision", 0]);
      sheet.addRow([
        { formula: "A2+14", result: day(2019, 11, 27) },
        "Programme DNA",
        { formula: "A3-A2", result: 14 },
      ]);
      sheet.addRow([{ formula: "A3+7" } as ExcelJS.CellFormulaValue, "Programme DNA", 21]);
    });
    const reading = await readWorkbook(bytes);
    expect(reading.tables[0]!.rows.map((row) => row.cells)).toEqual([
      ["2019-11-13", "Supervision", "0"],
      ["2019-11-27", "Programme DNA", "14"],
      ["", "Programme DNA", "21"],
    ]);
    expect(reading.notes).toMatchObject([
      { code: "formula_without_value", severity: "warning", row: 3, column: "Date" },
    ]);
    expect(reading.notes[0]!.message).toContain("A4");
  });

  it("reads rich text as its plain text and keeps line breaks in cells", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Chronology");
      sheet.addRow(["Date", "Details"]);
      sheet.addRow([
        day(2019, 11, 27),
        {
          richText: [
            { text: "BBR session 1: " },
            { text: "DNA", font: { bold: true, color: { argb: "FFFF0000" } } },
          ],
        },
      ]);
      sheet.addRow([day(2019, 12, 11), "Attended late.\nSays he works nights.\r\nMoving to Westholme."]);
    });
    const rows = (await readWorkbook(bytes)).tables[0]!.rows.map((row) => row.cells[1]);
    expect(rows).toEqual([
      "BBR session 1: DNA",
      "Attended late.\nSays he works nights.\nMoving to Westholme.",
    ]);
  });

  it("repeats a vertically merged cell's text on each row and leaves horizontally merged columns empty", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Chronology");
      sheet.addRow(["Date", "Details", "Outcome"]);
      sheet.addRow([day(2019, 2, 12), "Assessment in ED", "Crisis team"]);
      sheet.addRow([null, "Referral", "Letter"]);
      sheet.mergeCells("A2:A3");
      sheet.addRow([day(2019, 2, 14), "Home visit: seen with her mother", null]);
      sheet.mergeCells("B4:C4");
    });
    const rows = (await readWorkbook(bytes)).tables[0]!.rows.map((row) => row.cells);
    expect(rows).toEqual([
      ["2019-02-12", "Assessment in ED", "Crisis team"],
      ["2019-02-12", "Referral", "Letter"],
      ["2019-02-14", "Home visit: seen with her mother", ""],
    ]);
  });

  it("reads hidden rows and columns but reports each one", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Chronology");
      sheet.addRow(["Date", "Details", "Worker"]);
      sheet.addRow([day(2019, 1, 1), "Visible", "PO1"]);
      sheet.addRow([day(2019, 1, 2), "Hidden row", "PO1"]);
      sheet.getRow(3).hidden = true;
      sheet.getColumn(3).hidden = true;
    });
    const reading = await readWorkbook(bytes);
    expect(reading.tables[0]!.rows.map((row) => row.cells[1])).toEqual(["Visible", "Hidden row"]);
    expect(reading.notes).toMatchObject([
      { code: "hidden_row", severity: "warning", row: 2 },
      { code: "hidden_column", severity: "warning", column: "Worker" },
    ]);
    expect(reading.notes[0]!.message).toBe('row 3 of sheet "Chronology" is hidden in Excel; read it');
  });

  it("takes the first visible sheet with a chronology header and reports hidden and other chronology sheets", async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet("Instructions").addRow(["Fill in the Chronology sheet."]);
      const hidden = workbook.addWorksheet("Old", { state: "hidden" });
      hidden.addRow(["Date", "Details"]);
      hidden.addRow([day(2017, 1, 1), "From an earlier review"]);
      const main = workbook.addWorksheet("Chronology");
      main.addRow(["Date", "Details"]);
      main.addRow([day(2019, 1, 1), "Supervision"]);
      const second = workbook.addWorksheet("Chronology (2)");
      second.addRow(["Date", "Details"]);
      second.addRow([day(2019, 2, 1), "Copy"]);
    });
    const reading = await readWorkbook(bytes);
    expect(reading.tables[0]!.rows).toEqual([
      { cells: ["2019-01-01", "Supervision"], sheet: "Chronology", sheetRow: 2 },
    ]);
    expect(reading.notes.map((note) => [note.code, note.severity])).toEqual([
      ["hidden_sheet", "warning"],
      ["table_skipped", "warning"],
    ]);
    expect(reading.notes[0]!.message).toContain('"Old"');
    expect(reading.notes[1]!.message).toContain('"Chronology (2)"');
  });

  it("reads the sheet the source names, even a hidden one, with a warning", async () => {
    const bytes = await workbookBytes((workbook) => {
      const main = workbook.addWorksheet("Chronology");
      main.addRow(["Date", "Details"]);
      main.addRow([day(2019, 1, 1), "Supervision"]);
      const hidden = workbook.addWorksheet("Archive", { state: "veryHidden" });
      hidden.addRow(["Date", "Details"]);
      hidden.addRow([day(2017, 1, 1), "Archived"]);
    });
    const reading = await readWorkbook(bytes, { sheet: " archive " });
    expect(reading.tables[0]!.rows).toEqual([
      { cells: ["2017-01-01", "Archived"], sheet: "Archive", sheetRow: 2 },
    ]);
    expect(reading.notes.map((note) => note.code)).toEqual(["hidden_sheet", "table_skipped"]);
  });

  it("reads a hidden sheet when it is the only chronology, with a warning", async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet("Cover").addRow(["Probation return"]);
      const hidden = workbook.addWorksheet("Data", { state: "hidden" });
      hidden.addRow(["Date", "Details"]);
      hidden.addRow([day(2019, 1, 1), "Supervision"]);
    });
    const reading = await readWorkbook(bytes);
    expect(reading.tables[0]!.rows).toHaveLength(1);
    expect(reading.notes).toMatchObject([{ code: "hidden_sheet", severity: "warning" }]);
  });

  it("finds a header written in the manifest's own words", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Sheet1");
      sheet.addRow(["When seen", "What we knew"]);
      sheet.addRow([day(2019, 1, 1), "Supervision"]);
    });
    expect((await readWorkbook(bytes)).notes.map((note) => note.code)).toEqual(["no_header"]);
    const mapped = await readWorkbook(bytes, { columns: { date: "When seen", summary: "What we knew" } });
    expect(mapped.tables[0]!.rows[0]!.cells).toEqual(["2019-01-01", "Supervision"]);
  });

  it.each([
    ["a sheet that does not exist", { sheet: "Missing" }, "sheet_not_found"],
    ["a named sheet without a header", { sheet: "Notes" }, "no_header"],
  ])("reports %s as an error", async (_, options, code) => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet("Notes").addRow(["Some notes"]);
    });
    const reading = await readWorkbook(bytes, options);
    expect(reading.tables).toEqual([]);
    expect(reading.notes).toMatchObject([{ code, severity: "error" }]);
  });

  it("reports bytes that are not a workbook as unreadable instead of throwing", async () => {
    const reading = await readWorkbook(new TextEncoder().encode("Date,Details\n01/01/2019,Seen\n"));
    expect(reading.tables).toEqual([]);
    expect(reading.notes).toMatchObject([{ code: "file_unreadable", severity: "error" }]);
  });

  it("skips a row that repeats the header and reports it", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Chronology");
      sheet.addRow(["Date", "Details"]);
      sheet.addRow([day(2019, 1, 1), "One"]);
      sheet.addRow(["DATE", "details"]);
      sheet.addRow([day(2019, 1, 3), "Two"]);
    });
    const reading = await readWorkbook(bytes);
    expect(reading.tables[0]!.rows.map((row) => row.cells[1])).toEqual(["One", "Two"]);
    expect(reading.notes).toEqual([
      {
        code: "table_skipped",
        severity: "info",
        message: 'row 3 of sheet "Chronology" repeats the header; skipped',
      },
    ]);
  });

  it("skips blank rows and does not change its input", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Chronology");
      sheet.addRow(["Date", "Details"]);
      sheet.addRow([day(2019, 1, 1), "One"]);
      sheet.addRow([]);
      sheet.addRow([day(2019, 1, 3), "Two"]);
    });
    const copy = bytes.slice();
    const reading = await readWorkbook(bytes);
    expect(reading.tables[0]!.rows.map((row) => row.sheetRow)).toEqual([2, 4]);
    expect(bytes).toEqual(copy);
  });
});
