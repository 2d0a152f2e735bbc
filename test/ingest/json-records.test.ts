import { describe, expect, it } from "vitest";
import { parseJsonArray, parseNdjson } from "../../src/ingest/json-records.js";

describe("parseJsonArray", () => {
  it("reads an array of objects, keeping strings and writing other values as text", () => {
    expect(
      parseJsonArray('[{"Date":"1/2/2019","Seq":2,"Seen":true,"Gone":null,"People":["A","B"]}]'),
    ).toEqual({
      ok: true,
      records: [
        {
          ok: true,
          cells: [
            ["Date", "1/2/2019"],
            ["Seq", "2"],
            ["Seen", "true"],
            ["Gone", ""],
            ["People", "A; B"],
          ],
          nonText: ["Seq", "Seen"],
        },
      ],
    });
  });

  it("keeps __proto__, constructor and prototype as plain keys and pollutes no prototype", () => {
    const parsed = parseJsonArray(
      '[{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"p"}]',
    );
    expect(parsed.ok && parsed.records[0]).toEqual({
      ok: true,
      cells: [
        ["__proto__", '{"polluted":"yes"}'],
        ["constructor", '{"prototype":{"polluted":"yes"}}'],
        ["prototype", "p"],
      ],
      nonText: ["__proto__", "constructor"],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it.each([
    ["not JSON", '[{"a": Sarah Jones}]', "json_invalid"],
    ["not an array", '{"a":1}', "json_not_array"],
  ])("says why a file that is %s cannot be read, without quoting it", (_name, text, code) => {
    const parsed = parseJsonArray(text);
    expect(parsed).toMatchObject({ ok: false, code });
    expect(JSON.stringify(parsed)).not.toContain("Sarah");
  });

  it("rejects a record nested too deep to write out, and only that record", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const parsed = parseJsonArray(`[{"a":"ok"},{"a":${deep}},${deep}]`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records.map((r) => (r.ok ? "ok" : r.code))).toEqual([
      "ok",
      "json_too_deep",
      "json_not_object",
    ]);
  });
});

describe("parseNdjson", () => {
  it("reads one record per non-blank line, whatever the line ends", () => {
    const records = parseNdjson('{"a":"1"}\r\n\r\n{"a":"2"}\r{"a":"3"}\n');
    expect(records.map((r) => r.ok && r.cells)).toEqual([[["a", "1"]], [["a", "2"]], [["a", "3"]]]);
  });

  it.each([
    ['{"a": Sarah}', "json_invalid"],
    ["[1,2]", "json_not_object"],
    ['"text"', "json_not_object"],
    ["42", "json_not_object"],
  ])("rejects the line %j as %s", (line, code) => {
    expect(parseNdjson(line)).toEqual([expect.objectContaining({ ok: false, code, text: line })]);
  });
});
