import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript } from "../../../src/export/html/escape.js";

describe("escapeHtml", () => {
  it.each([
    ['<b title="x">&</b>', "&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;"],
    ["O'Brien", "O&#39;Brien"],
    ["plain", "plain"],
  ])("%j → %j", (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe("jsonForScript", () => {
  it("writes no character that could close the script element, and reads back the same", () => {
    const value = { a: "</script><script>alert(1)</script>", b: "&amp; \u2028 \u2029 <!--" };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it("writes each of those characters as its \\u escape", () => {
    expect(jsonForScript({ a: "x<y>z&\u2028\u2029" })).toBe('{"a":"x\\u003cy\\u003ez\\u0026\\u2028\\u2029"}');
  });
});
