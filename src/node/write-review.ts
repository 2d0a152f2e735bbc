import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Writes a generated review (from `chronomerge/testing`'s generateReview) to a folder: every return,
 * manifest.json and truth.json. The folder is created if needed; files of the same name are replaced.
 * @param review anything with `files`, a map of file name to bytes
 * @param folder where to write
 * @returns the paths written, in name order
 * @throws {RangeError} when a file name would leave the folder
 * @example
 * await writeGeneratedReview(generateReview({ seed: 1 }), "out/review") // ["out/review/ambulance.csv", ...]
 */
export async function writeGeneratedReview(
  review: { files: Readonly<Record<string, Uint8Array>> },
  folder: string,
): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const name of Object.keys(review.files).sort()) {
    if (name.includes("/") || name.includes("\\") || name.startsWith(".")) {
      throw new RangeError(`refusing to write "${name}" outside ${folder}`);
    }
    const path = join(folder, name);
    await writeFile(path, review.files[name]!);
    written.push(path);
  }
  return written;
}
