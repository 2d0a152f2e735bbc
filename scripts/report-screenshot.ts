// Makes docs/report.png: the HTML report of the demo review (fixtures/demo/manifest.json) in Debian's chromium,
// with the details of a merged event open. Run: npx tsx scripts/report-screenshot.ts [out.png]
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toHtml } from "../src/export/to-html.js";
import { launchChromium } from "../test/browser/chromium.js";
import { demoDocument } from "../test/browser/demo-document.js";
import { openReport } from "../test/browser/open-report.js";

const target = process.argv[2] ?? join(import.meta.dirname, "../docs/report.png");
const { document, review } = await demoDocument();
const dir = await mkdtemp(join(tmpdir(), "chronomerge-screenshot-"));
const browser = await launchChromium();
try {
  const report = await openReport(
    browser.context,
    toHtml(document, { title: review.name ?? "Demo review" }),
    dir,
  );
  // The event with the most sources (and conflicts, if any): what a merged chronology is for.
  const shown = [...document.events].sort(
    (a, b) => b.conflicts.length - a.conflicts.length || b.sources.length - a.sources.length,
  )[0];
  if (shown !== undefined) await report.page.click(`tr[data-id="${shown.id}"] td.num`);
  await report.page.evaluate(() => window.scrollTo(0, 0));
  await report.page.screenshot({ path: target });
  const outside = report.requests.filter((url) => url !== report.url && !url.startsWith("data:"));
  if (outside.length > 0 || report.errors.length > 0)
    throw new Error(`requests ${outside}, errors ${report.errors}`);
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
