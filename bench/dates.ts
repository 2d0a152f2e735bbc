// The date benchmark: chronomerge's parseDate against chrono-node's UK parser (chrono.en.GB) on the
// same seeded corpus of at least 100,000 agency date strings, printing speed and the share each reads
// correctly. Figures only: nothing here fails on a slow run.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { parseDate } from "../src/normalise/date/parse-date.js";
import { type CorpusEntry, dateCorpus, type WallTime } from "./dates-corpus.js";

const zone = "Europe/London";

function instant(w: WallTime): number {
  return DateTime.fromObject(w, { zone }).toMillis();
}

/** Ours is right when the interval is exactly the answer's [start, end). */
function oursCorrect(entry: CorpusEntry, start: number, end: number): boolean {
  return start === instant(entry.start) && end === instant(entry.end);
}

/**
 * chrono-node gives one point, not an interval: it is counted right when its start's wall-clock
 * year, month and day (and hour and minute when the text has a time) equal the answer's start.
 * That is generous to it: a month or season it reads as its first day counts as right.
 */
function chronoCorrect(entry: CorpusEntry, result: chrono.ParsedResult | undefined): boolean {
  if (result === undefined) return false;
  const s = result.start;
  const same =
    s.get("year") === entry.start.year &&
    s.get("month") === entry.start.month &&
    s.get("day") === entry.start.day;
  if (!same || !entry.timed) return same;
  return s.get("hour") === entry.start.hour && s.get("minute") === entry.start.minute;
}

/** Times one full pass of a reader, keeping no results (so no heap of them skews the next pass). */
function pass(texts: readonly string[], read: (text: string) => unknown): number {
  const begin = performance.now();
  for (const text of texts) read(text);
  return performance.now() - begin;
}

const percent = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;

/** Runs the date benchmark and prints its figures. */
export async function benchDates(size = 100_000): Promise<void> {
  const corpus = dateCorpus(size);
  const texts = corpus.map((e) => e.text);
  const reference = new Date(Date.UTC(2026, 0, 1));
  const ourRead = (text: string) => parseDate(text);
  const chronoRead = (text: string) => chrono.en.GB.parse(text, reference)[0];
  // The first pass over the strings pays for JIT and for our per-zone, per-year clock-change tables and
  // day cache (cold). The steady state (warm) is then timed in slices of 5,000 strings that alternate
  // between the two readers, so that the load of a busy machine falls on both alike; the best of three
  // rounds counts. Results are not kept while timing; correctness is counted in a separate, untimed pass.
  const oursCold = pass(texts, ourRead);
  const theirsCold = pass(texts, chronoRead);
  let ours = Number.POSITIVE_INFINITY;
  let theirs = Number.POSITIVE_INFINITY;
  const slice = 5_000;
  for (let round = 0; round < 3; round++) {
    let oursRound = 0;
    let theirsRound = 0;
    for (let from = 0; from < size; from += slice) {
      const part = texts.slice(from, from + slice);
      oursRound += pass(part, ourRead);
      theirsRound += pass(part, chronoRead);
    }
    ours = Math.min(ours, oursRound);
    theirs = Math.min(theirs, theirsRound);
  }
  const families = new Map<string, { n: number; ours: number; chrono: number }>();
  let oursRight = 0;
  let chronoRight = 0;
  for (const entry of corpus) {
    const read = parseDate(entry.text);
    const a = read.ok && oursCorrect(entry, read.reading.start, read.reading.end);
    const b = chronoCorrect(entry, chronoRead(entry.text));
    if (a) oursRight++;
    if (b) chronoRight++;
    const f = families.get(entry.family) ?? { n: 0, ours: 0, chrono: 0 };
    f.n++;
    if (a) f.ours++;
    if (b) f.chrono++;
    families.set(entry.family, f);
  }
  const rate = (ms: number) => Math.round((size / ms) * 1000).toLocaleString("en-GB");
  console.log(`\n## dates: ${size.toLocaleString("en-GB")} seeded UK date strings (${families.size} styles)`);
  console.log("reader                  cold (ms)   warm (ms)   warm strings/s     correct");
  const line = (name: string, cold: number, warm: number, right: number) =>
    console.log(
      `${name.padEnd(22)}  ${cold.toFixed(0).padStart(9)}   ${warm.toFixed(0).padStart(9)}   ${rate(warm).padStart(14)}   ${percent(right, size).padStart(9)}`,
    );
  line("chronomerge parseDate", oursCold, ours, oursRight);
  line("chrono-node en.GB", theirsCold, theirs, chronoRight);
  console.log(
    `speed: ${(theirs / ours).toFixed(1)}x chrono-node warm, ${(theirsCold / oursCold).toFixed(1)}x cold (goal >= 5x)`,
  );
  console.log("correct by style (ours exact interval; chrono-node its start day/time):");
  for (const [family, f] of families) {
    console.log(
      `  ${family.padEnd(24)} ${String(f.n).padStart(6)}   ours ${percent(f.ours, f.n).padStart(6)}   chrono ${percent(f.chrono, f.n).padStart(6)}`,
    );
  }
}
