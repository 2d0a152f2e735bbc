// WHATWG's windows-1252 table for 0x80-0x9F; every other byte is its own code point.
// Written out because Node's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x93 becomes U+0093,
// not the curly quote Excel wrote), which would corrupt every Windows-1252 return silently.
const high = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 bytes (Excel's "CSV" on Windows) to text, as the WHATWG Encoding standard does.
 * @param bytes the bytes
 * @returns the text
 * @example
 * decodeWindows1252(new Uint8Array([0x93, 0x68, 0x69, 0x94, 0xa3])) // "“hi”£"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  const step = 8192;
  for (let offset = 0; offset < bytes.length; offset += step) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, offset + step);
    for (let i = offset; i < end; i++) {
      const byte = bytes[i]!;
      codes.push(byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80]! : byte);
    }
    text += String.fromCharCode(...codes);
  }
  return text;
}
