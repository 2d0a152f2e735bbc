import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { makeIssue } from "../ingest/make-issue.js";
import { prepareSource } from "../ingest/prepare-sources.js";
import type { Issue } from "../model/issue.js";
import type { SourceInput, SourceSpec } from "../model/source.js";

/** Sources read from disk, and the issues of those that could not be read. */
export interface ReadSources {
  sources: SourceInput[];
  issues: Issue[];
}

/**
 * Reads agency returns from disk; Excel workbooks (.xlsx) and Word documents (.docx) are read into
 * tables (see prepareSources). A missing or unreadable file becomes an issue naming it; the
 * others are read. `file` in each spec is the name the output will cite; `path` where to read it.
 * @param specs each return's spec and its path on disk
 * @returns the sources with their bytes, and the issues
 * @example
 * const { sources } = await readSources([{ file: "police.csv", agency: "Police", path: "fixtures/demo/police.csv" }]);
 */
export async function readSources(specs: readonly (SourceSpec & { path: string })[]): Promise<ReadSources> {
  const sources: SourceInput[] = [];
  const issues: Issue[] = [];
  for (const { path, ...spec } of specs) {
    try {
      const bytes = new Uint8Array(await readFile(path));
      // Workbooks and Word documents are read into tables here, so the pipeline stays synchronous.
      sources.push(await prepareSource({ ...spec, content: bytes }));
    } catch (error) {
      const errno = (error as NodeJS.ErrnoException).code;
      const code = errno === "ENOENT" ? "file_not_found" : "file_unreadable";
      const reason =
        code === "file_not_found"
          ? "no such file"
          : errno === "EISDIR"
            ? "is a directory, not a file (name the return's file)"
            : (error as Error).message;
      issues.push(
        makeIssue(code, `${spec.file}: ${reason}`, {
          file: spec.file,
          agency: spec.agency ?? spec.file,
          row: null,
        }),
      );
    }
  }
  return { sources, issues };
}

/**
 * Reads an input argument of the CLI: `PATH` or `AGENCY=PATH`.
 * @example
 * parseInputArgument("Police=returns/police.csv") // { file: "returns/police.csv", agency: "Police", path: "returns/police.csv" }
 */
export function parseInputArgument(argument: string): SourceSpec & { path: string } {
  const match = /^([^=/\\]+)=(.+)$/.exec(argument);
  if (match === null) return { file: argument, path: argument };
  return { file: match[2]!, agency: match[1]!.trim(), path: match[2]! };
}

/**
 * True when `path` lies inside `folder` (a manifest may not point outside its own folder).
 * @example
 * isInside("/r/review", "/r/review/police.csv") // true
 */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  // "..x.csv" is a file inside; ".." and "../x" are not.
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The folder of a manifest file. */
export function manifestFolder(manifestPath: string): string {
  return dirname(resolve(manifestPath));
}
