import type { Chronology } from "../model/chronology.js";
import { ChronomergeError } from "../model/chronomerge-error.js";
import type { Issue } from "../model/issue.js";
import type { SourceSpec } from "../model/source.js";
import { loadManifest } from "../node/load-manifest.js";
import { parseInputArgument, readSources } from "../node/read-sources.js";
import { writeGeneratedReview } from "../node/write-review.js";
import { buildChronology, type ChronologyOptions, sortIssues } from "../pipeline/build-chronology.js";
import { resolveSourcePeople } from "../pipeline/resolve-source-people.js";
import { generateReview } from "../testing/generate-review.js";
import { type CliArgs, parseCli, UsageError, usage } from "./args.js";
import { outputSteps, peopleView, writeOutputs, writePeople } from "./outputs.js";
import { progressBar } from "./progress.js";

/** Where the CLI writes: injectable so tests run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: the progress bar is drawn only then. */
  stderrIsTTY?: boolean;
}

/** Printed under --redact (not --quiet): what redaction cannot find (docs/privacy.md). */
export const redactionReminder =
  "chronomerge: --redact replaces the names of the people it resolved from people columns; a name written only in narrative text and never in a people column is not found: read the redacted outputs before publishing";

/** File-level problems that make an input unreadable: exit 1. */
const unreadable = new Set<Issue["code"]>([
  "file_not_found",
  "file_unreadable",
  "empty_file",
  "no_header",
  "json_invalid",
  "json_not_array",
  "unsupported_format",
  "manifest_invalid",
  "sheet_not_found",
  "internal_error",
]);

/**
 * Runs the CLI and returns its exit code: 0 ok, 1 rejected rows under --strict or unreadable input,
 * 2 usage error. Never throws.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`chronomerge: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof ChronomergeError) {
      io.stderr(`chronomerge: ${error.message}\n`);
      return error.code === "invalid_option" ? 2 : 1;
    }
    // A bug, not bad input: name it without quoting anything (its message could carry input), no stack.
    io.stderr(`chronomerge: unexpected failure (${error instanceof Error ? error.name : typeof error})\n`);
    return 1;
  }
}

async function run(args: CliArgs, io: CliIo): Promise<number> {
  if (args.command === "generate") return generate(args, io);
  const specs: (SourceSpec & { path: string })[] = [];
  const issues: Issue[] = [];
  let options: ChronologyOptions = {};
  if (args.manifest !== undefined) {
    const manifest = await loadManifest(args.manifest);
    options = { ...manifest.review };
    specs.push(...manifest.specs);
    issues.push(...manifest.issues);
  }
  specs.push(
    ...args.inputs
      .map(parseInputArgument)
      .map((spec) =>
        args.sheet !== undefined && /\.xls[xm]$/i.test(spec.path) ? { ...spec, sheet: args.sheet } : spec,
      ),
  );
  options = {
    ...options,
    ...(args.dateOrder === undefined ? {} : { dateOrder: args.dateOrder }),
    ...(args.tz === undefined ? {} : { timezone: args.tz }),
    ...(args.from === undefined ? {} : { from: args.from }),
    ...(args.to === undefined ? {} : { to: args.to }),
    ...(args.today === undefined ? {} : { today: args.today }),
    ...(args.subjects.length === 0 ? {} : { subjects: args.subjects }),
    ...(args.gapDays === undefined ? {} : { gapDays: args.gapDays }),
    ...(args.riskLabel === undefined ? {} : { riskLabel: args.riskLabel }),
    ...(args.personThreshold === undefined ? {} : { personThreshold: args.personThreshold }),
  };
  const progress = progressBar(
    io.stderr,
    args.command === "people" ? 1 + args.out.length : 2 + outputSteps(args),
    io.stderrIsTTY === true && !args.quiet,
  );
  if (args.redact && !args.quiet) io.stderr(`${redactionReminder}\n`);
  progress.step("reading returns");
  const read = await readSources(specs);
  issues.push(...read.issues);
  if (args.command === "people") {
    const people = resolveSourcePeople(read.sources, options);
    await writePeople(peopleView(people.people, args, options.subjects), args, {
      stdout: io.stdout,
      progress,
    });
    progress.done();
    reportIssues(sortIssues([...issues, ...people.issues]), io, args);
    return exitCode(args, [...issues, ...people.issues], 0);
  }
  progress.step("merging");
  const built = buildChronology(read.sources, options);
  const document: Chronology = { ...built, issues: sortIssues([...issues, ...built.issues]) };
  const shown = await writeOutputs(
    document,
    args,
    {
      timezone: options.timezone ?? "Europe/London",
      ...(options.name === undefined ? {} : { name: options.name }),
      ...(options.subjects === undefined ? {} : { subjects: options.subjects }),
    },
    { stdout: io.stdout, progress },
  );
  progress.done();
  reportIssues(shown.issues, io, args);
  if (!args.quiet) io.stderr(`${summary(shown)}\n`);
  return exitCode(args, document.issues, document.rejected.length);
}

/** `generate`: a synthetic review (returns, manifest.json, truth.json) written to the --out folder. */
async function generate(args: CliArgs, io: CliIo): Promise<number> {
  const review = generateReview({ seed: args.seed ?? 0, families: args.families ?? 3 });
  const folder = args.out[0]!;
  const written = await writeGeneratedReview(review, folder);
  const { rows, events, people, flags } = review.truth;
  io.stderr(
    `chronomerge: wrote ${written.length} files to ${folder}: ${rows} rows, ${events.length} events, ${people.length} people, ${flags.length} flags in truth.json\n`,
  );
  return 0;
}

function exitCode(args: CliArgs, issues: readonly Issue[], rejected: number): number {
  // File-level only (row 0 or none): a broken NDJSON line is a rejected row, not an unreadable file.
  if (issues.some((i) => i.severity === "error" && unreadable.has(i.code) && !i.row)) return 1;
  return args.strict && rejected > 0 ? 1 : 0;
}

function reportIssues(issues: readonly Issue[], io: CliIo, args: CliArgs): void {
  // Errors, and a subject that matches nobody (else the checks about subjects are silently empty).
  const errors = issues.filter((i) => i.severity === "error" || i.code === "subject_not_found");
  for (const issue of errors.slice(0, 20)) {
    const column = issue.column === null ? "" : `, column "${issue.column}"`;
    if (args.quietData) {
      // --quiet-data: no message (messages may quote a cell), only where and what.
      const row = issue.row === null ? "" : ` row ${issue.row}`;
      io.stderr(`  ${issue.file || "review"}${row}: ${issue.code}${column}\n`);
    } else io.stderr(`  ${issue.message} [${issue.code}${column}]\n`);
  }
  if (errors.length > 20)
    io.stderr(`  … and ${errors.length - 20} more; every one is in the JSON document's issues\n`);
}

function summary(document: Chronology): string {
  const byKind = new Map<string, number>();
  for (const flag of document.flags) byKind.set(flag.kind, (byKind.get(flag.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, n]) => `${kind} ${n}`).join(", ");
  const { inputRows, events, people, rejected } = document.stats;
  return `chronomerge: ${inputRows} rows read, ${events} events, ${people} people, ${rejected} rejected, ${document.flags.length} flags${kinds ? ` (${kinds})` : ""}`;
}
