import { describe, expect, it } from "vitest";
import { markdownCell, toMarkdown } from "../../src/export/to-markdown.js";
import { sampleDocument } from "./sample-document.js";

describe("toMarkdown", () => {
  it("writes a chronology table, one row per event, then the flags", () => {
    const lines = toMarkdown(sampleDocument(), { title: "Child L" }).split("\n");
    expect(lines[0]).toBe("# Child L");
    expect(lines[2]).toBe("| # | Date | Agencies | People | Summary | Flags |");
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(3);
    // Every row has the same number of cells: nothing in the text ends a cell early.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(8);
    expect(rows[0]).toContain("| 16/07/2018 23:40 | Police | Sarah Jones, Liam Jones |");
    expect(rows[2]).toContain("| c. Mar 2019 (out of scope) | GP |");
    expect(lines).toContain(
      "- **gap** (19/07/2018 – 28/02/2019; people: Liam Jones; events: #2, #3): No agency recorded any contact with Liam Jones for 225 days \\| a &lt;b&gt;gap&lt;/b&gt;.",
    );
    expect(lines).toContain("- **conflict** (events: #2): Dates differ.");
  });

  it("says so when there are no flags", () => {
    expect(toMarkdown({ ...sampleDocument(), flags: [] })).toContain("## Flags\n\nNo flags.\n");
  });

  it("writes dates in the zone it is given", () => {
    expect(toMarkdown(sampleDocument(), { timezone: "UTC" })).toContain("| 16/07/2018 22:40 |");
  });

  it("does not change the document it is given", () => {
    const document = sampleDocument();
    toMarkdown(document);
    expect(document).toEqual(sampleDocument());
  });
});

describe("markdownCell", () => {
  it.each([
    ["a|b", "a\\|b"],
    ["line\nbreak\r\nagain", "line<br>break<br>again"],
    ["<script>", "&lt;script&gt;"],
    ["*bold* _it_ `code` [x](y)", "\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y)"],
    ["back\\slash", "back\\\\slash"],
    ["plain text", "plain text"],
  ])("%j → %j", (text, expected) => {
    expect(markdownCell(text)).toBe(expected);
  });
});
