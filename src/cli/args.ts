import { parseArgs } from "node:util";

export const usage = `Usage: chronomerge merge [options] <input>...
       chronomerge people [options] <input>...
       chronomerge generate --seed N --out DIR [--families K]

Merge the chronologies agencies return for a safeguarding review into one checked chronology.

  <input>                 PATH or AGENCY=PATH (.csv, .tsv, .json, .ndjson/.jsonl, .xlsx, .docx)
  --manifest FILE         review manifest (JSON): sources, column maps, date order, encoding, review options
  --out FILE              repeatable; format from extension: .json (chronology document), .csv (Excel-safe),
                          .md (Markdown table and flags), .html (self-contained report with a timeline);
                          people: .json only (the people list); with no --out, the output goes to stdout
  --rejects FILE          rejected rows as CSV (file,row,code,reason)
  --date-order dmy|mdy|ymd   default dmy (UK)
  --tz ZONE               default Europe/London
  --from DATE --to DATE   scope of the review (yyyy-mm-dd); events outside are kept, marked outOfScope
  --today DATE            with no --to: dates after this day (yyyy-mm-dd) warn date_after_review;
                          never the machine's clock
  --subject NAME          repeatable: the review's focus person(s); default every child
  --gap-days N            one gap threshold for every subject (default 90 days under 1, 180 otherwise)
  --person-threshold N    least match weight (bits) that makes two mentions one person (default 10;
                          higher merges less; see docs/people.md)
  --risk-label TEXT       how risk-combination flags name domestic abuse + substance misuse + mental
                          ill health (default "toxic trio"; e.g. "trilogy of risk"; "" for no name)
  --sheet NAME            the sheet to read in the .xlsx inputs given here (default: the first visible
                          sheet with a chronology header); in a manifest, "sheet" per source
  --strict                exit 1 if any row is rejected
  --redact                names replaced by consistent codes (Child A, Mother, GP1) in every output;
                          DOBs, NHS numbers, addresses removed
  --keep-names            with --redact: .json outputs keep the named document (the others stay redacted)
  --glossary FILE         with --redact: write the codes and the names they stand for (.json, .csv)
  --quiet                 no progress bar and no closing summary on stderr
  --quiet-data            problems on stderr name code, file, row and column only: no input values
  --seed N --families K   generate: a synthetic review (returns, manifest.json, truth.json) into --out DIR;
                          the same seed gives the same bytes; default 3 families
  -h, --help              this help

Exit codes: 0 ok, 1 rejected rows under --strict or unreadable input, 2 usage error.`;

export interface CliArgs {
  command: "merge" | "people" | "generate";
  inputs: string[];
  manifest?: string;
  out: string[];
  rejects?: string;
  dateOrder?: "dmy" | "mdy" | "ymd";
  tz?: string;
  from?: string;
  to?: string;
  /** The day dates are judged against when there is no `to`. */
  today?: string;
  subjects: string[];
  gapDays?: number;
  riskLabel?: string;
  /** The least match weight that makes two mentions one person. */
  personThreshold?: number;
  /** The sheet to read in the .xlsx inputs given on the command line. */
  sheet?: string;
  strict: boolean;
  help: boolean;
  /** Names replaced by codes in every output; `keepNames` keeps .json outputs named. */
  redact?: boolean;
  keepNames?: boolean;
  /** Where the redaction's glossary (code to name) is written. */
  glossary?: string;
  /** No progress bar and no closing summary. */
  quiet?: boolean;
  /** Problems printed without any input value (no messages quoting cells): code, file, row, column. */
  quietData?: boolean;
  /** generate: the generator's seed and number of households. */
  seed?: number;
  families?: number;
}

/** A usage error: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Parses the command line (after `node cli.js`).
 * @throws {UsageError} on an unknown command, option or value
 */
