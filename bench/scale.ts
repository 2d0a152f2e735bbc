// The scale benchmark (issue 9): the full CLI pipeline against a bare fast-csv parse of the same files,
// on synthetic reviews from chronomerge/testing's generator. Figures are printed, never asserted.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writeGeneratedReview } from "../src/node/write-review.js";
import { type GeneratedReview, generateReview } from "../src/testing/generate-review.js";
import { countCandidatePairs } from "./scale-pairs.js";

export interface ScaleOptions {
  /** Row counts to generate; each review holds at least this many rows. */
  sizes: number[];
  seed?: number;
  /** Kill a pipeline run after this many seconds (it is reported as timed out). */
  timeoutSeconds?: number;
  /** Run the CLI pipeline only up to this many rows; larger sizes get the bare parse and the stages pass. */
  pipelineMaxRows?: number;
  /** Also count the candidate pairs of resolution and merging (an untimed in-process pass). */
  pairs?: boolean;
  /** The pipeline child's V8 heap limit in MB (`--max-old-space-size`); default Node's own. */
  heapMb?: number;
}

/** One size's figures. Times in seconds, memory in MB. */
export interface ScaleResult {
  rows: number;
  megabytes: number;
  /** Wall-clock seconds of the bare parse, and its CPU seconds (user + system). */
  parseSeconds: number;
  parseCpuSeconds: number;
  parseRssMb: number;
  /** Wall-clock and CPU seconds of the full pipeline; null when it did not finish. */
  pipelineSeconds: number | null;
  pipelineCpuSeconds: number | null;
  pipelineRssMb: number | null;
  events: number | null;
  people: number | null;
  resolvePairs: number | null;
  mergePairs: number | null;
  /** Wall-clock seconds of ingest + normalise, resolution and merging alone, from the in-process pairs pass. */
  stages: { normalise: number; resolve: number; merge: number } | null;
  note: string;
}

const root = resolve(import.meta.dirname, "..");
const work = join(root, "node_modules", ".cache", "chronomerge-bench");

/**
 * Runs the scale benchmark and prints its figures and the issue's goals (held or not).
 * @param options sizes, seed, timeout
 * @returns each size's figures
 */
