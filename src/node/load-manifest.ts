import { readFile, realpath } from "node:fs/promises";
import { resolve } from "node:path";
import { makeIssue } from "../ingest/make-issue.js";
import { ChronomergeError } from "../model/chronomerge-error.js";
import type { Issue } from "../model/issue.js";
import { type Manifest, ManifestSchema } from "../model/manifest.js";
import type { SourceSpec } from "../model/source.js";
import { isInside, manifestFolder } from "./read-sources.js";

/** A manifest read from disk: the review's options and each source's spec with its path on disk. */
export interface LoadedManifest {
  review: Manifest["review"];
  specs: (SourceSpec & { path: string })[];
  issues: Issue[];
}

/**
 * Reads and checks a review manifest. Source paths are relative to the manifest and may not leave its
 * folder; a source that does is a `manifest_invalid` issue, not a read. A source naming a folder (the
 * manifest's own, ".") is passed on: reading it reports `file_unreadable`, "is a directory".
 * @param manifestPath the manifest's path
 * @returns the review options and the source specs
 * @throws {ChronomergeError} `file_not_found`, `json_invalid` or `manifest_invalid`, with the issues
 * @example
 * const { review, specs } = await loadManifest("fixtures/demo/manifest.json");
 */
export async function loadManifest(manifestPath: string): Promise<LoadedManifest> {
  const where = { file: manifestPath, agency: "manifest", row: null };
  let text: string;
  try {
    text = await readFile(manifestPath, "utf8");
  } catch (error) {
    const issue = makeIssue("file_not_found", `manifest ${manifestPath} cannot be read`, where);
    throw new ChronomergeError("file_not_found", issue.message, [issue], { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const issue = makeIssue(
      "json_invalid",
      `manifest ${manifestPath} is not JSON: ${(error as Error).message}`,
      where,
    );
    throw new ChronomergeError("json_invalid", issue.message, [issue], { cause: error });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) =>
      makeIssue(
        "manifest_invalid",
        `manifest ${manifestPath}: ${i.path.join(".") || "(root)"}: ${i.message}`,
        { ...where, column: i.path.join(".") },
      ),
    );
    throw new ChronomergeError("manifest_invalid", issues.map((i) => i.message).join("; "), issues, {
      cause: parsed.error,
    });
  }
  const folder = manifestFolder(manifestPath);
  const specs: LoadedManifest["specs"] = [];
  const issues: Issue[] = [];
  for (const [index, source] of parsed.data.sources.entries()) {
    const path = resolve(folder, source.path);
    const real = { folder: await realFolder(folder), path: await realPath(path) };
    // The folder itself ("." or "") is not outside: reading it reports file_unreadable, "is a directory".
    const isFolder = path === folder || real.path === real.folder;
    // Lexically inside is not enough: a symbolic link inside the folder may point anywhere.
    if (!isFolder && (!isInside(folder, path) || !isInside(real.folder, real.path))) {
      issues.push(
        makeIssue(
          "manifest_invalid",
          `manifest ${manifestPath}: source "${source.path}" leads outside the manifest's folder; not read (paths are relative to the manifest and must stay inside its folder; put the returns beside the manifest or in a subfolder)`,
          { file: source.path, agency: source.agency, row: null, column: `sources.${index}.path` },
        ),
      );
      continue;
    }
    const { path: relativePath, ...spec } = source;
    specs.push({ ...spec, file: relativePath, path });
  }
  return { review: parsed.data.review, specs, issues };
}

/** The folder with its symbolic links resolved. */
async function realFolder(folder: string): Promise<string> {
  return realpath(folder).catch(() => folder);
}

/** A path with its symbolic links resolved; a file that does not exist yet keeps its path (reading it reports it missing). */
async function realPath(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}
