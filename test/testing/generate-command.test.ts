import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGeneratedReview } from "../../src/node/write-review.js";
import { generateReview } from "../../src/testing/generate-review.js";
import { cli } from "../support/run-cli.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chronomerge-generate-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("chronomerge generate", () => {
  it("writes the returns, manifest.json and truth.json, the same bytes as the library", async () => {
    const out = join(dir, "review");
    const result = await cli(["generate", "--seed", "12", "--families", "2", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/wrote 10 files to .*review: \d+ rows/);
    const review = generateReview({ seed: 12, families: 2 });
    expect((await readdir(out)).sort()).toEqual(Object.keys(review.files).sort());
    for (const [name, bytes] of Object.entries(review.files)) {
      expect(new Uint8Array(await readFile(join(out, name)))).toEqual(bytes);
    }
  });

  it("writes a review the merge command reads with every row accounted for", async () => {
    const out = join(dir, "merge-me");
    await cli(["generate", "--seed", "5", "--out", out]);
    const merged = await cli([
      "merge",
      "--manifest",
      join(out, "manifest.json"),
      "--out",
      join(out, "c.json"),
    ]);
    expect(merged.code).toBe(0);
    const truth = JSON.parse(await readFile(join(out, "truth.json"), "utf8"));
    const document = JSON.parse(await readFile(join(out, "c.json"), "utf8"));
    expect(document.stats.inputRows).toBe(truth.rows);
  });

  it.each([
    [["generate", "--out", "x"], "generate needs --seed N"],
    [["generate", "--seed", "1"], "generate needs one --out DIR"],
    [["generate", "--seed", "1.5", "--out", "x"], '--seed must be a whole number, not "1.5"'],
    [
      ["generate", "--seed", "1", "--families", "0", "--out", "x"],
      "--families must be a whole number of at least 1",
    ],
    [["generate", "--seed", "1", "--out", "x", "extra.csv"], 'generate takes no inputs, found "extra.csv"'],
  ])("exits 2 on a usage error: %j", async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe("writeGeneratedReview", () => {
  it("refuses a file name that would leave the folder", async () => {
    await expect(
      writeGeneratedReview({ files: { "../x.csv": new Uint8Array() } }, join(dir, "bad")),
    ).rejects.toThrow(/refusing to write/);
  });
});
