import type { Chronology } from "../model/chronology.js";
import { flagKindsByEvent, namesById, writtenPeriod, writtenWhen } from "./event-text.js";

/** Any character {@link markdownCell} escapes or replaces. */
const markdownSpecial = /[\\`*_[\]|<>\r\n]/;

/** Options of the Markdown export. */
export interface MarkdownOptions {
  /** Zone in which dates and times are written; default Europe/London. */
  timezone?: string;
  /** The heading of the document; default "Merged chronology". */
  title?: string;
}

/**
 * The merged chronology as Markdown for a review report: a table (number, date as a reader writes it,
 * agencies, people, summary, flags) and a section listing each flag with its period, people, reason
 * and the numbers of the events it cites. Cells are escaped: `|` and Markdown punctuation get a
 * backslash, `<` and `>` become entities, line breaks become `<br>`.
 * @param document the chronology (redact it first for a published report)
 * @param options the zone to write dates in and the title
 * @returns Markdown text ending in a newline
 * @example
 * toMarkdown(document).split("\n")[2] // "| # | Date | Agencies | People | Summary | Flags |"
 */
export function toMarkdown(document: Chronology, options: MarkdownOptions = {}): string {
  const zone = options.timezone ?? "Europe/London";
  const names = namesById(document);
  const kinds = flagKindsByEvent(document);
  const number = new Map(document.events.map((e, i) => [e.id, i + 1]));
  const lines = [`# ${markdownCell(options.title ?? "Merged chronology")}`, ""];
  lines.push("| # | Date | Agencies | People | Summary | Flags |", "|---:|---|---|---|---|---|");
  for (const [i, event] of document.events.entries()) {
    const row = [
      String(i + 1),
      writtenWhen(event, zone) + (event.outOfScope ? " (out of scope)" : ""),
      event.agencies.join(", "),
      event.people.map((id) => names.get(id) ?? id).join(", "),
      event.summary,
      (kinds.get(event.id) ?? []).join(", "),
    ];
    lines.push(`| ${row.map(markdownCell).join(" | ")} |`);
  }
  lines.push("", "## Flags", "");
  if (document.flags.length === 0) lines.push("No flags.");
  for (const flag of document.flags) {
    const period = writtenPeriod(flag, zone);
    const people = flag.people.map((id) => names.get(id) ?? id).join(", ");
    const events = flag.events.map((id) => (number.has(id) ? `#${number.get(id)}` : id)).join(", ");
    const details = [
      period,
      people === "" ? "" : `people: ${people}`,
      events === "" ? "" : `events: ${events}`,
    ]
      .filter(Boolean)
      .map(markdownCell)
      .join("; ");
    lines.push(`- **${flag.kind}**${details === "" ? "" : ` (${details})`}: ${markdownCell(flag.message)}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Escapes text for a Markdown table cell or list item: nothing in it can end the cell or become markup.
 * @param text text from a return
 * @returns the escaped text, on one line
 * @example
 * markdownCell("a|b\n<c>") // "a\\|b<br>&lt;c&gt;"
 */
export function markdownCell(text: string): string {
  if (!markdownSpecial.test(text)) return text;
  return text
    .replace(/[\\`*_[\]|]/g, "\\$&")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n|\r|\n/g, "<br>");
}
