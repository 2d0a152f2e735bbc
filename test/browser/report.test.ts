import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toHtml } from "../../src/export/to-html.js";
import type { Chronology } from "../../src/model/chronology.js";
import { redact } from "../../src/redact/redact.js";
import { type LaunchedBrowser, launchChromium } from "./chromium.js";
import { demoDocument } from "./demo-document.js";
import { type OpenedReport, openReport } from "./open-report.js";

const output = join(import.meta.dirname, "../../test-output");
let browser: LaunchedBrowser;
let dir: string;
let document: Chronology;
let report: OpenedReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chronomerge-report-"));
  await mkdir(output, { recursive: true });
  const demo = await demoDocument();
  document = demo.document;
  browser = await launchChromium();
  report = await openReport(browser.context, toHtml(document, { title: demo.review.name ?? "Demo" }), dir);
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("toHtml in chromium", () => {
  it("draws one mark per event", async () => {
    expect(document.events.length).toBeGreaterThan(20);
    expect(await report.page.locator(".event-mark").count()).toBe(document.events.length);
    expect(await report.page.locator("#status").textContent()).toBe(
      `Showing ${document.events.length} of ${document.events.length} events`,
    );
  });

  it("shows an event's sources, dates as written and conflicts when its mark is clicked", async () => {
    // The last mark is drawn on top of any it overlaps.
    const mark = report.page.locator(".event-mark").last();
    const id = await mark.getAttribute("data-id");
    const event = document.events.find((e) => e.id === id)!;
    await mark.click();
    const sources = await report.page.locator("#details .sources li").allTextContents();
    expect(sources).toEqual(event.sources.map((s) => `${s.agency}: ${s.file}, row ${s.row}`));
    const details = await report.page.locator("#details").textContent();
    for (const text of event.dateText) expect(details ?? "").toContain(text);
    expect(await report.page.locator("#details .conflicts li").count()).toBe(event.conflicts.length);
    expect(await report.page.locator(`tr[data-id="${id}"]`).getAttribute("class")).toContain("selected");
  });

  it("opens an event from the keyboard too", async () => {
    const mark = report.page.locator(".event-mark").first();
    const id = await mark.getAttribute("data-id");
    await mark.focus();
    await report.page.keyboard.press("Enter");
    const n = document.events.findIndex((e) => e.id === id) + 1;
    expect(await report.page.locator("#details h3").textContent()).toMatch(new RegExp(`^#${n} `));
  });

  it("filters the timeline and the table by person and by flag kind", async () => {
    const person = document.people.find((p) => {
      const n = document.events.filter((e) => e.people.includes(p.id)).length;
      return n > 0 && n < document.events.length;
    })!;
    const expected = document.events.filter((e) => e.people.includes(person.id)).length;
    await report.page.selectOption("#filter-person", person.id);
    expect(await report.page.locator(".event-mark").count()).toBe(expected);
    expect(await report.page.locator("#chronology tbody tr:visible").count()).toBe(expected);
    await report.page.selectOption("#filter-person", "");
    const kind = document.flags.find((f) => f.events.length > 0)?.kind;
    if (kind !== undefined) {
      const cited = new Set(document.flags.filter((f) => f.kind === kind).flatMap((f) => f.events));
      await report.page.selectOption("#filter-flag", kind);
      expect(await report.page.locator(".event-mark").count()).toBe(cited.size);
      expect(await report.page.locator(".flag-band").count()).toBe(
        document.flags.filter((f) => f.kind === kind && f.start !== null).length,
      );
      await report.page.selectOption("#filter-flag", "");
    }
    expect(await report.page.locator(".event-mark").count()).toBe(document.events.length);
  });

  it("zooms in down to days and back out to the whole period", async () => {
    const labels = () => report.page.locator(".axis text").allTextContents();
    const whole = await labels();
    for (let i = 0; i < 12; i++) await report.page.click("#zoom-in");
    const days = await labels();
    expect(days.some((l) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(l))).toBe(true);
    await report.page.click("#pan-right");
    await report.page.click("#zoom-reset");
    expect(await labels()).toEqual(whole);
  });

  it("puts every axis tick at a midnight of the review's zone, summer and winter, at every zoom", async () => {
    const page = report.page;
    await page.click("#zoom-reset");
    const instants: number[] = [];
    for (let i = 0; i <= 12; i++) {
      const values = await page
        .locator(".axis line")
        .evaluateAll((lines) => lines.map((l) => l.getAttribute("data-t")));
      instants.push(...values.map(Number));
      await page.click("#zoom-in");
    }
    await page.click("#zoom-reset");
    const local = instants.map((t) => DateTime.fromMillis(t, { zone: "Europe/London" }));
    expect(local.length).toBeGreaterThan(20);
    // Summer midnights (BST) are 23:00 UTC: a UTC-midnight tick would read 01:00 here.
    expect(local.some((d) => d.offset === 60)).toBe(true);
    for (const d of local) expect(d.toFormat("HH:mm:ss.SSS")).toBe("00:00:00.000");
  });

  it("zooms with the mouse wheel and pans by dragging", async () => {
    const page = report.page;
    const labels = () => page.locator(".axis text").allTextContents();
    await page.click("#zoom-reset");
    const whole = await labels();
    const box = (await page.locator("#timeline-svg").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
    await expect.poll(labels).not.toEqual(whole);
    const zoomed = await labels();
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(labels).not.toEqual(zoomed);
    await page.click("#zoom-reset");
    expect(await labels()).toEqual(whole);
  });

  it("makes no request beyond the file itself and logs no error", async () => {
    expect(report.requests.filter((url) => url !== report.url && !url.startsWith("data:"))).toEqual([]);
    expect(report.errors).toEqual([]);
    await report.page.screenshot({ path: join(output, "report.png") });
    await report.page.emulateMedia({ media: "print" });
    await report.page.pdf({ path: join(output, "report.pdf"), format: "A4", landscape: true });
  });

  it("opens a report with no events without an error", async () => {
    const empty: Chronology = {
      ...document,
      events: [],
      flags: [],
      stats: { ...document.stats, events: 0 },
    };
    const opened = await openReport(browser.context, toHtml(empty), dir);
    expect(await opened.page.locator(".event-mark").count()).toBe(0);
    expect(await opened.page.locator("#status").textContent()).toBe("Showing 0 of 0 events");
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });

  it("shows no name anywhere in the redacted report's page", async () => {
    const { document: redacted } = redact(document);
    const opened = await openReport(browser.context, toHtml(redacted), dir);
    const text = await opened.page.locator("body").textContent();
    for (const person of document.people.filter((p) => !p.name.startsWith("Unnamed")))
      expect(text ?? "").not.toContain(person.name);
    expect(await opened.page.locator(".event-mark").count()).toBe(redacted.events.length);
    expect(opened.errors).toEqual([]);
    await opened.page.screenshot({ path: join(output, "report-redacted.png") });
    await opened.page.close();
  });
});
