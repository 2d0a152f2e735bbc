import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChronomergeError } from "../../src/model/chronomerge-error.js";
import { loadManifest } from "../../src/node/load-manifest.js";

let root: string;
let review: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "chronomerge-manifest-"));
  review = join(root, "review");
  await mkdir(review);
  await writeFile(join(root, "secret.csv"), "Date,Details\n01/01/2020,outside\n");
  await writeFile(join(review, "gp.csv"), "Date,Details\n01/01/2020,inside\n");
  await symlink(join(root, "secret.csv"), join(review, "link.csv"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function manifest(name: string, value: unknown): Promise<string> {
  const path = join(review, name);
  await writeFile(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

describe("loadManifest", () => {
  it("reads sources relative to the manifest's folder", async () => {
    const path = await manifest("ok.json", { sources: [{ agency: "GP", path: "gp.csv", dateOrder: "dmy" }] });
    const loaded = await loadManifest(path);
    expect(loaded.specs).toEqual([
      { agency: "GP", file: "gp.csv", dateOrder: "dmy", path: join(review, "gp.csv") },
    ]);
    expect(loaded.issues).toEqual([]);
  });

  it.each([
    ["a parent path", "../secret.csv"],
    ["a path that climbs out and back", "../review/../secret.csv"],
    ["an absolute path", "/etc/passwd"],
    ["a symbolic link to a file outside", "link.csv"],
  ])("refuses %s with a coded issue, and reads the other sources", async (_name, outside) => {
    const path = await manifest("out.json", {
      sources: [
        { agency: "Police", path: outside },
        { agency: "GP", path: "gp.csv" },
      ],
    });
    const loaded = await loadManifest(path);
    expect(loaded.specs.map((s) => s.file)).toEqual(["gp.csv"]);
    expect(loaded.issues).toEqual([
      expect.objectContaining({
        code: "manifest_invalid",
        file: outside,
        agency: "Police",
        column: "sources.0.path",
        severity: "error",
        message: expect.stringContaining(
          "paths are relative to the manifest and must stay inside its folder; put the returns beside the manifest or in a subfolder",
        ),
      }),
    ]);
  });

  it.each([
    ["the folder itself", ".", "."],
    ["the folder by an empty step", "./", "."],
    ["a subfolder", "sub", "sub"],
  ])(
    "passes %s on to the reader (which reports a folder as unreadable), not as outside",
    async (_name, folder, on) => {
      await mkdir(join(review, "sub"), { recursive: true });
      const path = await manifest("folder.json", { sources: [{ agency: "Police", path: folder }] });
      const loaded = await loadManifest(path);
      expect(loaded.issues).toEqual([]);
      expect(loaded.specs).toEqual([{ agency: "Police", file: folder, path: join(review, on) }]);
    },
  );

  it("keeps a missing source for the reader to report", async () => {
    const path = await manifest("missing.json", { sources: [{ agency: "GP", path: "nowhere.csv" }] });
    expect((await loadManifest(path)).specs.map((s) => s.file)).toEqual(["nowhere.csv"]);
  });

  it.each([
    ["a manifest that does not exist", null, "file_not_found"],
    ["a manifest that is not JSON", "{ sources: ", "json_invalid"],
    ["a manifest without sources", { review: {} }, "manifest_invalid"],
    ["a manifest with a number for a path", { sources: [{ agency: "GP", path: 7 }] }, "manifest_invalid"],
    ["a manifest with __proto__ keys", '{"__proto__":{"polluted":1},"sources":[]}', "manifest_invalid"],
  ])("throws a coded ChronomergeError for %s", async (_name, value, code) => {
    const path = value === null ? join(review, "none.json") : await manifest("bad.json", value);
    const error = await loadManifest(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChronomergeError);
    expect(error).toMatchObject({ code });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
