import type { GlossaryEntry } from "../redact/redact.js";
import { csvDocument } from "./csv-cell.js";

/**
 * The glossary as Excel-safe CSV for the panel: code, name, aliases, dob, roles, id. Keep it apart from
 * the redacted report: it undoes the redaction.
 * @param glossary the glossary from `redact`
 * @returns CSV text with BOM and CRLF
 * @example
 * glossaryCsv([{ code: "Mother", id: "p-1", name: "Sarah Jones", aliases: [], dob: null, roles: ["mother"] }])
 * // "\uFEFFcode,name,aliases,dob,roles,id\r\nMother,Sarah Jones,,,mother,p-1\r\n"
 */
export function glossaryCsv(glossary: readonly GlossaryEntry[]): string {
  return csvDocument([
    ["code", "name", "aliases", "dob", "roles", "id"],
    ...glossary.map((g) => [g.code, g.name, g.aliases.join("; "), g.dob ?? "", g.roles.join("; "), g.id]),
  ]);
}
