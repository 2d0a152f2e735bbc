import type { Encoding } from "../model/source.js";
import { decodeWindows1252 } from "./windows-1252.js";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the bytes were not valid UTF-8 and no encoding was declared, so Windows-1252 was assumed. */
  fellBack: boolean;
}

/**
 * Decodes an agency return's bytes: UTF-8 with or without BOM, or Windows-1252 when declared
 * or when the bytes are not valid UTF-8 (Excel's "CSV" on Windows). The BOM is removed.
 * @param bytes the file's content
 * @param declared the encoding the manifest declares, if any
 * @returns the text and the encoding used
 * @example
 * decodeBytes(new Uint8Array([0xa3, 0x35])).text // "£5"
 */
export function decodeBytes(bytes: Uint8Array, declared?: Encoding): Decoded {
  if (declared === "windows-1252") {
    return {
      text: stripBom(decodeWindows1252(bytes)),
      encoding: declared,
      fellBack: false,
    };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text: stripBom(text), encoding: "utf-8", fellBack: false };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: "windows-1252",
      fellBack: declared === undefined,
    };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
