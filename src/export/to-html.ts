import type { Chronology } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { flagKindsByEvent, namesById, writtenPeriod, writtenWhen } from "./event-text.js";
import { escapeHtml, jsonForScript } from "./html/escape.js";
import { agencyStyles, flagColours, laneBackground } from "./html/palette.js";
import { reportScript } from "./html/report-script.js";
import { reportStyle } from "./html/report-style.js";

/** Options of the HTML report. */
export interface HtmlOptions {
  /** Zone in which dates and times are written; default Europe/London. */
  timezone?: string;
  /** The report's title; default "Merged chronology". */
  title?: string;
}

/**
 * The chronology as one self-contained HTML report that opens offline from disk: a timeline with one
 * lane per agency (zoom, pan, filters by person and flag kind, a click shows an event's sources, dates
 * as written and conflicts), then the merged chronology as a table and the flags with their evidence.
 * CSS, script and data are inline; a content security policy forbids every request; every value from
 * the inputs is escaped, and the data travels as JSON with `<` written `\u003c`. Prints on A4 landscape.
 * @param document the chronology (redact it first for a published report)
 * @param options the zone to write dates in and the title
 * @returns the HTML text
 * @example
 * toHtml(document).startsWith("<!doctype html>") // true
 */
export function toHtml(document: Chronology, options: HtmlOptions = {}): string {
  const zone = options.timezone ?? "Europe/London";
  const title = options.title ?? "Merged chronology";
  const names = namesById(document);
  const kindsOf = flagKindsByEvent(document);
  const number = new Map(document.events.map((e, i) => [e.id, i + 1]));
  const whens = document.events.map((event) => writtenWhen(event, zone));
  const flagNumbers = new Map<string, number[]>();
  document.flags.forEach((flag, i) => {
    for (const id of flag.events) {
      const list = flagNumbers.get(id);
      if (list === undefined) flagNumbers.set(id, [i + 1]);
      else list.push(i + 1);
    }
  });
  const styles = agencyStyles(document.events.flatMap((e) => e.agencies));
  const colourOf = new Map(styles.map((s) => [s.agency, s.colour]));
  const eventPeople = new Set(document.events.flatMap((e) => e.people));
  const people = document.people
    .filter((p) => eventPeople.has(p.id))
    .map((p) => ({ id: p.id, name: p.name }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const kinds = [...new Set(document.flags.map((f) => f.kind))].sort(compareText);
  const data = {
    timezone: zone,
    laneBackground,
    agencies: styles,
    people,
    events: document.events.map((e, i) => ({
      id: e.id,
      n: i + 1,
      start: Date.parse(e.start),
      end: Date.parse(e.end),
      when: whens[i]!,
      approximate: e.approximate,
      outOfScope: e.outOfScope,
      dateText: e.dateText,
      agencies: e.agencies,
      category: e.category,
      summary: e.summary,
      people: e.people,
      sources: e.sources,
      conflicts: e.conflicts,
      flagKinds: kindsOf.get(e.id) ?? [],
      flagNs: flagNumbers.get(e.id) ?? [],
    })),
    flags: document.flags.map((f, i) => ({
      n: i + 1,
      kind: f.kind,
      start: f.start === null ? null : Date.parse(f.start),
      end: f.end === null ? null : Date.parse(f.end),
      people: f.people,
      events: f.events,
      message: f.message,
      colour: flagColours[f.kind] ?? "#6b7280",
    })),
  };
  const e = escapeHtml;
  const stats = document.stats;
  const rows = document.events.map((event, i) => {
    const agencies = event.agencies
      .map(
        (a) => `<span class="agency-dot" style="background:${colourOf.get(a) ?? "#4d5b66"}"></span>${e(a)}`,
      )
      .join("<br>");
    const flagLinks = (flagNumbers.get(event.id) ?? [])
      .map((n) => `<a href="#flag-${n}">${e(document.flags[n - 1]!.kind)}</a>`)
      .join(", ");
    return `<tr id="event-${i + 1}" data-id="${e(event.id)}"${event.outOfScope ? ' class="out-of-scope"' : ""}><td class="num">${i + 1}</td><td class="when">${e(whens[i]!)}${event.outOfScope ? '<br><span class="muted">out of scope</span>' : ""}</td><td>${agencies}</td><td>${e(event.people.map((id) => names.get(id) ?? id).join(", "))}</td><td>${e(event.summary)}</td><td>${e(event.category.join(", "))}</td><td>${flagLinks}</td></tr>`;
  });
  const flagItems = document.flags.map((flag, i) => {
    const period = writtenPeriod(flag, zone);
    const who = flag.people.map((id) => names.get(id) ?? id).join(", ");
    const evidence = flag.events
      .map((id) => (number.has(id) ? `<a href="#event-${number.get(id)}">#${number.get(id)}</a>` : e(id)))
      .join(", ");
    return `<li id="flag-${i + 1}"><span class="flag-kind" style="color:${flagColours[flag.kind] ?? "#4b5563"}">${e(flag.kind)}</span>${period === "" ? "" : ` <span class="muted">${e(period)}</span>`}${flag.start === null ? "" : ` <button type="button" class="no-print" data-flag="${i + 1}">Show on timeline</button>`}<br>${e(flag.message)}${who === "" ? "" : `<br><span class="muted">People: ${e(who)}</span>`}${evidence === "" ? "" : `<br><span class="muted">Events:</span> ${evidence}`}</li>`;
  });
  const rejected = document.rejected.map(
    (r) =>
      `<tr><td>${e(r.file)}</td><td class="num">${r.row}</td><td>${e(r.code)}</td><td>${e(r.reason)}</td></tr>`,
  );
  const options_ = (list: readonly { value: string; label: string }[]) =>
    list.map((o) => `<option value="${e(o.value)}">${e(o.label)}</option>`).join("");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${e(title)}</title>
<style>${reportStyle}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="summary">${stats.events} events from ${stats.inputRows} rows, ${stats.people} people, ${document.flags.length} flags, ${stats.rejected} rows rejected. Dates in ${e(zone)}.</p>
<ul class="legend" aria-label="Agencies">${styles.map((s) => `<li><span class="swatch" style="background:${s.colour}"></span>${e(s.agency)}</li>`).join("")}</ul>
<ul class="legend" aria-label="Flags">${kinds.map((k) => `<li><span class="swatch" style="background:${flagColours[k]}"></span>${e(k)}${k === "gap" || k === "off-radar" ? " (period shaded)" : ""}</li>`).join("")}</ul>
<div class="controls no-print">
<label>Person <select id="filter-person"><option value="">Everyone</option>${options_(people.map((p) => ({ value: p.id, label: p.name })))}</select></label>
<label>Flag <select id="filter-flag"><option value="">Any or none</option>${options_(kinds.map((k) => ({ value: k, label: k })))}</select></label>
<span role="group" aria-label="Zoom and pan"><button type="button" id="pan-left" aria-label="Earlier">◀</button> <button type="button" id="zoom-in" aria-label="Zoom in">+</button> <button type="button" id="zoom-out" aria-label="Zoom out">−</button> <button type="button" id="pan-right" aria-label="Later">▶</button> <button type="button" id="zoom-reset">Whole period</button></span>
<span id="status" aria-live="polite"></span>
</div>
</header>
<main>
<div class="layout">
<div id="timeline" tabindex="0" aria-label="Timeline: one lane per agency. Scroll or use + and - to zoom, drag or the arrow keys to pan."><svg id="timeline-svg" role="group" aria-label="Timeline of events by agency"></svg></div>
<aside id="details" aria-live="polite"><p class="muted">Click an event on the timeline or a row of the table to see its sources, its dates as written and its conflicts.</p></aside>
</div>
<h2>Chronology</h2>
<table id="chronology">
<thead><tr><th>#</th><th>Date</th><th>Agencies</th><th>People</th><th>Summary</th><th>Categories</th><th>Flags</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
<h2>Flags</h2>
${flagItems.length === 0 ? '<p id="flags">No flags.</p>' : `<ol id="flags" class="flags">\n${flagItems.join("\n")}\n</ol>`}
${rejected.length === 0 ? "" : `<h2>Rejected rows</h2>\n<table><thead><tr><th>File</th><th>Row</th><th>Code</th><th>Reason</th></tr></thead><tbody>\n${rejected.join("\n")}\n</tbody></table>`}
</main>
<script type="application/json" id="chronology-data">${jsonForScript(data)}</script>
<script>${reportScript}</script>
</body>
</html>
`;
}
