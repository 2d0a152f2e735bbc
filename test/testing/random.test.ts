import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode.js";
import { encodeWindows1252 } from "../../src/testing/cp1252.js";
import { createRandom, deriveSeed } from "../../src/testing/random.js";

describe("createRandom", () => {
  it("gives the same sequence for the same seed, pinned", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(first.map((x) => x.toFixed(6))).toMatchInlineSnapshot(`
      [
        "0.601104",
        "0.448291",
        "0.852466",
        "0.669734",
        "0.174814",
      ]
    `);
  });

  it("keeps int within its bounds and picks from the list", () => {
    const random = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
    expect(["a", "b"]).toContain(random.pick(["a", "b"]));
    expect(() => random.pick([])).toThrow(RangeError);
  });
});

describe("deriveSeed", () => {
  it("gives each stream its own seed", () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(7, i)));
    expect(seeds.size).toBe(1000);
  });
});

describe("encodeWindows1252", () => {
  it("writes bytes that chronomerge's Windows-1252 decoder (the WHATWG table) reads back", () => {
    const text = "Zoë Müller, Siobhán O’Brien – £120 Núñez ÉÇ";
    expect(decodeBytes(encodeWindows1252(text), "windows-1252").text).toBe(text);
  });

  it("throws for a character it has no byte for", () => {
    expect(() => encodeWindows1252("Krężołek")).toThrow(/no Windows-1252 byte for "ę"/);
  });
});
