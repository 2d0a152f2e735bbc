import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaText } from "../../scripts/write-schema.js";
import { chronologyJsonSchema } from "../../src/testing/json-schema.js";

describe("chronologyJsonSchema", () => {
  it("describes the contract's document: its required parts and flag kinds", () => {
    const schema = chronologyJsonSchema() as {
      $schema: string;
      required: string[];
      properties: { flags: { items: { properties: { kind: { enum: string[] } } } } };
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(
      expect.arrayContaining(["schemaVersion", "events", "people", "flags", "rejected", "stats"]),
    );
    expect(schema.properties.flags.items.properties.kind.enum).toContain("missing-men");
  });

  it("matches the committed docs/chronology.schema.json (run `npm run schema` after a model change)", () => {
    const committed = readFileSync(new URL("../../docs/chronology.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(schemaText());
  });
});
