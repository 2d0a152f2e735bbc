/**
 * The report's script (ES2017, no modules, no network): draws the timeline in SVG from the JSON block
 * `#chronology-data`, with zoom, pan, filters and the details of a clicked event. Every value from the
 * inputs goes into the page through `textContent` or `setAttribute`, never as markup.
 */
export const reportScript = `
(function () {
  "use strict";
  var DAY = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LABEL = 170, AXIS = 34, STRIP = 16, LANE = 30, PAD = 12;
  // Periods in which something was missing are shaded across the lanes; other flags mark the strip above.
  var PERIODS = { gap: true, "off-radar": true };
  var D = JSON.parse(document.getElementById("chronology-data").textContent);
  var laneOf = {}, colourOf = {}, shapeOf = {};
  D.agencies.forEach(function (a, i) { laneOf[a.agency] = i; colourOf[a.agency] = a.colour; shapeOf[a.agency] = a.shape; });
  var nameOf = {};
  D.people.forEach(function (p) { nameOf[p.id] = p.name; });
  var byId = {};
  D.events.forEach(function (e) { byId[e.id] = e; });
  var flagByN = {};
  D.flags.forEach(function (f) { flagByN[f.n] = f; });
  var svg = document.getElementById("timeline-svg");
  var NS = svg.namespaceURI;
  var box = document.getElementById("timeline");
  var details = document.getElementById("details");
  var status = document.getElementById("status");
  var state = { person: "", kind: "", selected: null };
  var full = extent();
  var view = full.slice();
  var drag = null, dragged = false;

  function extent() {
    var lo = Infinity, hi = -Infinity;
    D.events.forEach(function (e) { lo = Math.min(lo, e.start); hi = Math.max(hi, e.end); });
    D.flags.forEach(function (f) {
      if (f.start !== null) lo = Math.min(lo, f.start);
      if (f.end !== null) hi = Math.max(hi, f.end);
    });
    if (!isFinite(lo)) { lo = Date.UTC(2000, 0, 1); hi = lo + 365 * DAY; }
    var pad = Math.max((hi - lo) * 0.02, DAY);
    return [lo - pad, hi + pad];
  }
  function svgEl(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function htmlEl(name, text, parent, className) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    if (parent) parent.appendChild(node);
    return node;
  }
  function shown(e) {
    if (state.person && e.people.indexOf(state.person) < 0) return false;
    if (state.kind && e.flagKinds.indexOf(state.kind) < 0) return false;
    return true;
  }
  function flagShown(f) {
    if (state.kind && f.kind !== state.kind) return false;
    if (state.person && f.people.indexOf(state.person) < 0) return false;
    return true;
  }
  function plotWidth(w) { return w - LABEL - PAD; }
  function currentWidth() { return Math.max(640, Math.floor(box.clientWidth || 960)); }

  // The review's zone: ticks fall at its midnights (Europe/London: 23:00 UTC the day before, in summer).
  var zoneParts = null;
  try {
    zoneParts = new Intl.DateTimeFormat("en-GB", { timeZone: D.timezone || "UTC", hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
  } catch (e) { zoneParts = null; }
  function offsetAt(t) {
    if (zoneParts === null) return 0;
    var p = {};
    zoneParts.formatToParts(new Date(t)).forEach(function (x) { p[x.type] = Number(x.value); });
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
  }
  /** The instant a calendar day (given as its UTC midnight) starts in the review's zone. */
  function zoneMidnight(utc) {
    var first = utc - offsetAt(utc);
    return utc - offsetAt(first);
  }

  function ticks(plotW) {
    var span = view[1] - view[0];
    var most = Math.max(2, Math.floor(plotW / 95));
    var steps = [[1, "d"], [2, "d"], [7, "d"], [14, "d"], [1, "m"], [2, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"], [5, "y"], [10, "y"], [25, "y"], [50, "y"], [100, "y"]];
    var size = { d: DAY, m: 30.44 * DAY, y: 365.25 * DAY };
    var step = steps[steps.length - 1];
    for (var i = 0; i < steps.length; i++) {
      if (span / (steps[i][0] * size[steps[i][1]]) <= most) { step = steps[i]; break; }
    }
    var n = step[0], unit = step[1], out = [];
    var start = new Date(view[0]);
    var y = start.getUTCFullYear(), m = start.getUTCMonth();
    var t;
    if (unit === "d") {
      t = Math.floor(view[0] / DAY / n) * n * DAY;
      for (; t <= view[1]; t += n * DAY) out.push(t);
    } else if (unit === "m") {
      m = m - (m % n);
      for (t = Date.UTC(y, m, 1); t <= view[1]; m += n, t = Date.UTC(y, m, 1)) out.push(t);
    } else {
      y = y - (((y % n) + n) % n);
      for (t = Date.UTC(y, 0, 1); t <= view[1]; y += n, t = Date.UTC(y, 0, 1)) out.push(t);
    }
    // Each day, month or year was found by its UTC midnight; the tick stands at its midnight in the review's zone.
    return out.map(function (v) {
      var d = new Date(v);
      var label = unit === "y" ? String(d.getUTCFullYear())
        : unit === "m" ? MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear()
        : d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
      return { t: zoneMidnight(v), label: label };
    }).filter(function (tick) { return tick.t >= view[0] && tick.t <= view[1]; });
  }

  function shape(kind, cx, cy, r, attrs, parent) {
    if (kind === "square") return svgEl("rect", Object.assign({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }, attrs), parent);
    if (kind === "diamond") return svgEl("path", Object.assign({ d: "M" + cx + " " + (cy - r - 1) + "L" + (cx + r + 1) + " " + cy + "L" + cx + " " + (cy + r + 1) + "L" + (cx - r - 1) + " " + cy + "Z" }, attrs), parent);
    if (kind === "triangle") return svgEl("path", Object.assign({ d: "M" + cx + " " + (cy - r - 1) + "L" + (cx + r + 1) + " " + (cy + r) + "L" + (cx - r - 1) + " " + (cy + r) + "Z" }, attrs), parent);
    return svgEl("circle", Object.assign({ cx: cx, cy: cy, r: r }, attrs), parent);
  }

  function render() {
    var W = currentWidth();
    var lanes = Math.max(1, D.agencies.length);
    var TOP = AXIS + STRIP;
    var H = TOP + lanes * LANE + PAD;
    var plotW = plotWidth(W);
    var x = function (t) { return LABEL + ((t - view[0]) / (view[1] - view[0])) * plotW; };
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.setAttribute("height", String(H));
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var clip = svgEl("clipPath", { id: "plot-area" }, svgEl("defs", {}, svg));
    svgEl("rect", { x: LABEL, y: 0, width: plotW, height: H }, clip);
    D.agencies.forEach(function (a, i) {
      var top = TOP + i * LANE;
      if (i % 2 === 0) svgEl("rect", { x: 0, y: top, width: W, height: LANE, fill: D.laneBackground }, svg);
      var label = svgEl("text", { x: 8, y: top + LANE / 2 + 4, fill: a.colour, "class": "lane-label" }, svg);
      label.textContent = a.agency.length > 24 ? a.agency.slice(0, 23) + "…" : a.agency;
      svgEl("title", {}, label).textContent = a.agency;
    });
    var axis = svgEl("g", { "class": "axis" }, svg);
    ticks(plotW).forEach(function (tick) {
      var tx = x(tick.t);
      svgEl("line", { x1: tx, x2: tx, y1: AXIS - 6, y2: H - PAD, "data-t": tick.t }, axis);
      var text = svgEl("text", { x: tx + 3, y: AXIS - 12 }, axis);
      text.textContent = tick.label;
    });
    var stripLabel = svgEl("text", { x: 8, y: AXIS + STRIP / 2 + 4, fill: "#4a4f57", "class": "lane-label" }, svg);
    stripLabel.textContent = "Flags";
    var plot = svgEl("g", { "clip-path": "url(#plot-area)" }, svg);
    // One layer per kind with the transparency on the layer: overlapping periods of a kind do not darken.
    var layers = {};
    D.flags.forEach(function (f) {
      if (!layers[f.kind]) layers[f.kind] = svgEl("g", { "class": "flag-layer", opacity: 0.16 }, plot);
    });
    D.flags.forEach(function (f) {
      if (f.start === null || !flagShown(f)) return;
      var x0 = x(f.start), x1 = x(f.end === null ? f.start + DAY : f.end);
      var tick = svgEl("rect", { x: x0, y: AXIS + 3, width: Math.max(3, x1 - x0), height: STRIP - 6, rx: 2, fill: f.colour, "class": "flag-tick", "data-flag": f.n }, plot);
      svgEl("title", {}, tick).textContent = f.kind + ": " + f.message;
      if (!PERIODS[f.kind] && state.kind !== f.kind) return;
      var band = svgEl("rect", { x: x0, y: TOP, width: Math.max(2, x1 - x0), height: lanes * LANE, fill: f.colour, "class": "flag-band", "data-flag": f.n }, layers[f.kind]);
      svgEl("title", {}, band).textContent = f.kind + ": " + f.message;
      svgEl("line", { x1: x0, x2: x0, y1: TOP, y2: TOP + lanes * LANE, stroke: f.colour, "class": "flag-edge" }, plot);
    });
    var count = 0;
    // Marks that would overlap in a lane move to a row above or below, so each stays clickable.
    var rows = D.agencies.map(function () { return [-Infinity, -Infinity, -Infinity]; });
    var offsets = [0, -8, 8];
    D.events.forEach(function (e) {
      if (!shown(e)) return;
      count += 1;
      var lane = laneOf[e.agencies[0]] || 0;
      var x0 = x(e.start), x1 = x(e.end);
      var cx = x1 - x0 > 12 ? (x0 + x1) / 2 : x0 + Math.max(0, x1 - x0) / 2;
      var row = 0, free = rows[lane] || [-Infinity];
      while (row < free.length && Math.max(cx, x0) - free[row] < 11) row += 1;
      if (row === free.length) row = 0;
      free[row] = Math.max(cx, x1);
      var cy = TOP + lane * LANE + LANE / 2 + offsets[row];
      e.agencies.slice(1).forEach(function (agency) {
        var ly = TOP + (laneOf[agency] || 0) * LANE + LANE / 2;
        svgEl("line", { x1: cx, x2: cx, y1: cy, y2: ly, stroke: "#6b7280", "stroke-width": 1 }, plot);
        var echo = svgEl("circle", { cx: cx, cy: ly, r: 3.5, fill: colourOf[agency], "class": "event-echo", "data-id": e.id }, plot);
        svgEl("title", {}, echo).textContent = e.when + " " + agency;
      });
      var colour = colourOf[e.agencies[0]] || "#4d5b66";
      // An event outside the review's scope is drawn hollow.
      var attrs = {
        fill: e.outOfScope ? "#ffffff" : colour, stroke: e.outOfScope ? colour : "#ffffff",
        "class": "event-mark" + (e.outOfScope ? " out-of-scope" : "") + (state.selected === e.id ? " selected" : ""), "data-id": e.id,
        tabindex: 0, role: "button", "aria-label": "#" + e.n + " " + e.when + ", " + e.agencies.join(", ") + ": " + e.summary.slice(0, 100)
      };
      var mark = x1 - x0 > 12
        ? svgEl("rect", Object.assign({ x: x0, y: cy - 4, width: x1 - x0, height: 8, rx: 3 }, attrs), plot)
        : shape(shapeOf[e.agencies[0]], cx, cy, 5.5, attrs, plot);
      svgEl("title", {}, mark).textContent = "#" + e.n + " " + e.when + ": " + e.summary.slice(0, 160);
    });
    status.textContent = "Showing " + count + " of " + D.events.length + " events";
  }

  function item(dl, term, value) {
    htmlEl("dt", term, dl);
    var dd = htmlEl("dd", null, dl);
    if (Array.isArray(value)) {
      if (value.length === 0) { dd.textContent = "none"; return dd; }
      var ul = htmlEl("ul", null, dd);
      value.forEach(function (v) { htmlEl("li", v, ul); });
    } else dd.textContent = value === "" ? "none" : value;
    return dd;
  }

  function select(id) {
    var e = byId[id];
    if (!e) return;
    state.selected = id;
    while (details.firstChild) details.removeChild(details.firstChild);
    htmlEl("h3", "#" + e.n + " " + e.when + (e.approximate ? " (approximate)" : "") + (e.outOfScope ? " (out of scope)" : ""), details);
    var dl = htmlEl("dl", null, details);
    item(dl, "Sources", e.sources.map(function (s) { return s.agency + ": " + s.file + ", row " + s.row; })).className = "sources";
    item(dl, "Dates as written", e.dateText);
    item(dl, "Conflicts", e.conflicts.map(function (c) {
      return c.field + ": " + c.values.map(function (v) { return v.agency + " “" + v.value + "”"; }).join(" / ");
    })).className = "conflicts";
    item(dl, "People", e.people.map(function (p) { return nameOf[p] || p; }).join(", "));
    item(dl, "Categories", e.category.join(", "));
    item(dl, "Summary", e.summary);
    htmlEl("dt", "Flags", dl);
    var flags = htmlEl("dd", null, dl);
    if (e.flagNs.length === 0) flags.textContent = "none";
    e.flagNs.forEach(function (n, i) {
      if (i > 0) flags.appendChild(document.createTextNode(", "));
      var a = htmlEl("a", flagByN[n].kind, flags);
      a.setAttribute("href", "#flag-" + n);
    });
    var link = htmlEl("a", "Show in the table", htmlEl("p", null, details));
    link.setAttribute("href", "#event-" + e.n);
    Array.prototype.forEach.call(document.querySelectorAll("tr.selected"), function (tr) { tr.classList.remove("selected"); });
    var row = document.getElementById("event-" + e.n);
    if (row) row.classList.add("selected");
    render();
  }

  var pending = false;
  // Wheel and drag redraw at most once a frame; buttons and keys redraw at once.
  function renderSoon() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; render(); });
  }
  function clampView(lo, hi, soon) {
    var span = hi - lo;
    var most = (full[1] - full[0]) * 1.5, least = 2 * DAY;
    if (span > most || span < least) {
      var centre = (lo + hi) / 2;
      span = Math.min(most, Math.max(least, span));
      lo = centre - span / 2; hi = centre + span / 2;
    }
    if (lo < full[0] - span / 2) { lo = full[0] - span / 2; hi = lo + span; }
    if (hi > full[1] + span / 2) { hi = full[1] + span / 2; lo = hi - span; }
    view = [lo, hi];
    if (soon) renderSoon(); else render();
  }
  function zoom(factor, at, soon) {
    var centre = at === undefined ? (view[0] + view[1]) / 2 : at;
    clampView(centre - (centre - view[0]) * factor, centre + (view[1] - centre) * factor, soon);
  }
  function pan(fraction) {
    var shift = (view[1] - view[0]) * fraction;
    clampView(view[0] + shift, view[1] + shift);
  }
  function centreOn(e) {
    var span = view[1] - view[0];
    if (e.start < view[0] || e.end > view[1]) clampView((e.start + e.end) / 2 - span / 2, (e.start + e.end) / 2 + span / 2);
  }
  function timeAt(clientX) {
    var rect = svg.getBoundingClientRect();
    var W = currentWidth();
    var px = ((clientX - rect.left) * W) / rect.width;
    return view[0] + ((px - LABEL) / plotWidth(W)) * (view[1] - view[0]);
  }
  function filterTables() {
    D.events.forEach(function (e) {
      var row = document.getElementById("event-" + e.n);
      if (row) row.hidden = !shown(e);
    });
    D.flags.forEach(function (f) {
      var li = document.getElementById("flag-" + f.n);
      if (li) li.hidden = !flagShown(f);
    });
  }

  svg.addEventListener("click", function (event) {
    if (dragged) { dragged = false; return; }
    var target = event.target.closest("[data-id]");
    if (target) select(target.getAttribute("data-id"));
  });
  svg.addEventListener("keydown", function (event) {
    var target = event.target.closest && event.target.closest("[data-id]");
    if (target && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); select(target.getAttribute("data-id")); }
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "+" || event.key === "=") zoom(0.5);
    else if (event.key === "-") zoom(2);
    else if (event.key === "ArrowLeft") pan(-0.1);
    else if (event.key === "ArrowRight") pan(0.1);
    else if (event.key === "0") clampView(full[0], full[1]);
    else return;
    event.preventDefault();
  });
  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1 / 1.25 : 1.25, timeAt(event.clientX), true);
  }, { passive: false });
  svg.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) return;
    drag = { x: event.clientX, view: view.slice(), id: event.pointerId };
    dragged = false;
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) return;
    var dx = event.clientX - drag.x;
    if (!dragged && Math.abs(dx) < 4) return;
    if (!dragged) { dragged = true; box.classList.add("dragging"); svg.setPointerCapture(drag.id); }
    var rect = svg.getBoundingClientRect();
    var W = currentWidth();
    var shift = ((dx * W) / rect.width / plotWidth(W)) * (drag.view[1] - drag.view[0]);
    clampView(drag.view[0] - shift, drag.view[1] - shift, true);
  });
  function endDrag() { drag = null; box.classList.remove("dragging"); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.5); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(2); });
  document.getElementById("zoom-reset").addEventListener("click", function () { clampView(full[0], full[1]); });
  document.getElementById("pan-left").addEventListener("click", function () { pan(-0.25); });
  document.getElementById("pan-right").addEventListener("click", function () { pan(0.25); });
  document.getElementById("filter-person").addEventListener("change", function (event) {
    state.person = event.target.value; filterTables(); render();
  });
  document.getElementById("filter-flag").addEventListener("change", function (event) {
    state.kind = event.target.value; filterTables(); render();
  });
  document.getElementById("chronology").addEventListener("click", function (event) {
    var row = event.target.closest("tr[data-id]");
    if (!row || event.target.closest("a")) return;
    var e = byId[row.getAttribute("data-id")];
    centreOn(e); select(e.id);
    box.scrollIntoView({ block: "nearest" });
  });
  document.getElementById("flags").addEventListener("click", function (event) {
    var button = event.target.closest("button[data-flag]");
    if (!button) return;
    var f = flagByN[Number(button.getAttribute("data-flag"))];
    if (!f || f.start === null) return;
    var end = f.end === null ? f.start + DAY : f.end;
    var margin = Math.max((end - f.start) * 0.25, 3 * DAY);
    clampView(f.start - margin, end + margin);
    box.scrollIntoView({ block: "nearest" });
  });
  window.addEventListener("resize", render);
  window.addEventListener("beforeprint", render);
  document.documentElement.classList.add("js");
  render();
})();
`;