export async function benchScale(options: ScaleOptions): Promise<ScaleResult[]> {
  const seed = options.seed ?? 9;
  await mkdir(work, { recursive: true });
  const heap = options.heapMb === undefined ? "" : `; pipeline heap limit ${options.heapMb} MB`;
  console.log(
    `\nScale: full CLI pipeline vs bare fast-csv parse (seed ${seed}; node ${process.version}${heap})`,
  );
  const cli = await buildCli();
  const probe = join(work, "rss-probe.mjs");
  await writeFile(
    probe,
    [
      'import { writeSync } from "node:fs";',
      'import { Worker } from "node:worker_threads";',
      'process.on("exit", () => {',
      "  const u = process.resourceUsage();",
      '  writeSync(2, "\\n@@rss " + u.maxRSS + " " + (u.userCPUTime + u.systemCPUTime) + "\\n");',
      "});",
      // A busy main thread never sees SIGTERM: a worker writes the usage so far every second, so a run
      // stopped by --timeout still reports its peak RSS and CPU.
      "if (process.env.BENCH_PROBE_FILE) {",
      '  const code = \'const { writeFileSync } = require("node:fs"); setInterval(() => { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_PROBE_FILE, "@@rss " + u.maxRSS + " " + (u.userCPUTime + u.systemCPUTime)); }, 1000);\';',
      "  new Worker(code, { eval: true }).unref();",
      "}",
      "",
    ].join("\n"),
  );
  const parser = join(work, "bare-parse.mjs");
  await writeFile(parser, bareParseScript());
  const results: ScaleResult[] = [];
  for (const size of options.sizes) {
    const dir = join(work, `review-${size}`);
    await rm(dir, { recursive: true, force: true });
    const started = performance.now();
    let review: GeneratedReview | null = generateReview({
      seed,
      families: 1,
      rows: size,
      formats: ["csv", "tsv", "windows-1252"],
    });
    delete review.files["truth.json"];
    await writeGeneratedReview(review, dir);
    const megabytes = Object.values(review.files).reduce((n, b) => n + b.length, 0) / 1e6;
    const rows = review.truth.rows;
    // The generator's review of a million rows holds gigabytes: let it go before the children run.
    if (options.pairs === false) review = null;
    console.log(
      `  generated ${fmt(rows)} rows (${megabytes.toFixed(1)} MB) in ${seconds(performance.now() - started)} s`,
    );
    const manifest = join(dir, "manifest.json");
    const bare = await timed(process.execPath, ["--import", pathToFileURL(probe).href, parser, manifest], 0);
    const parsed = Number(/"rows":(\d+)/.exec(bare.stdout)?.[1] ?? Number.NaN);
    console.log(`  N = ${fmt(rows)} rows`);
    printParse(rows, bare);
    if (parsed !== rows) console.log(`  ! bare parse read ${parsed} rows, expected ${rows}`);
    const out = join(dir, "out");
    const skip = rows > (options.pipelineMaxRows ?? Number.POSITIVE_INFINITY);
    const run = skip
      ? {
          code: null,
          seconds: Number.NaN,
          rssMb: null,
          cpuSeconds: null,
          stdout: "",
          stderr: "",
          timedOut: false,
        }
      : await timed(
          process.execPath,
          [
            ...(options.heapMb === undefined ? [] : [`--max-old-space-size=${options.heapMb}`]),
            "--import",
            pathToFileURL(probe).href,
            cli,
            "merge",
            "--manifest",
            manifest,
            "--out",
            join(out, "chronology.json"),
            "--out",
            join(out, "chronology.csv"),
          ],
          (options.timeoutSeconds ?? 1800) * 1000,
        );
    const summary = /(\d+) rows read, (\d+) events, (\d+) people/.exec(run.stderr);
    const result: ScaleResult = {
      rows,
      megabytes,
      parseSeconds: bare.seconds,
      parseCpuSeconds: bare.cpuSeconds ?? Number.NaN,
      parseRssMb: bare.rssMb ?? Number.NaN,
      pipelineSeconds: run.code === 0 ? run.seconds : null,
      pipelineCpuSeconds: run.code === 0 ? run.cpuSeconds : null,
      pipelineRssMb: run.rssMb,
      events: summary === null ? null : Number(summary[2]),
      people: summary === null ? null : Number(summary[3]),
      resolvePairs: null,
      mergePairs: null,
      stages: null,
      note: skip
        ? `not run: above --pipeline-max ${options.pipelineMaxRows}`
        : run.timedOut
          ? `timed out after ${options.timeoutSeconds ?? 1800} s wall, ${run.cpuSeconds?.toFixed(0) ?? "?"} s CPU`
          : run.code === 0
            ? ""
            : `exit ${run.code}: ${run.stderr.trim().split("\n").slice(-3).join(" / ")}`,
    };
    printPipeline(result);
    if (review !== null) {
      const pairs = await countCandidatePairs(review);
      result.resolvePairs = pairs.resolve;
      result.mergePairs = pairs.merge;
      result.stages = pairs.seconds;
      printStages(result);
    }
    results.push(result);
    await rm(dir, { recursive: true, force: true });
  }
  printGoals(results);
  return results;
}

/** Builds the CLI into the cache folder (node_modules resolves from there), apart from others' dist/. */
async function buildCli(): Promise<string> {
  const { build } = await import("tsup");
  const outDir = join(work, "cli");
  await build({
    entry: { cli: join(root, "src/cli/main.ts") },
    outDir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    config: false,
    silent: true,
    clean: true,
    splitting: false,
    sourcemap: false,
  });
  const file = join(outDir, "cli.js");
  if (!existsSync(file)) throw new Error(`tsup did not write ${file}`);
  return file;
}

/** The bare parse: read each return, decode it as the manifest says, parse it with fast-csv; count rows. */
function bareParseScript(): string {
  const fastCsv = pathToFileURL(createRequire(join(root, "package.json")).resolve("@fast-csv/parse")).href;
  return `import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseString } from ${JSON.stringify(fastCsv)};
const manifestPath = process.argv[2];
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
let rows = 0;
for (const source of manifest.sources) {
  const bytes = readFileSync(join(dirname(manifestPath), source.path));
  const text = new TextDecoder(source.encoding ?? "utf-8").decode(bytes);
  const delimiter = source.format === "tsv" ? "\\t" : ",";
  await new Promise((done, fail) =>
    parseString(text, { headers: true, delimiter, ignoreEmpty: true })
      .on("data", () => rows++)
      .on("error", fail)
      .on("end", done),
  );
}
process.stdout.write(JSON.stringify({ rows }));
`;
}

