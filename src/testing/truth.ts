import type { FlagKind } from "../model/chronology.js";

/** A row of a return: the file name as in the manifest and the 1-based data record number (header excluded). */
export interface TruthRow {
  file: string;
  row: number;
}

/** One person as a row mentions them: `index` is their place in the row's people cell (0-based). */
export interface TruthMention extends TruthRow {
  index: number;
  text: string;
}

/** Rows that record one event in the world. */
export interface TruthEvent {
  id: string;
  kind: string;
  /** The day it happened, `yyyy-mm-dd` (review zone); some rows may state another day. */
  date: string;
  rows: TruthRow[];
  /** Truth ids of the people the rows mention. */
  people: string[];
  /**
   * Rows (among `rows`) that state another day than `date`: the planted disagreement (a day off, or day
   * and month swapped). Absent when every row states the day.
   */
  misdated?: TruthRow[];
}

/** One person in the world and every mention of them. */
export interface TruthPerson {
  id: string;
  name: string;
  role: "mother" | "child" | "partner" | "grandmother";
  sex: "male" | "female";
  dob: string;
  nhs: string;
  family: number;
  mentions: TruthMention[];
}

/** A flag a reviewer should raise; `from`/`to` are `yyyy-mm-dd` (inclusive) and `events` truth event ids. */
export interface TruthFlag {
  kind: FlagKind;
  person: string | null;
  /** For a flag about the household (risk-combination): its members; a flag naming any of them is about it. */
  household: string[];
  from: string;
  to: string;
  events: string[];
  why: string;
}

/** The answer key of a generated review (truth.json). */
export interface Truth {
  seed: number;
  from: string;
  to: string;
  rows: number;
  /** Each return: its file name (as in the manifest), its agency and its number of data rows. */
  files: { name: string; agency: string; rows: number }[];
  /** The flag kinds the generator plants; flags of other kinds are not scored for precision. */
  plantedKinds: FlagKind[];
  events: TruthEvent[];
  people: TruthPerson[];
  flags: TruthFlag[];
}
