// The demo review's README (fixtures/demo/README.md, "Same incident reported by several agencies") as
// merge expectations: its same-incident groups are one event each; its one-day-off and swapped pairs
// stay two events, linked by a conflict flag; its follow-ups told of an incident are their own events.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Chronology } from "../../src/model/chronology.js";
import { loadManifest } from "../../src/node/load-manifest.js";
import { readSources } from "../../src/node/read-sources.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

const manifestPath = join(import.meta.dirname, "../../fixtures/demo/manifest.json");

async function demo(): Promise<Chronology> {
  const manifest = await loadManifest(manifestPath);
  const { sources } = await readSources(manifest.specs);
  return buildChronology(sources, manifest.review);
}

type Row = [file: string, row: number];

const eventOf = (document: Chronology, [file, row]: Row): string =>
  document.events.find((e) => e.sources.some((s) => s.file.endsWith(file) && s.row === row))!.id;

describe.runIf(existsSync(manifestPath))("mergeEvents on the demo review", () => {
  it("merges each same-incident group of the README into one event", async () => {
    const document = await demo();
    const groups: Row[][] = [
      [
        ["police.csv", 5],
        ["ambulance.csv", 1],
        ["ed.csv", 3],
      ],
      [
        ["ambulance.csv", 4],
        ["ed.csv", 5],
      ],
      [
        ["ambulance.csv", 2],
        ["ed.csv", 4],
      ],
      [
        ["ambulance.csv", 6],
        ["ed.csv", 7],
      ],
      [
        ["ambulance.csv", 8],
        ["police.csv", 24],
        ["ed.csv", 9],
      ],
      [
        ["police.csv", 8],
        ["csc.json", 4],
      ],
      [
        ["health-visiting.tsv", 14],
        ["csc.json", 8],
      ],
      [
        ["school.ndjson", 5],
        ["csc.json", 15],
      ],
      [
        ["housing.csv", 13],
        ["health-visiting.tsv", 26],
      ],
    ];
    for (const group of groups) {
      expect(new Set(group.map((row) => eventOf(document, row))).size, JSON.stringify(group)).toBe(1);
    }
  });

  it("keeps the one-day-off and swapped pairs apart, each linked by a conflict flag", async () => {
    const document = await demo();
    const pairs: [Row, Row][] = [
      [
        ["police.csv", 11],
        ["ambulance.csv", 3],
      ],
      [
        ["police.csv", 17],
        ["ambulance.csv", 5],
      ],
    ];
    for (const pair of pairs) {
      const [a, b] = pair.map((row) => eventOf(document, row));
      expect(a).not.toBe(b);
      const linked = document.flags.some(
        (f) =>
          (f.kind === "conflict" || f.kind === "ambiguous-date") &&
          f.events.includes(a!) &&
          f.events.includes(b!),
      );
      expect(linked, JSON.stringify(pair)).toBe(true);
    }
  });

  it("keeps the follow-ups of an agency told of an incident as their own events", async () => {
    const document = await demo();
    const apart: [Row, Row][] = [
      [
        ["csc.json", 1],
        ["health-visiting.tsv", 11],
      ],
      [
        ["gp.csv", 26],
        ["health-visiting.tsv", 25],
      ],
      [
        ["police.csv", 5],
        ["csc.json", 1],
      ],
    ];
    for (const [a, b] of apart) expect(eventOf(document, a)).not.toBe(eventOf(document, b));
  });
});