export function parseCli(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  if (values.help) return { command: "merge", inputs: [], out: [], subjects: [], strict: false, help: true };
  if (command === "generate") return generateArgs(values, inputs);
  if (command !== "merge" && command !== "people") {
    throw new UsageError(command === undefined ? "no command given" : `unknown command "${command}"`);
  }
  const args: CliArgs = {
    command,
    inputs,
    out: values.out ?? [],
    subjects: values.subject ?? [],
    strict: values.strict ?? false,
    help: false,
  };
  if (values.manifest !== undefined) args.manifest = values.manifest;
  if (values.rejects !== undefined) args.rejects = values.rejects;
  if (values.tz !== undefined) args.tz = values.tz;
  if (values.from !== undefined) args.from = values.from;
  if (values.to !== undefined) args.to = values.to;
  if (values.today !== undefined) args.today = values.today;
  // yyyy-mm-dd compares as text; malformed dates are the merge's to report.
  if (
    args.from !== undefined &&
    args.to !== undefined &&
    isDay(args.from) &&
    isDay(args.to) &&
    args.from > args.to
  )
    throw new UsageError(
      `--from ${args.from} is after --to ${args.to}: the review's scope must start before it ends`,
    );
  if (values.sheet !== undefined) args.sheet = values.sheet;
  if (values.redact) args.redact = true;
  if (values["keep-names"]) args.keepNames = true;
  if (values.glossary !== undefined) args.glossary = values.glossary;
  if (values.quiet) args.quiet = true;
  if (values["quiet-data"]) args.quietData = true;
  if ((args.keepNames || args.glossary !== undefined) && !args.redact)
    throw new UsageError(`${args.keepNames ? "--keep-names" : "--glossary"} only makes sense with --redact`);
  if (args.glossary !== undefined && !/\.(json|csv)$/i.test(args.glossary))
    throw new UsageError(`--glossary ${args.glossary}: the format comes from the extension: .json or .csv`);
  if (values["date-order"] !== undefined) {
    const order = values["date-order"];
    if (order !== "dmy" && order !== "mdy" && order !== "ymd")
      throw new UsageError(`--date-order must be dmy, mdy or ymd, not "${order}"`);
    args.dateOrder = order;
  }
  if (values["gap-days"] !== undefined) {
    const days = Number(values["gap-days"]);
    if (!Number.isInteger(days) || days <= 0)
      throw new UsageError(`--gap-days must be a whole number of days, not "${values["gap-days"]}"`);
    args.gapDays = days;
  }
  if (values["risk-label"] !== undefined) args.riskLabel = values["risk-label"];
  if (values["person-threshold"] !== undefined) {
    const threshold = Number(values["person-threshold"]);
    if (values["person-threshold"].trim() === "" || !Number.isFinite(threshold))
      throw new UsageError(`--person-threshold must be a number, not "${values["person-threshold"]}"`);
    args.personThreshold = threshold;
  }
  if (args.inputs.length === 0 && args.manifest === undefined)
    throw new UsageError("no input files and no --manifest");
  for (const out of args.out) {
    if (args.command === "people" && !/\.json$/i.test(out))
      throw new UsageError(`--out ${out}: people writes its list as JSON only: give a .json file`);
    if (!/\.(json|csv|md|html?)$/i.test(out))
      throw new UsageError(`--out ${out}: the format comes from the extension: .json, .csv, .md or .html`);
  }
  return args;
}

function generateArgs(values: ReturnType<typeof parse>["values"], inputs: readonly string[]): CliArgs {
  if (inputs.length > 0) throw new UsageError(`generate takes no inputs, found "${inputs[0]}"`);
  const out = values.out ?? [];
  if (out.length !== 1) throw new UsageError("generate needs one --out DIR");
  const whole = (name: string, text: string | undefined, min: number): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min)
      throw new UsageError(
        `--${name} must be a whole number${min > 0 ? ` of at least ${min}` : ""}, not "${text}"`,
      );
    return n;
  };
  const seed = whole("seed", values.seed, Number.MIN_SAFE_INTEGER);
  if (seed === undefined) throw new UsageError("generate needs --seed N");
  const families = whole("families", values.families, 1);
  return {
    command: "generate",
    inputs: [],
    out,
    subjects: [],
    strict: false,
    help: false,
    seed,
    ...(families === undefined ? {} : { families }),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      manifest: { type: "string" },
      out: { type: "string", multiple: true },
      rejects: { type: "string" },
      "date-order": { type: "string" },
      tz: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      today: { type: "string" },
      subject: { type: "string", multiple: true },
      "gap-days": { type: "string" },
      "risk-label": { type: "string" },
      "person-threshold": { type: "string" },
      sheet: { type: "string" },
      strict: { type: "boolean" },
      redact: { type: "boolean" },
      "keep-names": { type: "boolean" },
      glossary: { type: "string" },
      quiet: { type: "boolean", short: "q" },
      "quiet-data": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      seed: { type: "string" },
      families: { type: "string" },
    },
  });
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}
