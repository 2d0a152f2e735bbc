import { z } from "zod";
import { ChronologySchema } from "../model/chronology.js";

/**
 * The JSON Schema (draft 2020-12) of the chronology document, generated from the zod schema, for
 * vendors' own validators. docs/chronology.schema.json holds the same (`npm run schema` writes it).
 * @returns a JSON Schema object
 * @example
 * chronologyJsonSchema().properties.schemaVersion // { type: "number", const: 1 }
 */
export function chronologyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ChronologySchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://chronomerge.invalid/chronology.schema.json",
    title: "chronomerge chronology document (schemaVersion 1)",
    ...schema,
  };
}
