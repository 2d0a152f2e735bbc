import type { PersonMention } from "../model/normalised.js";
import type { RowRef } from "../model/source.js";

/** A mention in its row: the record it came from and its index in the record's people. */
export interface PlacedMention {
  source: RowRef;
  index: number;
  mention: PersonMention;
}
