import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { type BrokenRow, parseDelimited } from "../../src/ingest/delimited.js";

const spectrumDir = dirname(createRequire(import.meta.url).resolve("csv-spectrum"));
const spectrumCases = readdirSync(join(spectrumDir, "csvs")).map((name) => name.replace(/\.csv$/, ""));

// csv-spectrum's location_coordinates.json gives the phone number as 1234567890 where its CSV has
// 2095257564 (and an object, not an array): the expectation, not the CSV, is wrong upstream.
const spectrumCorrections: Record<string, Record<string, string>[]> = {
  location_coordinates: [
    {
      "Contact Phone Number": "2095257564",
      "Location Coordinates": "37\uFFFD36'37.8\"N 121\uFFFD2'17.9\"W",
      Cities: "Modesto",
      Counties: "Stanislaus",
    },
  ],
};

function asObjects(rows: (string[] | BrokenRow)[]): Record<string, string>[] {
  const [header, ...data] = rows as string[][];
  return data.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ""])));
}

describe("parseDelimited", () => {
  it("reads every csv-spectrum case to its expected records", () => {
    expect(spectrumCases.length).toBeGreaterThanOrEqual(12);
    for (const name of spectrumCases) {
      const text = readFileSync(join(spectrumDir, "csvs", `${name}.csv`), "utf8");
      const expected =
        spectrumCorrections[name] ??
        JSON.parse(readFileSync(join(spectrumDir, "json", `${name}.json`), "utf8"));
      expect(asObjects(parseDelimited(text, ",")), name).toEqual(expected);
    }
  });

  it.each([
    [
      "comma in quotes",
      'a,b\n1,"x, y"\n',
      [
        ["a", "b"],
        ["1", "x, y"],
      ],
    ],
    [
      "doubled quotes",
      'a,b\n1,"say ""hi"""\n',
      [
        ["a", "b"],
        ["1", 'say "hi"'],
      ],
    ],
    [
      "newline in quotes",
      'a,b\n1,"two\nlines"\n2,z\n',
      [
        ["a", "b"],
        ["1", "two\nlines"],
        ["2", "z"],
      ],
    ],
    [
      "CRLF in quotes",
      'a,b\r\n1,"two\r\nlines"\r\n',
      [
        ["a", "b"],
        ["1", "two\r\nlines"],
      ],
    ],
    [
      "CRLF line ends",
      "a,b\r\n1,2\r\n3,4\r\n",
      [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    [
      "LF line ends",
      "a,b\n1,2\n3,4\n",
      [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    [
      "CR line ends",
      "a,b\r1,2\r3,4\r",
      [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    [
      "mixed line ends",
      "a,b\r\n1,2\n3,4\r5,6",
      [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
        ["5", "6"],
      ],
    ],
    [
      "no trailing newline",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "blank lines",
      "a,b\n\n1,2\n\r\n\n3,4\n\n",
      [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    [
      "rows of only empty cells",
      "a,b\n,\n1,2\n , \n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["too few cells", "a,b,c\n1\n", [["a", "b", "c"], ["1"]]],
    [
      "too many cells",
      "a,b\n1,2,3,4\n",
      [
        ["a", "b"],
        ["1", "2", "3", "4"],
      ],
    ],
    [
      "tab delimiter",
      "a\tb\n1\t2, 3\n",
      [
        ["a", "b"],
        ["1", "2, 3"],
      ],
      "\t",
    ],
    [
      "NUL kept for ingest to report",
      "a,b\n1,x\u0000y\n",
      [
        ["a", "b"],
        ["1", "x\u0000y"],
      ],
    ],
  ] as const)("reads %s", (_name, text, expected, delimiter?: "," | "\t") => {
    expect(parseDelimited(text, delimiter ?? ",")).toEqual(expected);
  });

  it.each([
    ["a stray quote", 'a,b\n1,"x"y,2\n3,4\n', '1,"x"y,2', "expected: ',' OR new line got: 'y'."],
    ["a quote never closed", 'a,b\n1,"xy\n3,4\n', '1,"xy', "missing closing: '\"'"],
  ])("keeps one broken record for %s and reads on", (_name, text, broken, reason) => {
    expect(parseDelimited(text, ",")).toEqual([
      ["a", "b"],
      { broken: true, text: broken, reason },
      ["3", "4"],
    ]);
  });

  it("does not quote the input in a parser reason", () => {
    const rows = parseDelimited('a,b\n1,"Sarah Jones"Smith,2\n', ",");
    const broken = rows[1] as BrokenRow;
    expect(broken.broken).toBe(true);
    expect(broken.reason).not.toContain("Smith");
  });

  it("reads the same rows whatever chunk boundaries fall inside quoted newlines and CRLF pairs", () => {
    // Over 2 MB: the parser is fed in 1 MB slices.
    const lines = ["a,b"];
    const expected = [["a", "b"]];
    for (let i = 0; i < 100_000; i++) {
      const multi = i % 7 === 0;
      lines.push(multi ? `${i},"multi\r\nline ""${i}"""` : `${i},value number ${i}`);
      expected.push([String(i), multi ? `multi\r\nline "${i}"` : `value number ${i}`]);
    }
    const text = lines.join("\r\n");
    expect(text.length).toBeGreaterThan(2 << 20);
    expect(parseDelimited(text, ",")).toEqual(expected);
  });

  it("finds a quote left open in the middle of a large file and keeps every later row", () => {
    const lines = ["a,b"];
    for (let i = 0; i < 100_000; i++) lines.push(i === 50_000 ? `${i},"open` : `${i},v`);
    const rows = parseDelimited(lines.join("\n"), ",");
    expect(rows).toHaveLength(100_001);
    expect(rows.filter((row) => !Array.isArray(row))).toEqual([
      { broken: true, text: '50000,"open', reason: "missing closing: '\"'" },
    ]);
    expect(rows[100_000]).toEqual(["99999", "v"]);
  });
});
