import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";

/** A report opened from disk, with every request and console error the page made. */
export interface OpenedReport {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
}

/**
 * Writes the report into `dir` and opens it from disk (file:// URL) at an A4-landscape-like size,
 * recording every request the page makes and every console error or uncaught exception.
 */
export async function openReport(context: BrowserContext, html: string, dir: string): Promise<OpenedReport> {
  const path = join(dir, "report.html");
  await writeFile(path, html, "utf8");
  const url = pathToFileURL(path).href;
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(url, { waitUntil: "load" });
  return { page, url, requests, errors };
}
