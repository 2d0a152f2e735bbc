import type { NormalisedRecord } from "../../src/model/normalised.js";
import { readMention } from "../../src/normalise/people/people-cell.js";

/** A record for resolvePeople: one row of a return with its people cell read. */
export function row(
  file: string,
  rowNumber: number,
  cell: string,
  extra: { postcode?: string } = {},
): Pick<NormalisedRecord, "source" | "people"> {
  const agency = file.replace(/\.\w+$/, "");
  return {
    source: { agency, file, row: rowNumber },
    people: cell
      .split(";")
      .map((p) => p.trim())
      .filter(Boolean)
      .map((text) => ({ ...readMention(text), ...extra })),
  };
}
