import type { Chronology, FlagKind } from "../model/chronology.js";
import { indexRows, placeKey } from "./row-index.js";
import type { Truth, TruthRow } from "./truth.js";

/** Pairwise clustering quality: of the pairs put together, how many belong together, and how many were found. */
export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs the truth puts together. */
  truePairs: number;
  /** Pairs the document puts together (within the truth's items). */
  predictedPairs: number;
  /** Pairs both put together. */
  commonPairs: number;
}

/** Flag quality for one kind. `precision` is null for kinds the generator does not plant, or with no flag found. */
export interface FlagScore {
  kind: FlagKind;
  expected: number;
  found: number;
  /** Truth flags that a document flag matches. */
  recalled: number;
  /** Document flags that match a truth flag. */
  correct: number;
  recall: number | null;
  precision: number | null;
}

/** Whether every input row is in exactly one event's sources or in `rejected`. */
export interface Conservation {
  ok: boolean;
  /** Truth rows in no event and not rejected. */
  missing: TruthRow[];
  /** Truth rows cited more than once (by several events, or by an event and `rejected`). */
  duplicated: TruthRow[];
  /** Rows the document cites that the truth does not know. */
  unknown: TruthRow[];
}

export interface Score {
  events: PairScore;
  people: PairScore;
  flags: FlagScore[];
  conservation: Conservation;
}

/**
 * Scores a chronology document against a generated review's truth: pairwise precision, recall and F1
 * for events (rows put in one event) and people (mentions resolved to one person), recall and precision
 * of flags per kind, and conservation of rows.
 * @param document the chronology the software under test produced
 * @param truth the generated review's truth
 * @returns the scores; a perfect answer scores 1 everywhere
 * @example
 * scoreChronology(document, review.truth).events.f1 // 0.93
 */
export function scoreChronology(document: Chronology, truth: Truth): Score {
  const personMap = mapPeople(document, truth);
  return {
    events: scoreEvents(document, truth),
    people: scorePeople(document, truth, personMap),
    flags: scoreFlags(document, truth, personMap),
    conservation: checkConservation(document, truth),
  };
}

/** How {@link scoreEvents} reads the truth. */
export interface EventScoreOptions {
  /**
   * Count each row a planted disagreement misdates (`TruthEvent.misdated`) as an event of its own: for
   * software that flags such rows as a proposed link rather than merging them, as chronomerge does.
   * Default false: the truth's events as they happened.
   */
  misdatedApart?: boolean;
}

/**
 * Pairwise score of events: two rows belong together when the truth puts them in one event.
 * Rows in no event (rejected) count as alone.
 * @param document the chronology's events
 * @param truth the generated review's truth
 * @param options `misdatedApart`: each misdated row counts as its own event
 * @returns pairwise precision, recall, F1 and the pair counts
 * @example
 * scoreEvents(document, truth).recall // 0.88
 * scoreEvents(document, truth, { misdatedApart: true }).recall // 0.99
 */
export function scoreEvents(
  document: Pick<Chronology, "events">,
  truth: Truth,
  options: EventScoreOptions = {},
): PairScore {
  const truthOf = new Map<string, number>();
  let apart = truth.events.length;
  truth.events.forEach((event, i) => {
    const misdated = new Set(options.misdatedApart === true ? (event.misdated ?? []).map(placeKey) : []);
    for (const row of event.rows) {
      const key = placeKey(row);
      truthOf.set(key, misdated.has(key) ? apart++ : i);
    }
  });
  const predictedOf = new Map<string, number>();
  document.events.forEach((event, i) => {
    for (const source of event.sources) {
      const key = placeKey(source);
      if (truthOf.has(key) && !predictedOf.has(key)) predictedOf.set(key, i);
    }
  });
  let lone = document.events.length;
  const pairs: [number, number][] = [];
  for (const [key, t] of truthOf) pairs.push([t, predictedOf.get(key) ?? lone++]);
  return pairScore(pairs);
}

