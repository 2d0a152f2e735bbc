import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../support/run-cli.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chronomerge-subject-"));
  await writeFile(join(dir, "hv.csv"), "Date,Name,Details\n01/01/2019,Mia Brown (child),Seen at home\n");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("runCli", () => {
  it("prints a --subject that matches nobody on stderr, and exits 0", async () => {
    const result = await cli(["merge", "--quiet", join(dir, "hv.csv"), "--subject", "Nobody Here"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('subject "Nobody Here" matches no person in the returns');
    expect(result.stderr).toContain("[subject_not_found]");
  });

  it("prints only the code under --quiet-data, not the name", async () => {
    const result = await cli([
      "merge",
      "--quiet",
      "--quiet-data",
      join(dir, "hv.csv"),
      "--subject",
      "Nobody Here",
    ]);
    expect(result.stderr).toBe("  review: subject_not_found\n");
  });
});