interface Timed {
  code: number | null;
  seconds: number;
  rssMb: number | null;
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function timed(command: string, args: string[], timeoutMs: number): Promise<Timed> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const probeFile = join(work, `probe-${process.pid}-${Date.now()}.txt`);
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, BENCH_PROBE_FILE: probeFile },
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => {
      if (stdout.length < 1_000_000) stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-100_000);
    });
    const kill = () => {
      timedOut = true;
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    };
    const timer = timeoutMs > 0 ? setTimeout(kill, timeoutMs) : null;
    child.on("error", fail);
    child.on("close", (code) => {
      if (timer !== null) clearTimeout(timer);
      let rss = /@@rss (\d+) (\d+)/.exec(stderr);
      if (rss === null && existsSync(probeFile))
        rss = /@@rss (\d+) (\d+)/.exec(readFileSync(probeFile, "utf8"));
      rmSync(probeFile, { force: true });
      done({
        code,
        seconds: (performance.now() - started) / 1000,
        rssMb: rss === null ? null : Number(rss[1]) / 1024,
        cpuSeconds: rss === null ? null : Number(rss[2]) / 1e6,
        stdout,
        stderr,
        timedOut,
      });
    });
  });
}

const cpu = (x: number | null) => (x === null || Number.isNaN(x) ? "?" : x.toFixed(2));

function printParse(rows: number, bare: Timed): void {
  console.log(
    `    bare fast-csv parse : ${bare.seconds.toFixed(2)} s wall (${cpu(bare.cpuSeconds)} s CPU), ${fmt(Math.round(rows / bare.seconds))} rows/s, peak RSS ${bare.rssMb?.toFixed(0) ?? "?"} MB`,
  );
}

function printPipeline(r: ScaleResult): void {
  const p = r.pipelineSeconds;
  if (p === null) {
    console.log(
      `    full pipeline       : did not finish (${r.note})${r.pipelineRssMb === null ? "" : `, peak RSS ${r.pipelineRssMb.toFixed(0)} MB`}`,
    );
    return;
  }
  console.log(
    `    full pipeline       : ${p.toFixed(2)} s wall (${cpu(r.pipelineCpuSeconds)} s CPU), ${fmt(Math.round(r.rows / p))} rows/s, peak RSS ${r.pipelineRssMb?.toFixed(0) ?? "?"} MB, ${fmt(r.events ?? 0)} events, ${fmt(r.people ?? 0)} people`,
  );
  const cpuRatio = r.pipelineCpuSeconds === null ? Number.NaN : r.pipelineCpuSeconds / r.parseCpuSeconds;
  console.log(
    `    pipeline / parse    : ${(p / r.parseSeconds).toFixed(1)}x wall, ${cpuRatio.toFixed(1)}x CPU`,
  );
}

function printStages(r: ScaleResult): void {
  if (r.stages === null) return;
  console.log(
    `    stages in-process   : ingest+normalise ${r.stages.normalise.toFixed(2)} s, resolve ${r.stages.resolve.toFixed(2)} s, merge ${r.stages.merge.toFixed(2)} s (wall; no checks, no output)`,
  );
  console.log(
    `    candidate pairs     : resolution ${r.resolvePairs === null ? "n/a" : fmt(r.resolvePairs)}, merging ${r.mergePairs === null ? "n/a" : fmt(r.mergePairs)}`,
  );
}

/** The goals, judged on CPU seconds (wall clock on a shared 2-core machine measures the neighbours too). */
function printGoals(results: readonly ScaleResult[]): void {
  console.log("  Goals (issue 9), judged on CPU seconds:");
  const million = results.find((r) => r.rows >= 1_000_000);
  if (million === undefined) console.log("    at 1,000,000 rows: not run (npm run bench -- --sizes 1000000)");
  else {
    const ratio =
      million.pipelineCpuSeconds === null ? null : million.pipelineCpuSeconds / million.parseCpuSeconds;
    console.log(
      `    pipeline <= 2.0x bare parse at 1M: ${ratio === null ? "not finished" : `${ratio.toFixed(1)}x ${ratio <= 2 ? "HELD" : "NOT HELD"}`}`,
    );
    const rss = million.pipelineRssMb;
    console.log(
      `    peak RSS <= 1.5 GB at 1M: ${rss === null ? "unknown" : `${(rss / 1024).toFixed(2)} GB ${rss <= 1536 ? "HELD" : "NOT HELD"}`}`,
    );
  }
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    if (a.pipelineCpuSeconds === null || b.pipelineCpuSeconds === null) continue;
    const rows = b.rows / a.rows;
    const time = b.pipelineCpuSeconds / a.pipelineCpuSeconds;
    const allowed = 1.1 * rows;
    console.log(
      `    ${fmt(a.rows)} -> ${fmt(b.rows)} rows (${rows.toFixed(1)}x): time ${time.toFixed(1)}x (goal <= ${allowed.toFixed(1)}x) ${time <= allowed ? "HELD" : "NOT HELD"}`,
    );
  }
}

function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
