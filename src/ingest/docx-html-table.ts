import type { HTMLElement, Node } from "node-html-parser";

/** One row of a table as a grid of cell text, with its 1-based row number in the table. */
export interface GridRow {
  cells: string[];
  tableRow: number;
}

/** Elements whose text starts and ends on a line of its own. */
const blocks = new Set([
  "p",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "tr",
  "td",
  "th",
  "div",
]);

/**
 * Turns a parsed HTML `<table>` (as mammoth writes one) into a grid of cell text. A cell spanning
 * rows repeats its text in each row it covers (a date merged over two entries applies to both);
 * a cell spanning columns keeps its text in its first column and leaves the others empty.
 * Paragraphs and line breaks inside a cell become `\n`. Internal helper of readWordTables.
 * @param table the `<table>` element
 * @returns its rows, top to bottom
 * @example
 * tableGrid(parse("<table><tr><td rowspan=\"2\">1/2/19</td><td>a</td></tr><tr><td>b</td></tr></table>").querySelector("table"))
 * // [{ cells: ["1/2/19", "a"], tableRow: 1 }, { cells: ["1/2/19", "b"], tableRow: 2 }]
 */
export function tableGrid(table: HTMLElement): GridRow[] {
  const grid: GridRow[] = [];
  /** Text still to be placed by a row span: column → { text, rows left }. */
  const pending = new Map<number, { text: string; left: number }>();
  tableRows(table).forEach((tr, index) => {
    const cells: string[] = [];
    let column = 0;
    const place = () => {
      for (let span = pending.get(column); span !== undefined; span = pending.get(column)) {
        cells[column] = span.text;
        if (--span.left === 0) pending.delete(column);
        column++;
      }
    };
    for (const td of tr.childNodes) {
      if (!isElement(td) || (td.rawTagName.toLowerCase() !== "td" && td.rawTagName.toLowerCase() !== "th"))
        continue;
      place();
      const text = cellText(td);
      const colspan = spanOf(td, "colspan");
      const rowspan = spanOf(td, "rowspan");
      for (let c = 0; c < colspan; c++) {
        cells[column + c] = c === 0 ? text : "";
        if (rowspan > 1) pending.set(column + c, { text: c === 0 ? text : "", left: rowspan - 1 });
      }
      column += colspan;
    }
    place();
    grid.push({ cells: Array.from(cells, (cell) => cell ?? ""), tableRow: index + 1 });
  });
  return grid;
}

/** The rows of a table itself (not of tables nested in its cells), through thead/tbody/tfoot. */
function tableRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    const tag = child.rawTagName.toLowerCase();
    if (tag === "tr") rows.push(child);
    else if (tag === "thead" || tag === "tbody" || tag === "tfoot") rows.push(...tableRows(child));
  }
  return rows;
}

/** A cell's text: entities decoded, paragraphs and `<br>` as line breaks, blank lines dropped. */
export function cellText(cell: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) {
      const tag = node.rawTagName.toLowerCase();
      if (tag === "br") {
        parts.push("\n");
        return;
      }
      if (blocks.has(tag)) parts.push("\n");
      for (const child of node.childNodes) walk(child);
      if (blocks.has(tag)) parts.push("\n");
      return;
    }
    if (node.nodeType === 3) parts.push(node.text);
  };
  for (const child of cell.childNodes) walk(child);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

function spanOf(cell: HTMLElement, name: "colspan" | "rowspan"): number {
  const value = Number.parseInt(cell.getAttribute(name) ?? "1", 10);
  return Number.isInteger(value) && value > 1 ? Math.min(value, 1000) : 1;
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === 1;
}
