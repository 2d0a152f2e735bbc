// Windows-1252 bytes for the few non-ASCII characters the generator writes (TextEncoder only does UTF-8).

const table: Readonly<Record<string, number>> = {
  "€": 0x80,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "–": 0x96,
  "£": 0xa3,
  á: 0xe1,
  ç: 0xe7,
  é: 0xe9,
  ë: 0xeb,
  í: 0xed,
  ñ: 0xf1,
  ó: 0xf3,
  ö: 0xf6,
  ú: 0xfa,
  ü: 0xfc,
  Á: 0xc1,
  Ç: 0xc7,
  É: 0xc9,
  Ë: 0xcb,
  Í: 0xcd,
  Ñ: 0xd1,
  Ó: 0xd3,
  Ú: 0xda,
  Ö: 0xd6,
  Ü: 0xdc,
};

/**
 * Encodes text as Windows-1252 bytes.
 * @param text ASCII plus the characters of the table above
 * @returns one byte per character
 * @throws {RangeError} for a character the table does not hold (a generator bug, never input)
 * @example
 * encodeWindows1252("Zoë £5") // Uint8Array [0x5a, 0x6f, 0xeb, 0x20, 0xa3, 0x35]
 */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[i] = code;
      continue;
    }
    const byte = table[text.charAt(i)];
    if (byte === undefined) throw new RangeError(`no Windows-1252 byte for "${text.charAt(i)}"`);
    bytes[i] = byte;
  }
  return bytes;
}
