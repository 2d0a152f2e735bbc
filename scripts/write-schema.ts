// Writes docs/chronology.schema.json from the zod schema (npm run schema). A test checks it is current.
import { writeFileSync } from "node:fs";
import { chronologyJsonSchema } from "../src/testing/json-schema.js";

export const schemaPath = new URL("../docs/chronology.schema.json", import.meta.url);

/** The file's text: the schema, two-space indented, with a final newline. */
export function schemaText(): string {
  return `${JSON.stringify(chronologyJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"))) {
  writeFileSync(schemaPath, schemaText());
  process.stdout.write(`wrote ${schemaPath.pathname}\n`);
}