/**
 * Pairwise score of people: two mentions belong together when the truth says they are one person.
 * A document mention is matched to the truth by file, row and the text as written.
 * @param document the chronology's people
 * @param truth the generated review's truth
 * @param personMap the mention matching, when already computed
 * @returns pairwise precision, recall, F1 and the pair counts
 * @example
 * scorePeople(document, truth).precision // 0.97
 */
export function scorePeople(
  document: Pick<Chronology, "people">,
  truth: Truth,
  personMap = mapPeople(document, truth),
): PairScore {
  let lone = document.people.length;
  const pairs: [number, number][] = [];
  truth.people.forEach((person, t) => {
    for (const mention of person.mentions) {
      const predicted = personMap.mentionOwner.get(`${placeKey(mention)}#${mention.index}`);
      pairs.push([t, predicted ?? lone++]);
    }
  });
  return pairScore(pairs);
}

/** Document people matched to truth people through their mentions. */
export interface PersonMap {
  /** `file#row#index` of a truth mention → index of the document person holding it. */
  mentionOwner: Map<string, number>;
  /** Document person id → the truth person most of its mentions belong to. */
  truthOf: Map<string, string>;
}

/**
 * Matches each document person's mentions to the truth's, by row and text (else the row's first unmatched
 * mention), and each document person to the truth person most of its mentions belong to.
 * @param document the chronology's people
 * @param truth the generated review's truth
 * @returns the owner of each truth mention and the truth person of each document person
 * @example
 * mapPeople(document, truth).truthOf.get(document.people[0].id) // "f0000-mother"
 */
export function mapPeople(document: Pick<Chronology, "people">, truth: Truth): PersonMap {
  const byRow = new Map<string, { key: string; text: string; person: string; taken: boolean }[]>();
  for (const person of truth.people) {
    for (const mention of person.mentions) {
      const row = placeKey(mention);
      const list = byRow.get(row) ?? [];
      list.push({
        key: `${row}#${mention.index}`,
        text: mention.text.trim(),
        person: person.id,
        taken: false,
      });
      byRow.set(row, list);
    }
  }
  const mentionOwner = new Map<string, number>();
  const truthOf = new Map<string, string>();
  const pending: { person: number; row: string }[] = [];
  const votes = new Map<number, Map<string, number>>();
  const assign = (p: number, entry: { key: string; person: string; taken: boolean }) => {
    entry.taken = true;
    mentionOwner.set(entry.key, p);
    const tally = votes.get(p) ?? new Map<string, number>();
    tally.set(entry.person, (tally.get(entry.person) ?? 0) + 1);
    votes.set(p, tally);
  };
  document.people.forEach((person, p) => {
    for (const source of person.sources) {
      const row = placeKey(source);
      const entry = byRow.get(row)?.find((m) => !m.taken && m.text === source.text.trim());
      if (entry !== undefined) assign(p, entry);
      else pending.push({ person: p, row });
    }
  });
  // Mentions whose text the software rewrote: take the row's first unmatched mention.
  for (const { person, row } of pending) {
    const entry = byRow.get(row)?.find((m) => !m.taken);
    if (entry !== undefined) assign(person, entry);
  }
  for (const [p, tally] of votes) {
    const best = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best !== undefined) truthOf.set(document.people[p]!.id, best[0]);
  }
  return { mentionOwner, truthOf };
}

const day = 86_400_000;

/**
 * Recall and precision of flags per kind. A document flag matches a truth flag of its kind when it names
 * the truth's person (if any) and either overlaps its dates (a day's slack) or cites one of its events' rows.
 * Precision is only scored for the kinds the generator plants.
 * @param document the chronology's flags, events and people
 * @param truth the generated review's truth
 * @param personMap the mention matching, when already computed
 * @returns one score per kind planted or expected, sorted by kind
 * @example
 * scoreFlags(document, truth).find((s) => s.kind === "missing-men")?.recall // 1
 */
