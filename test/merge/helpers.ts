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

/** What a hand-made record needs; everything else takes a plain default. */
export interface RecordSpec {
  agency: string;
  row: number;
  file?: string;
  /** Wall time in UTC, `yyyy-mm-ddThh:mm` (minute precision) or `yyyy-mm-dd` (day precision). */
  at: string;
  people?: string[];
  summary?: string;
  action?: string;
  categories?: string[];
  note?: boolean;
  sequence?: number | null;
  precision?: NormalisedRecord["date"]["precision"];
  text?: string;
}

const minute = 60_000;
const day = 86_400_000;

/** A normalised record made by hand, and its people as resolve would give them (ids = the names). */
export function record(spec: RecordSpec): { record: NormalisedRecord; people: string[] } {
  const timed = spec.at.includes("T");
  const start = Date.parse(`${spec.at}${timed ? ":00Z" : "T00:00:00Z"}`);
  const precision = spec.precision ?? (timed ? "minute" : "day");
  const length = precision === "minute" ? minute : precision === "month" ? 31 * day : day;
  const people = spec.people ?? [];
  return {
    people,
    record: {
      source: { agency: spec.agency, file: spec.file ?? `${spec.agency.toLowerCase()}.csv`, row: spec.row },
      date: {
        text: spec.text ?? spec.at,
        start,
        end: start + length,
        precision,
        approximate: false,
        uncertain: false,
      },
      sequence: spec.sequence ?? null,
      people: people.map((name) => ({
        text: name,
        name,
        title: null,
        given: name,
        family: null,
        role: null,
        roleKind: "family" as const,
        sex: null,
        dob: null,
        nhs: null,
        nhsValid: false,
      })),
      summary: spec.summary ?? "",
      action: spec.action ?? "",
      categories: (spec.categories ?? []).map((category) => ({ category, triggers: [category] })),
      reference: null,
      note: spec.note ?? false,
    },
  };
}

/** Records and their personOf map from specs. */
export function records(specs: readonly RecordSpec[]): {
  records: NormalisedRecord[];
  personOf: Map<string, string[]>;
} {
  const made = specs.map(record);
  return {
    records: made.map((m) => m.record),
    personOf: new Map(made.map((m) => [`${m.record.source.file}\u0000${m.record.source.row}`, m.people])),
  };
}
