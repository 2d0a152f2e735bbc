import { describe, expect, it } from "vitest";
import { duplicateKeys } from "../../src/ingest/json-duplicate-keys.js";

describe("duplicateKeys", () => {
  it.each([
    ['[{"a":1},{"b":1,"b":2}]', true, [{ record: 2, key: "b" }]],
    ['[{"a":1,"A":2}]', true, []],
    ['[{"a":{"x":1,"x":2}}]', true, []],
    ['[{"a":"b,\\"c\\"","a":[1,{"a":1}]}]', true, [{ record: 1, key: "a" }]],
    [
      '[1,"x,y",[2,3],{"k":1,"k":2,"k":3}]',
      true,
      [
        { record: 4, key: "k" },
        { record: 4, key: "k" },
      ],
    ],
    ['[{"\\u0041":1,"A":2}]', true, [{ record: 1, key: "A" }]],
    ['{"Date":"1","Date":"2"}', false, [{ record: 1, key: "Date" }]],
    ['{"a":[{"b":1},{"b":2}]}', false, []],
    ["[]", true, []],
  ])("finds the repeated keys of %s", (text, array, expected) => {
    expect(duplicateKeys(text, array)).toEqual(expected);
  });
});
