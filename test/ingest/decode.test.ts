import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode.js";

const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const utf16le = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
const utf16be = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
const bytes = (...parts: number[][]) => new Uint8Array(parts.flat());

describe("decodeBytes", () => {
  it.each([
    ["UTF-8", bytes(utf8("Date,Détails\n")), undefined, "Date,Détails\n", "utf-8"],
    ["UTF-8 with BOM", bytes([0xef, 0xbb, 0xbf], utf8("a£")), undefined, "a£", "utf-8"],
    [
      "UTF-8 BOM over a declared Windows-1252",
      bytes([0xef, 0xbb, 0xbf], utf8("é")),
      "windows-1252",
      "é",
      "utf-8",
    ],
    // Excel's "CSV" on Windows: curly quotes 0x93/0x94, £ 0xA3, é 0xE9, € 0x80, en dash 0x96.
    [
      "Windows-1252",
      bytes([0x93, 0x68, 0x94, 0x20, 0xa3, 0x35, 0x20, 0xe9, 0x80, 0x96]),
      undefined,
      "“h” £5 é€–",
      "windows-1252",
    ],
    ["declared Windows-1252", bytes([0x61, 0xe9]), "windows-1252", "aé", "windows-1252"],
    ["UTF-16 LE with BOM", bytes([0xff, 0xfe], utf16le("Date,£\r\n")), undefined, "Date,£\r\n", "utf-16le"],
    ["UTF-16 BE with BOM", bytes([0xfe, 0xff], utf16be("Date,é")), undefined, "Date,é", "utf-16be"],
    ["UTF-16 LE without BOM", bytes(utf16le("Date,Details\n")), undefined, "Date,Details\n", "utf-16le"],
    ["UTF-16 LE without BOM declared UTF-8", bytes(utf16le("Date,£\n")), "utf-8", "Date,£\n", "utf-16le"],
    ["a BOM alone", bytes([0xef, 0xbb, 0xbf]), undefined, "", "utf-8"],
    ["nothing", bytes(), undefined, "", "utf-8"],
  ] as const)("reads %s", (_name, input, declared, text, encoding) => {
    const decoded = decodeBytes(input, declared);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).not.toContain("\uFFFD");
  });

  it("says when invalid UTF-8 made it fall back to Windows-1252, and where", () => {
    const decoded = decodeBytes(bytes(utf8("a,b\n1,caf"), [0xe9], utf8("\n")));
    expect(decoded).toEqual({
      text: "a,b\n1,café\n",
      encoding: "windows-1252",
      fellBack: true,
      invalid: { offset: 9, line: 2, count: 1 },
    });
  });

  it("keeps the UTF-8 of a declared UTF-8 file and reads only its broken bytes as Windows-1252, reporting them", () => {
    const decoded = decodeBytes(bytes(utf8("né\n"), [0x93, 0x41, 0x94]), "utf-8");
    expect(decoded).toEqual({
      text: "né\n“A”",
      encoding: "utf-8",
      fellBack: false,
      invalid: { offset: 4, line: 2, count: 2 },
    });
  });

  it("treats a truncated or overlong UTF-8 sequence as broken bytes, never as U+FFFD", () => {
    const decoded = decodeBytes(bytes([0x41, 0xc0, 0xaf, 0xe2, 0x82]), "utf-8");
    expect(decoded.invalid?.count).toBe(4);
    expect(decoded.text).not.toContain("\uFFFD");
    expect(decoded.text.startsWith("A")).toBe(true);
  });

  it("reports UTF-16 that breaks off in the middle of a character", () => {
    const decoded = decodeBytes(bytes([0xff, 0xfe], utf16le("ab"), [0x41]));
    expect(decoded.encoding).toBe("utf-16le");
    expect(decoded.text.startsWith("ab")).toBe(true);
    expect(decoded.invalid).toMatchObject({ count: 1, line: 1 });
  });

  it("does not change the bytes it is given", () => {
    const input = bytes([0xff, 0xfe], utf16le("x"));
    const copy = input.slice();
    decodeBytes(input);
    expect(input).toEqual(copy);
  });
});
