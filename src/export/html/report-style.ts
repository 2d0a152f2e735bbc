import { laneBackground } from "./palette.js";

/** The report's stylesheet: screen, then print on A4 landscape. No external fonts: the system's own. */
export const reportStyle = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4f57; --rule: #c8ccd2; --lane: ${laneBackground}; --focus: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header, main { padding: 0 20px; }
h1 { font-size: 22px; margin: 16px 0 4px; }
h2 { font-size: 18px; margin: 24px 0 8px; }
.summary { color: var(--muted); margin: 0 0 8px; }
.controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 0; border-bottom: 1px solid var(--rule); }
.controls label { display: inline-flex; gap: 6px; align-items: center; }
select, button { font: inherit; padding: 3px 8px; border: 1px solid #6b7280; border-radius: 4px; background: #fff; color: var(--ink); }
button { cursor: pointer; }
button:focus-visible, select:focus-visible, a:focus-visible, .event-mark:focus-visible, tr:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
#status { color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 8px 0; padding: 0; list-style: none; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.swatch { width: 12px; height: 12px; display: inline-block; border-radius: 2px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 16px; align-items: start; }
#timeline { border: 1px solid var(--rule); border-radius: 4px; overflow: hidden; user-select: none; touch-action: none; cursor: grab; }
#timeline.dragging { cursor: grabbing; }
#timeline svg { display: block; width: 100%; }
.lane-label { font-size: 12px; font-weight: 600; }
.axis text { font-size: 11px; fill: var(--muted); }
.axis line { stroke: var(--rule); }
.event-mark { cursor: pointer; stroke-width: 1; }
.event-mark.out-of-scope { stroke-width: 2; }
.event-mark.selected { stroke: #000; stroke-width: 2.5; }
.event-echo { opacity: 0.75; }
.flag-layer { pointer-events: none; }
.flag-edge { stroke-width: 1; stroke-dasharray: 3 3; opacity: 0.7; }
#details { border: 1px solid var(--rule); border-radius: 4px; padding: 10px 12px; min-height: 120px; position: sticky; top: 8px; max-height: 90vh; overflow: auto; }
#details h3 { margin: 0 0 6px; font-size: 16px; }
#details dl { margin: 0; }
#details dt { font-weight: 600; margin-top: 6px; }
#details dd { margin: 0 0 0 0; }
#details ul { margin: 2px 0; padding-left: 18px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: var(--lane); position: sticky; top: 0; }
tbody tr { cursor: pointer; }
tbody tr.selected { background: #fff4c2; }
tr.out-of-scope td { color: var(--muted); }
td.num { text-align: right; white-space: nowrap; }
td.when { white-space: nowrap; }
.agency-dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; }
.flags li { margin: 6px 0; }
.flag-kind { font-weight: 600; }
.muted { color: var(--muted); }
[hidden] { display: none !important; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } #details { position: static; } }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { font-size: 10pt; }
  header, main { padding: 0; }
  .controls, .no-print { display: none !important; }
  .layout { display: block; }
  #timeline { border: none; break-inside: avoid; }
  #details { display: none; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr, li { break-inside: avoid; }
  tbody tr.selected { background: none; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