export function scoreFlags(
  document: Pick<Chronology, "flags" | "events" | "people">,
  truth: Truth,
  personMap = mapPeople(document, truth),
): FlagScore[] {
  const rowsOfEvent = new Map(truth.events.map((e) => [e.id, new Set(e.rows.map(placeKey))]));
  const docEventRows = new Map(document.events.map((e) => [e.id, e.sources.map(placeKey)]));
  const matches = (flag: Chronology["flags"][number], expected: Truth["flags"][number]): boolean => {
    if (flag.kind !== expected.kind) return false;
    const about = expected.person === null ? [] : [expected.person, ...expected.household];
    if (about.length > 0 && !flag.people.some((id) => about.includes(personMap.truthOf.get(id) ?? "")))
      return false;
    const rows = new Set(expected.events.flatMap((id) => [...(rowsOfEvent.get(id) ?? [])]));
    if (flag.events.some((id) => (docEventRows.get(id) ?? []).some((row) => rows.has(row)))) return true;
    if (flag.start === null || flag.end === null) return expected.person !== null;
    const from = Date.parse(`${expected.from}T00:00:00Z`) - day;
    const to = Date.parse(`${expected.to}T00:00:00Z`) + 2 * day;
    return Date.parse(flag.start) < to && Date.parse(flag.end) >= from;
  };
  const kinds = [...new Set([...truth.plantedKinds, ...truth.flags.map((f) => f.kind)])].sort();
  return kinds.map((kind) => {
    const expected = truth.flags.filter((f) => f.kind === kind);
    const found = document.flags.filter((f) => f.kind === kind);
    const recalled = expected.filter((e) => found.some((f) => matches(f, e))).length;
    const correct = found.filter((f) => expected.some((e) => matches(f, e))).length;
    return {
      kind,
      expected: expected.length,
      found: found.length,
      recalled,
      correct,
      recall: expected.length === 0 ? null : recalled / expected.length,
      precision: found.length === 0 || !truth.plantedKinds.includes(kind) ? null : correct / found.length,
    };
  });
}

/**
 * Checks conservation against the truth: every row in exactly one event's sources or in `rejected`.
 * @param document the chronology's events and rejected rows
 * @param truth the generated review's truth
 * @returns whether it holds, and the rows missing, duplicated or unknown
 * @example
 * checkConservation(document, truth).ok // true
 */
export function checkConservation(
  document: Pick<Chronology, "events" | "rejected">,
  truth: Truth,
): Conservation {
  const places = indexRows(document);
  const known = new Set<string>();
  const missing: TruthRow[] = [];
  const duplicated: TruthRow[] = [];
  for (const event of truth.events) {
    for (const row of event.rows) {
      const key = placeKey(row);
      known.add(key);
      const count = (places.events.get(key)?.length ?? 0) + (places.rejected.get(key) ?? 0);
      if (count === 0) missing.push(row);
      else if (count > 1) duplicated.push(row);
    }
  }
  const unknown: TruthRow[] = [];
  for (const key of new Set([...places.events.keys(), ...places.rejected.keys()])) {
    if (known.has(key)) continue;
    const at = key.lastIndexOf("#");
    unknown.push({ file: key.slice(0, at), row: Number(key.slice(at + 1)) });
  }
  return { ok: missing.length + duplicated.length + unknown.length === 0, missing, duplicated, unknown };
}

function pairScore(items: readonly [number, number][]): PairScore {
  const truthSizes = new Map<number, number>();
  const predictedSizes = new Map<number, number>();
  const cells = new Map<string, number>();
  for (const [t, p] of items) {
    truthSizes.set(t, (truthSizes.get(t) ?? 0) + 1);
    predictedSizes.set(p, (predictedSizes.get(p) ?? 0) + 1);
    const cell = `${t}:${p}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
  }
  const pairs = (sizes: Iterable<number>) => {
    let sum = 0;
    for (const n of sizes) sum += (n * (n - 1)) / 2;
    return sum;
  };
  const truePairs = pairs(truthSizes.values());
  const predictedPairs = pairs(predictedSizes.values());
  const commonPairs = pairs(cells.values());
  const precision = predictedPairs === 0 ? 1 : commonPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : commonPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs, commonPairs };
}
