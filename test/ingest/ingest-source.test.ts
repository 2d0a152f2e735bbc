import { describe, expect, it } from "vitest";
import { ingestSource } from "../../src/ingest/ingest-source.js";
import type { SourceInput } from "../../src/model/source.js";

const csv = (content: string | Uint8Array, extra: Partial<SourceInput> = {}) =>
  ingestSource({ file: "gp.csv", agency: "GP", content, ...extra });
const codes = (result: ReturnType<typeof ingestSource>) =>
  result.issues.map((i) => [i.code, i.row, i.column]);

describe("ingestSource", () => {
  it("numbers rows by data record, header excluded, as fast-csv counts them, not by file line", () => {
    const result = csv('Date,Details\n\n01/02/2020,"two\nlines"\n\n03/02/2020,after\n');
    expect(result.records.map((r) => [r.source.row, r.fields.summary])).toEqual([
      [1, "two\nlines"],
      [2, "after"],
    ]);
    expect(result.rows).toBe(2);
  });

  it("skips rows of only empty cells: they are not data records", () => {
    const result = csv("Date,Details\n,\n , \n01/02/2020,x\n");
    expect(result.rows).toBe(1);
    expect(result.records[0]?.source.row).toBe(1);
  });

  it("keeps a ragged row with what it has, naming the row, and puts extra cells in extra as column N", () => {
    const result = csv("Date,Details\n01/02/2020\n01/02/2020,x,y,z\n");
    expect(result.records.map((r) => [r.fields, r.extra])).toEqual([
      [{ date: "01/02/2020" }, {}],
      [
        { date: "01/02/2020", summary: "x" },
        { "column 3": "y", "column 4": "z" },
      ],
    ]);
    expect(codes(result)).toEqual([
      ["ragged_row", 1, null],
      ["ragged_row", 2, null],
    ]);
  });

  it("reports duplicate headers: the first wins the field, the others are kept in extra under their own keys", () => {
    const result = csv("Date,Notes,Date,Notes\n01/02/2020,a,02/02/2020,b\n");
    expect(result.records[0]).toMatchObject({
      fields: { date: "01/02/2020" },
      extra: { Notes: "a", Date: "02/02/2020", "Notes (2)": "b" },
    });
    expect(codes(result)).toEqual([
      ["unknown_column", 0, "Notes"],
      ["duplicate_header", 0, "Date"],
      ["duplicate_header", 0, "Notes (2)"],
    ]);
  });

  it("never lets an overflow cell overwrite a column of the same name", () => {
    const result = csv("Date,column 3\n01/02/2020,kept,overflow\n");
    expect(result.records[0]?.extra).toEqual({ "column 3": "kept", "column 3 (2)": "overflow" });
  });

  it("removes NUL characters and reports the first cell of each column that had them", () => {
    const result = csv("Date,Deta\u0000ils\n01/02/2020,a\u0000b\n02/02/2020,c\u0000\n");
    expect(result.records.map((r) => r.fields.summary)).toEqual(["ab", "c"]);
    expect(codes(result)).toEqual([["nul_character", 1, "Details"]]);
  });

  it.each([
    ["UTF-8", new TextEncoder().encode("Date,Details\n01/02/2020,Café £5\n"), []],
    [
      "UTF-8 with BOM",
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Date,Details\n01/02/2020,Café £5\n")]),
      [],
    ],
    [
      "Windows-1252",
      new Uint8Array([
        ...new TextEncoder().encode("Date,Details\n01/02/2020,Caf"),
        0xe9,
        0x20,
        0xa3,
        0x35,
        0x0a,
      ]),
      [["encoding_fallback", 0, null]],
    ],
    [
      "UTF-16 with BOM",
      new Uint8Array([
        0xff,
        0xfe,
        ...[..."Date,Details\r\n01/02/2020,Café £5\r\n"].flatMap((c) => [c.charCodeAt(0), 0]),
      ]),
      [],
    ],
  ])("reads %s", (_name, bytes, issues) => {
    const result = csv(bytes);
    expect(result.records[0]?.fields).toEqual({ date: "01/02/2020", summary: "Café £5" });
    expect(codes(result)).toEqual(issues);
  });

  it("reports invalid UTF-8 in a file declared UTF-8 as an error naming where, and keeps the row", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Date,Details\n01/02/2020,d"), 0x93, 0x0a]);
    const result = csv(bytes, { encoding: "utf-8" });
    expect(result.records[0]?.fields.summary).toBe("d“");
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "invalid_encoding",
        severity: "error",
        row: 0,
        message: expect.stringContaining("line 2"),
      }),
    ]);
  });

  it.each([
    ["an empty file", "", "empty_file"],
    ["a BOM alone", new Uint8Array([0xef, 0xbb, 0xbf]), "empty_file"],
    ["blank lines only", "\n\r\n  \n", "empty_file"],
    ["empty cells only", ",,\n , \n\t,\n", "empty_file"],
    ["a header alone", "Date,Details\n", "no_rows"],
  ])("reports %s", (_name, content, code) => {
    const result = csv(content);
    expect(result.rows).toBe(0);
    expect(result.issues.map((i) => i.code)).toEqual([code]);
  });

  it("rejects an unreadable record with its row and a truncated input, and reads the rest", () => {
    const result = csv(`Date,Details\n01/02/2020,"x"${"y".repeat(500)}\n02/02/2020,ok\n`);
    expect(result.rejected).toEqual([
      {
        file: "gp.csv",
        row: 1,
        code: "csv_parse_error",
        reason: "unreadable record (expected: ',' OR new line got: 'y'.)",
      },
    ]);
    expect(result.records.map((r) => r.source.row)).toEqual([2]);
    expect(result.issues[0]?.input?.length).toBeLessThanOrEqual(121);
  });

  it("reads JSON records, reporting values that are not text once per column", () => {
    const result = ingestSource({
      file: "csc.json",
      agency: "CSC",
      content: '[{"Date":"01/02/2020","Seq":1},{"Date":"02/02/2020","Seq":2},"text"]',
    });
    expect(result.records.map((r) => r.fields)).toEqual([
      { date: "01/02/2020", sequence: "1" },
      { date: "02/02/2020", sequence: "2" },
    ]);
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([[3, "json_not_object"]]);
    expect(codes(result)).toEqual([
      ["non_text_value", 1, "Seq"],
      ["json_not_object", 3, null],
    ]);
  });

  it("reports a key written twice in one JSON record, whose first value JSON loses", () => {
    const json = ingestSource({ file: "a.json", content: '[{"Date":"01/02/2020","Notes":"a","Notes":"b"}]' });
    const ndjson = ingestSource({
      file: "a.ndjson",
      content: '{"Date":"01/02/2020"}\n{"Date":"1","Date":"2"}\n',
    });
    expect(json.records[0]?.extra).toEqual({ Notes: "b" });
    expect(codes(json)).toContainEqual(["duplicate_header", 1, "Notes"]);
    expect(codes(ndjson)).toEqual([["duplicate_header", 2, "Date"]]);
  });

  it.each([
    // [agency cell, input's agency, expected agency]
    ["Police", "GP", "GP"],
    ["Police", undefined, "Police"],
    ["", undefined, "gp"],
    ["# Reviewer", "GP", "Reviewer"],
    ["#Reviewer", undefined, "Reviewer"],
    ["¬ panel comment", "GP", "panel comment"],
    ["^ Chair", "GP", "Chair"],
    ["#", "GP", "Review author"],
    ["~", undefined, "Review author"],
  ])("gives a row whose agency cell is %j (input agency %s) the agency %j", (cell, agency, expected) => {
    const { records } = ingestSource({
      file: "gp.csv",
      ...(agency === undefined ? {} : { agency }),
      content: `Date,Source,Details\n01/02/2020,${cell},Seen\n`,
    });
    expect(records[0]?.source.agency).toBe(expected);
    // The cell is kept as written: normalise reads the marker to mark the row a note.
    expect(records[0]?.fields.agency ?? "").toBe(cell);
  });

  it("keeps rows + rejected equal to the data records it read", () => {
    const result = ingestSource({
      file: "a.ndjson",
      content: '{"Date":"1/1/2020"}\n{oops\n{"Date":"2/1/2020"}\n',
    });
    expect(result.rows).toBe(result.records.length + result.rejected.length);
    expect(result.rows).toBe(3);
  });

  it("does not change its input", () => {
    const bytes = new TextEncoder().encode("Date,Details\n01/02/2020,x\n");
    const input: SourceInput = {
      file: "gp.csv",
      agency: "GP",
      content: bytes,
      columns: { summary: "Details" },
    };
    const copy = structuredClone(input);
    ingestSource(input);
    expect(input).toEqual(copy);
  });
});
