import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCli } from "../../src/cli/args.js";
import { runCli } from "../../src/cli/run.js";
import type { Chronology } from "../../src/model/chronology.js";

let dir: string;

async function merged(argv: string[]): Promise<Chronology> {
  let stdout = "";
  await runCli(argv, { stdout: (t) => (stdout += t), stderr: () => {} });
  return JSON.parse(stdout) as Chronology;
}

const lateRows = (doc: Chronology): (number | null)[] =>
  doc.issues.filter((i) => i.code === "date_after_review").map((i) => i.row);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chronomerge-today-"));
  await writeFile(
    join(dir, "gp.csv"),
    "Date,Name,Details\n07/05/2019,Liam Jones (child),Seen\n20/05/2030,Liam Jones (child),Seen\n",
  );
  await writeFile(
    join(dir, "manifest.json"),
    JSON.stringify({ review: { today: "2026-01-01" }, sources: [{ agency: "GP", path: "gp.csv" }] }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("--today", () => {
  it("is parsed as the day dates are judged against", () => {
    expect(parseCli(["merge", "--today", "2026-01-01", "gp.csv"]).today).toBe("2026-01-01");
  });

  it("warns of a date after it when the review has no `to`, and nothing without it (never the clock)", async () => {
    const input = `GP=${join(dir, "gp.csv")}`;
    expect(lateRows(await merged(["merge", "--quiet", "--today", "2026-01-01", input]))).toEqual([2]);
    expect(lateRows(await merged(["merge", "--quiet", input]))).toEqual([]);
  });

  it("is read from the manifest's review", async () => {
    expect(lateRows(await merged(["merge", "--quiet", "--manifest", join(dir, "manifest.json")]))).toEqual([
      2,
    ]);
  });
});
