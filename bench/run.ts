// npm run bench [-- --sizes 10000,100000,1000000] [--only scale,merge] [--timeout SECONDS] [--no-pairs]
//                [--pipeline-max ROWS] [--heap MB] [--seed N]; BENCH_SIZES=... works too. Default sizes: 1000,10000.
// Runs every benchmark that exists (bench/dates.ts, people.ts, merge.ts) and then the scale benchmark.
// Figures are printed; nothing here is a test and nothing fails on a slow run.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchScale } from "./scale.js";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: "string" },
    only: { type: "string" },
    timeout: { type: "string" },
    seed: { type: "string" },
    "no-pairs": { type: "boolean" },
    "pipeline-max": { type: "string" },
    heap: { type: "string" },
  },
});

const sizes = (values.sizes ?? process.env.BENCH_SIZES ?? "1000,10000")
  .split(",")
  .map((s) => Number(s.replace(/[_\s]/g, "")))
  .filter((n) => Number.isInteger(n) && n > 0);
const only = values.only === undefined ? null : new Set(values.only.split(","));
const wanted = (name: string) => only === null || only.has(name);

const suites: [name: string, file: string, run: string][] = [
  ["dates", "dates.ts", "benchDates"],
  ["people", "people.ts", "benchPeople"],
  ["merge", "merge.ts", "benchMerge"],
];

for (const [name, file, run] of suites) {
  if (!wanted(name) || !existsSync(join(import.meta.dirname, file))) continue;
  const module = (await import(`./${file.replace(/\.ts$/, ".js")}`)) as Record<string, unknown>;
  const bench = module[run];
  if (typeof bench === "function") await (bench as () => Promise<void>)();
}

if (wanted("scale")) {
  await benchScale({
    sizes,
    ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
    ...(values.timeout === undefined ? {} : { timeoutSeconds: Number(values.timeout) }),
    pairs: values["no-pairs"] !== true,
    ...(values["pipeline-max"] === undefined ? {} : { pipelineMaxRows: Number(values["pipeline-max"]) }),
    ...(values.heap === undefined ? {} : { heapMb: Number(values.heap) }),
  });
}
