import type { Encoding } from "../model/source.js";
import { decodeWindows1252 } from "./windows-1252.js";

/** The encodings a return can be read in: those a manifest may declare, and UTF-16 found by its BOM. */
export type DecodedEncoding = Encoding | "utf-16le" | "utf-16be";

export interface Decoded {
  text: string;
  encoding: DecodedEncoding;
  /** True when the bytes were not valid UTF-8 and no encoding was declared, so Windows-1252 was assumed. */
  fellBack: boolean;
  /**
   * Where the bytes first break the encoding they were read in, when they do: the byte offset, the
   * 1-based line it is on, and how many bytes are broken. Reported, never silently replaced.
   */
  invalid?: { offset: number; line: number; count: number };
  /** True when UTF-16 was recognised without a BOM, by the zero bytes of its ASCII characters. */
  sniffed?: boolean;
}

const boms: readonly { bytes: readonly number[]; encoding: DecodedEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/**
 * Decodes an agency return's bytes. A byte order mark decides first (UTF-8, UTF-16 LE or BE, as
 * Excel's "Unicode text" writes it) and is removed. Without one: UTF-16 when every other byte is zero
 * (`sniffed` set), else the declared encoding, else UTF-8,
 * else Windows-1252 when the bytes are not valid UTF-8 (Excel's "CSV" on Windows), with `fellBack`
 * set so the caller reports it. Bytes that break a declared or marked encoding are reported in
 * `invalid`: declared UTF-8 keeps every valid sequence and reads each broken byte as Windows-1252,
 * so no character is lost to a silent U+FFFD.
 * @param bytes the file's content
 * @param declared the encoding the manifest declares, if any
 * @returns the text, the encoding used, and whether and where the bytes were broken
 * @example
 * decodeBytes(new Uint8Array([0xa3, 0x35])).text // "£5"
 * decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).text // "A"
 */
export function decodeBytes(bytes: Uint8Array, declared?: Encoding): Decoded {
  const bom = boms.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom !== undefined && bom.encoding !== "utf-8") return decodeUtf16(bytes, bom);
  const body = bom === undefined ? bytes : bytes.subarray(bom.bytes.length);
  // Text with a zero in every other byte is UTF-16 whatever was declared: no UTF-8 or Windows-1252 text is.
  const utf16 = bom === undefined ? sniffUtf16(bytes) : undefined;
  if (utf16 !== undefined) return { ...decodeUtf16(bytes, { bytes: [], encoding: utf16 }), sniffed: true };
  if (declared === "windows-1252" && bom === undefined) {
    return { text: decodeWindows1252(body), encoding: declared, fellBack: false };
  }
  const utf8 = tryDecode("utf-8", body);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", fellBack: false };
  if (declared === undefined && bom === undefined) {
    return {
      text: decodeWindows1252(body),
      encoding: "windows-1252",
      fellBack: true,
      invalid: locateInvalidUtf8(body),
    };
  }
  // Declared or marked UTF-8 that is not: keep the UTF-8 and read the broken bytes one by one.
  return { text: mixedUtf8(body), encoding: "utf-8", fellBack: false, invalid: locateInvalidUtf8(body) };
}

function decodeUtf16(bytes: Uint8Array, bom: (typeof boms)[number]): Decoded {
  // Big-endian is read as little-endian with each pair swapped: every runtime decodes UTF-16LE, not
  // every one (Node without full ICU) UTF-16BE.
  const body =
    bom.encoding === "utf-16be"
      ? swapPairs(bytes.subarray(bom.bytes.length))
      : bytes.subarray(bom.bytes.length);
  const text = tryDecode("utf-16le", body);
  if (text !== undefined) return { text, encoding: bom.encoding, fellBack: false };
  // An odd byte count or a lone surrogate: read what can be read, and say where it broke.
  const lenient = new TextDecoder("utf-16le", { ignoreBOM: true }).decode(body);
  const at = lenient.indexOf("\uFFFD");
  const offset = bom.bytes.length + Math.max(0, at) * 2;
  const count = [...lenient].filter((c) => c === "\uFFFD").length;
  return {
    text: lenient,
    encoding: bom.encoding,
    fellBack: false,
    invalid: { offset, line: lineOf(lenient, Math.max(0, at)), count },
  };
}

/**
 * UTF-16 without a BOM, recognised by its zero bytes: text that is mostly ASCII has a zero in every
 * other byte, which UTF-8 or Windows-1252 text never has.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return "utf-16be";
  return undefined;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
  return swapped;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let length: number;
  let min: number;
  let max = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) [length, min] = [2, 0x80];
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    min = b0 === 0xe0 ? 0xa0 : 0x80;
    if (b0 === 0xed) max = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    min = b0 === 0xf0 ? 0x90 : 0x80;
    if (b0 === 0xf4) max = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined) return 0;
    if (k === 1 ? b < min || b > max : b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

function locateInvalidUtf8(bytes: Uint8Array): NonNullable<Decoded["invalid"]> {
  let first = -1;
  let count = 0;
  let line = 1;
  let firstLine = 1;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      if (first < 0) [first, firstLine] = [i, line];
      count++;
      i++;
      continue;
    }
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    i += length;
  }
  return { offset: first, line: firstLine, count };
}

function mixedUtf8(bytes: Uint8Array): string {
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(start, i)), decodeWindows1252(bytes.subarray(i, i + 1)));
    i++;
    start = i;
  }
  parts.push(utf8.decode(bytes.subarray(start)));
  return parts.join("");
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
