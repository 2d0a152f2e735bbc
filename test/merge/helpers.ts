import { ingestSource } from "../../src/ingest/ingest-source.js";
import type { NormalisedRecord } from "../../src/model/normalised.js";
import type { SourceInput } from "../../src/model/source.js";
import { normaliseRecord } from "../../src/normalise/normalise-record.js";
import { resolvePeople } from "../../src/resolve/resolve-people.js";

/** A CSV return in a few words: agency, file name, header and rows. */
export function csvReturn(agency: string, file: string, rows: readonly string[]): SourceInput {
  return { agency, file, content: `Date,Time,Person(s) involved,Details\n${rows.join("\n")}\n` };
}

/** Ingests, normalises (Europe/London, day first) and resolves returns, as the pipeline does. */
export function prepare(sources: readonly SourceInput[]): {
  records: NormalisedRecord[];
  personOf: ReadonlyMap<string, readonly string[]>;
} {
  const records: NormalisedRecord[] = [];
  for (const source of sources) {
    for (const raw of ingestSource(source).records) {
      const result = normaliseRecord(raw, { timezone: "Europe/London", dateOrder: "dmy" });
      if (result.ok) records.push(result.record);
    }
  }
  const { personOf } = resolvePeople(records);
  return { records, personOf };
}
