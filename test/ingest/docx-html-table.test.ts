import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { tableGrid } from "../../src/ingest/docx-html-table.js";

function grid(html: string) {
  return tableGrid(parse(html).querySelector("table")!).map((row) => row.cells);
}

describe("tableGrid", () => {
  it.each([
    [
      "plain rows",
      "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "head and body",
      "<table><thead><tr><th><p>Date</p></th></tr></thead><tbody><tr><td><p>1/2/19</p></td></tr></tbody></table>",
      [["Date"], ["1/2/19"]],
    ],
    [
      "a row span",
      '<table><tr><td rowspan="3">d</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr><tr><td>e</td><td>4</td></tr></table>',
      [
        ["d", "1"],
        ["d", "2"],
        ["d", "3"],
        ["e", "4"],
      ],
    ],
    [
      "a column span",
      '<table><tr><td colspan="2">wide</td><td>x</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>',
      [
        ["wide", "", "x"],
        ["a", "b", "c"],
      ],
    ],
    [
      "a span in a middle column",
      '<table><tr><td>a</td><td rowspan="2">m</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
      [
        ["a", "m", "b"],
        ["c", "m", "d"],
      ],
    ],
    [
      "line breaks, paragraphs, lists and entities",
      "<table><tr><td><p>one<br />two</p><p>three &amp; four</p><ul><li>five</li></ul></td></tr></table>",
      [["one\ntwo\nthree & four\nfive"]],
    ],
    [
      "a nested table, read as text of its cell",
      "<table><tr><td>outer<table><tr><td>inner</td></tr></table></td></tr></table>",
      [["outer\ninner"]],
    ],
  ])("reads %s", (_, html, expected) => {
    expect(grid(html)).toEqual(expected);
  });
});
