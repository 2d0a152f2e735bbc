import { describe, expect, it } from "vitest";
import { toHtml } from "../../src/export/to-html.js";
import { sampleDocument } from "./sample-document.js";

function dataBlock(html: string): { events: { summary: string; sources: unknown[] }[] } {
  const match = /<script type="application\/json" id="chronology-data">(.*?)<\/script>/s.exec(html);
  return JSON.parse(match![1]!);
}

describe("toHtml", () => {
  const html = toHtml(sampleDocument(), { title: "Child L <review>" });

  it("is one file with no external URL, font, script or stylesheet", () => {
    const document = sampleDocument();
    document.events[1]!.summary = "MASH referral";
    const html = toHtml(document);
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/<link(?![^>]*href="data:)/i);
    expect(html).not.toMatch(/<[a-z]+[^>]*\ssrc=/i);
    expect(html).not.toMatch(/@import|@font-face|url\((?!#)/i);
    expect(html).toContain("default-src 'none'");
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(#|data:)/);
  });

  it("escapes every value from the inputs", () => {
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>gap</b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<title>Child L &lt;review&gt;</title>");
    // Exactly the two scripts of the report: the data block and the code.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it("embeds the data as JSON that reads back to the inputs' text", () => {
    const data = dataBlock(html);
    expect(data.events).toHaveLength(3);
    expect(data.events[0]!.summary).toBe(sampleDocument().events[0]!.summary);
    expect(data.events[1]!.sources).toHaveLength(2);
  });

  it("writes the chronology table with one linked row per event and the flags with their evidence", () => {
    expect(html.match(/<tr id="event-\d+"/g)).toHaveLength(3);
    expect(html).toContain('<li id="flag-1">');
    expect(html).toContain('<a href="#event-2">#2</a>, <a href="#event-3">#3</a>');
    expect(html).toContain('<a href="#flag-1">gap</a>');
    expect(html).toContain("16/07/2018 23:40");
  });

  it("has the controls the script needs and a print stylesheet for A4 landscape", () => {
    for (const id of [
      "filter-person",
      "filter-flag",
      "zoom-in",
      "zoom-out",
      "zoom-reset",
      "timeline-svg",
      "details",
    ])
      expect(html).toContain(`id="${id}"`);
    expect(html).toContain("@page { size: A4 landscape");
    expect(html).toContain("@media print");
  });

  it("gives the same bytes for the same document", () => {
    expect(toHtml(sampleDocument(), { title: "Child L <review>" })).toBe(html);
  });

  it("does not change the document it is given", () => {
    const document = sampleDocument();
    toHtml(document);
    expect(document).toEqual(sampleDocument());
  });
});
