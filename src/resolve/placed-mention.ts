import { rowKey } from "../model/content-id.js";
import type { PersonMention } from "../model/normalised.js";
import type { RowRef } from "../model/source.js";

/** A mention in its row: the record it came from and its index in the record's people. */
export interface PlacedMention {
  source: RowRef;
  index: number;
  mention: PersonMention;
}

/**
 * `rowKey` read once per row: the mentions of a row share its `source` object, and a key built anew
 * for each of them is hashed anew in every map it is looked up in.
 * @returns a function giving each source's row key
 */
export function rowKeys(): (source: RowRef) => string {
  const keys = new Map<RowRef, string>();
  return (source) => {
    let key = keys.get(source);
    if (key === undefined) {
      key = rowKey(source);
      keys.set(source, key);
    }
    return key;
  };
}
