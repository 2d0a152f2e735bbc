import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJson, toJsonChunks } from "../../src/export/to-json.js";
import type { Chronology } from "../../src/model/chronology.js";
import { sampleDocument } from "./sample-document.js";

describe("toJsonChunks", () => {
  it("gives toJson's bytes, in pieces, for the sample document at any piece size", () => {
    const document = sampleDocument();
    for (const size of [1, 50, 1_000, 1_000_000]) {
      const pieces = [...toJsonChunks(document, size)];
      expect(pieces.join("")).toBe(toJson(document));
      if (size === 1) expect(pieces.length).toBeGreaterThan(document.events.length);
    }
  });

  it("gives toJson's bytes for any JSON values in the document's arrays, empty arrays included", () => {
    const item = fc.jsonValue();
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), fc.array(item, { maxLength: 3 }), (events, flags) => {
        const document = { ...sampleDocument(), events, flags } as unknown as Chronology;
        expect([...toJsonChunks(document, 10)].join("")).toBe(toJson(document));
      }),
      { numRuns: 300 },
    );
  });
});
