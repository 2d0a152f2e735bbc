const htmlSpecial = /[&<>"']/;
const scriptSpecial = /[<>&\u2028\u2029]/g;
const scriptEscapes: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * Escapes text for HTML text content and quoted attribute values.
 * @example
 * escapeHtml(`<b title="x">&</b>`) // "&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  if (!htmlSpecial.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>`, `&` and the JavaScript line
 * separators are written as `\u` escapes, so no input can close the element.
 * @example
 * jsonForScript({ a: "</script>" }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  // One pass over what can be a report's megabytes of JSON, not one per character.
  return JSON.stringify(value).replace(scriptSpecial, (c) => scriptEscapes[c]!);
}
