import { mkdir, open, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { csvDocument } from "../export/csv-cell.js";
import { glossaryCsv } from "../export/glossary-csv.js";
import { toCsv } from "../export/to-csv.js";
import { toHtml } from "../export/to-html.js";
import { toJsonChunks } from "../export/to-json.js";
import { toMarkdown } from "../export/to-markdown.js";
import type { Chronology, Person } from "../model/chronology.js";
import { redact, redactText } from "../redact/redact.js";
import type { CliArgs } from "./args.js";
import type { Progress } from "./progress.js";

/** What the outputs need to know about the review. */
export interface OutputSettings {
  timezone: string;
  /** The review's name (manifest), used as the title of the Markdown and HTML reports. */
  name?: string;
  subjects?: readonly string[];
}

/**
 * Writes every `--out` file in the format its extension names, the `--rejects` CSV and the `--glossary`;
 * with `--redact`, every output is the redacted view except .json under `--keep-names`. With no `--out`,
 * the document goes to stdout.
 * @returns the document the CLI reports about on stderr (the redacted one under `--redact`)
 */
export async function writeOutputs(
  document: Chronology,
  args: CliArgs,
  settings: OutputSettings,
  write: { stdout: (text: string) => void; progress: Progress },
): Promise<Chronology> {
  const subjects = settings.subjects === undefined ? {} : { subjects: settings.subjects };
  const redaction = args.redact ? redact(document, subjects) : undefined;
  const shown = redaction?.document ?? document;
  const named = args.keepNames ? document : shown;
  const title =
    settings.name === undefined
      ? undefined
      : args.redact
        ? redactText(document, settings.name, subjects)
        : settings.name;
  const view = { timezone: settings.timezone, ...(title === undefined ? {} : { title }) };
  for (const out of args.out) {
    write.progress.step(`writing ${out}`);
    const text = /\.csv$/i.test(out)
      ? toCsv(shown, { timezone: settings.timezone })
      : /\.md$/i.test(out)
        ? toMarkdown(shown, view)
        : /\.html?$/i.test(out)
          ? toHtml(shown, view)
          : toJsonChunks(named);
    await writeOut(out, text);
  }
  if (args.rejects !== undefined) {
    write.progress.step(`writing ${args.rejects}`);
    await writeOut(
      args.rejects,
      csvDocument([
        ["file", "row", "code", "reason"],
        ...shown.rejected.map((r) => [r.file, String(r.row), r.code, r.reason]),
      ]),
    );
  }
  if (args.glossary !== undefined && redaction !== undefined) {
    write.progress.step(`writing ${args.glossary}`);
    await writeOut(
      args.glossary,
      /\.csv$/i.test(args.glossary)
        ? glossaryCsv(redaction.glossary)
        : `${JSON.stringify({ glossary: redaction.glossary }, null, 2)}\n`,
    );
  }
  if (args.out.length === 0) for (const piece of toJsonChunks(named)) write.stdout(piece);
  return shown;
}

/**
 * The `people` command's list, redacted under `--redact` (codes only: no names, DOBs or identifiers).
 */
export function peopleView(people: readonly Person[], args: CliArgs, subjects?: readonly string[]): Person[] {
  if (!args.redact) return [...people];
  const document: Chronology = {
    schemaVersion: 1,
    events: [],
    people: [...people],
    flags: [],
    rejected: [],
    issues: [],
    stats: { inputRows: 0, events: 0, people: people.length, rejected: 0 },
  };
  return redact(document, subjects === undefined ? {} : { subjects }).document.people;
}

/**
 * Writes the `people` command's document (`{"people": [...]}`) to each `--out` (.json only, checked by
 * parseCli); with no `--out`, to stdout.
 * @param people the list to write (already redacted under `--redact`)
 */
export async function writePeople(
  people: readonly Person[],
  args: CliArgs,
  write: { stdout: (text: string) => void; progress: Progress },
): Promise<void> {
  const text = `${JSON.stringify({ people }, null, 2)}\n`;
  for (const out of args.out) {
    write.progress.step(`writing ${out}`);
    await writeOut(out, text);
  }
  if (args.out.length === 0) write.stdout(text);
}

/** The number of steps `writeOutputs` reports to the progress bar. */
export function outputSteps(args: CliArgs): number {
  return args.out.length + (args.rejects === undefined ? 0 : 1) + (args.glossary === undefined ? 0 : 1);
}

/** Writes a file, whole or piece by piece (the JSON of a large review is too long for one string). */
async function writeOut(path: string, text: string | Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (typeof text === "string") {
    await writeFile(path, text, "utf8");
    return;
  }
  const file = await open(path, "w");
  try {
    for (const piece of text) await file.write(piece, null, "utf8");
  } finally {
    await file.close();
  }
}
