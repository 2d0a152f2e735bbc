import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isInside, parseInputArgument, readSources } from "../../src/node/read-sources.js";

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "chronomerge-read-"));
  await writeFile(join(folder, "gp.csv"), "Date,Details\n01/01/2020,x\n");
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("readSources", () => {
  it("reads the files it is given and reports a missing one by name", async () => {
    const read = await readSources([
      { file: "gp.csv", agency: "GP", path: join(folder, "gp.csv") },
      { file: "police.csv", agency: "Police", path: join(folder, "police.csv") },
    ]);
    expect(read.sources.map((s) => s.file)).toEqual(["gp.csv"]);
    expect(read.issues).toEqual([
      expect.objectContaining({ code: "file_not_found", file: "police.csv", agency: "Police", row: null }),
    ]);
  });

  it("reports a folder given as a file as unreadable", async () => {
    const read = await readSources([{ file: "dir.csv", path: folder }]);
    expect(read.issues.map((i) => i.code)).toEqual(["file_unreadable"]);
    expect(read.issues[0]?.message).toContain("is a directory");
  });
});

describe("parseInputArgument", () => {
  it.each([
    ["returns/gp.csv", { file: "returns/gp.csv", path: "returns/gp.csv" }],
    ["GP=returns/gp.csv", { file: "returns/gp.csv", agency: "GP", path: "returns/gp.csv" }],
    ["a/b=c.csv", { file: "a/b=c.csv", path: "a/b=c.csv" }],
  ])("reads %j", (argument, expected) => {
    expect(parseInputArgument(argument)).toEqual(expected);
  });
});

describe("isInside", () => {
  it.each([
    ["/r/review", "/r/review/police.csv", true],
    ["/r/review", "/r/review/sub/police.csv", true],
    ["/r/review", "/r/review/..police.csv", true],
    ["/r/review", "/r/review", false],
    ["/r/review", "/r/secret.csv", false],
    ["/r/review", "/r/review-other/x.csv", false],
    ["/r/review", "/etc/passwd", false],
  ])("says whether %s holds %s", (folderPath, path, inside) => {
    expect(isInside(folderPath, path)).toBe(inside);
  });
});
