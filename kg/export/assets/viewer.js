/* kg HTML viewer: a network from `kg export --format html`, drawn with Cytoscape.js.
 * Every text from the data is put in the page with textContent (never as HTML). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function safeHref(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }
  function overlaps(first, last, from, to) {
    if (!first && !last) return null;
    var a = first || last, b = last || first;
    // a time like 2023-09 covers the whole month: compare on the shortest common prefix
    if (from && b.slice(0, 10) < from.slice(0, b.length)) return false;
    if (to && a.slice(0, 10) > to.slice(0, a.length)) return false;
    return true;
  }

  var elements = [];
  data.nodes.forEach(function (n) {
    var node = { group: "nodes", data: { id: n.id, label: n.label, color: n.color, size: n.size, kind: n.kind, type: n.type } };
    if (typeof n.x === "number" && typeof n.y === "number") node.position = { x: n.x, y: n.y };  // laid out by kg
    elements.push(node);
  });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, weight: e.weight || 1 } });
  });
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
        "label": "", "background-color": "data(color)", "width": "data(size)", "height": "data(size)",
        "border-width": 0.5, "border-color": "#666" } },
      // labels: the most central nodes, at a readable size whatever the zoom (see relabel)
      { selector: "node.labelled, node:selected", style: {
        "label": "data(label)", "font-size": 12, "font-weight": 600, "color": "#111",
        "text-valign": "bottom", "text-halign": "center", "text-margin-y": 2, "text-wrap": "ellipsis",
        "text-max-width": 160, "text-background-color": "#fff", "text-background-opacity": 0.85,
        "text-background-padding": 1, "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 0, "z-index": 10 } },
      { selector: "node[kind = 'event']", style: { "shape": "round-rectangle" } },
      { selector: "node[kind = 'place']", style: { "shape": "diamond" } },
      { selector: "edge", style: { "width": "mapData(weight, 1, 10, 1, 7)", "line-color": "#c4c4c4", "curve-style": "haystack", "opacity": 0.8 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#d62728" } },
      { selector: ".faded", style: { "opacity": 0.15 } }
    ],
    layout: { name: "preset" }
  });

  // ---- the main part and its small fragments: fragments are hidden at first
  var fragmentSize = data.fragmentSize || 4;
  var fragment = {};
  var parts = cy.elements().components().sort(function (a, b) { return b.nodes().length - a.nodes().length; });
  var fragmentNodes = 0, fragmentParts = 0;
  parts.forEach(function (part, i) {
    if (i > 0 && part.nodes().length < fragmentSize) {
      fragmentParts += 1;
      part.nodes().forEach(function (n) { fragment[n.id()] = true; fragmentNodes += 1; });
    }
  });
  var main = cy.elements().filter(function (e) { return e.isNode() ? !fragment[e.id()] : !fragment[e.source().id()]; });
  var rest = cy.elements().not(main);
  var placed = data.nodes.length && typeof data.nodes[0].x === "number";  // big networks come laid out
  if (!placed) {
    main.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: 9000, idealEdgeLength: 70, numIter: 1500 }).run();
  }
  if (!placed && rest.nodes().length) {
    var bb = main.boundingBox();
    rest.layout({ name: "grid", avoidOverlap: true, condense: true,
      boundingBox: { x1: bb.x2 + 80, y1: bb.y1, w: Math.max(200, bb.w / 3), h: Math.max(200, bb.h) } }).run();
  }

  // ---- labels: the most central visible nodes, as many as fit without overlapping, ~12px on screen
  var byRank = data.nodes.slice().sort(function (a, b) {
    var pa = (a.metrics && a.metrics.pagerank) || 0, pb = (b.metrics && b.metrics.pagerank) || 0;
    return (pb - pa) || (b.size - a.size) || (a.label < b.label ? -1 : 1);
  }).map(function (n) { return n.id; });
  var MAX_LABELS = 60, FONT = 12;
  var measure = document.createElement("canvas").getContext("2d");
  function textWidth(text) {  // the label's width on screen, in the font Cytoscape draws it with
    measure.font = "600 " + FONT + "px " + (cy.nodes().length ? cy.nodes()[0].style("font-family") : "sans-serif");
    return measure.measureText(text).width;
  }
  var labelScheduled = false;
  function relabel() {
    labelScheduled = false;
    if (fontsLoaded && window.kgViewer) window.kgViewer.labelsFinal = true;
    var z = cy.zoom();
    var w = cy.width(), h = cy.height();
    var placed = [];
    var chosen = [];
    for (var i = 0; i < byRank.length && chosen.length < MAX_LABELS; i++) {
      var node = cy.getElementById(byRank[i]);
      if (node.empty() || node.style("display") === "none") continue;
      var p = node.renderedPosition();
      var r = node.renderedHeight() / 2;
      var text = String(byId[byRank[i]].label || "");
      var tw = Math.min(160, textWidth(text)) + 10, th = FONT + 10;  // the text, its background padding and its margin below the node
      var box = { x1: p.x - tw / 2 - 2, x2: p.x + tw / 2 + 2, y1: p.y + r, y2: p.y + r + th };
      if (box.x1 < 0 || box.x2 > w || box.y1 < 0 || box.y2 > h) continue;  // wholly on screen
      var clash = placed.some(function (o) { return !(box.x2 < o.x1 || box.x1 > o.x2 || box.y2 < o.y1 || box.y1 > o.y2); });
      if (clash) continue;
      placed.push(box);
      chosen.push(node);
    }
    cy.batch(function () {
      cy.nodes(".labelled").removeClass("labelled");
      chosen.forEach(function (n) { n.addClass("labelled"); });
      cy.style().selector("node.labelled, node:selected").style({
        "font-size": FONT / z, "text-background-padding": 1.5 / z, "text-margin-y": 2 / z, "text-max-width": 160 / z
      }).update();
    });
  }
  function scheduleRelabel() {
    if (labelScheduled) return;
    labelScheduled = true;
    (window.requestAnimationFrame || setTimeout)(relabel);
  }
  cy.on("zoom pan resize", scheduleRelabel);
  // widths in the final font: labels are placed again once the fonts are loaded, and
  // kgViewer.labelsFinal says so (a page, or a test, can wait for it)
  var fontsLoaded = !(document.fonts && document.fonts.ready);
  if (!fontsLoaded) document.fonts.ready.then(function () { fontsLoaded = true; scheduleRelabel(); });

  // ---- details panel
  var details = document.getElementById("details");
  function showNode(id) {
    var n = byId[id];
    details.textContent = "";
    if (!n) return;
    details.appendChild(el("h2", n.label));
    var meta = [n.typeLabel || n.type, n.kind].filter(Boolean).join(" · ");
    if (n.first) meta += " · " + n.first + (n.last && n.last !== n.first ? " – " + n.last : "");
    details.appendChild(el("div", meta, "meta"));
    if (n.wikidata && /^Q\d+$/.test(n.wikidata)) {
      var w = el("a", "Wikidata " + n.wikidata);
      w.href = "https://www.wikidata.org/wiki/" + n.wikidata;
      w.target = "_blank"; w.rel = "noopener noreferrer";
      details.appendChild(w);
    }
    var metrics = n.metrics || {};
    var keys = Object.keys(metrics);
    if (keys.length) {
      var table = el("table");
      keys.forEach(function (k) {
        var tr = el("tr");
        tr.appendChild(el("td", k));
        var v = metrics[k];
        tr.appendChild(el("td", typeof v === "number" && v % 1 ? v.toFixed(4) : v));
        table.appendChild(tr);
      });
      details.appendChild(table);
    }
    var ev = data.evidence[id] || [];
    var total = n.mentions || ev.length;
    details.appendChild(el("h3", ev.length ? (n.kind === "event" ? "Where the article tells it" : "Mentions (" + total + ")") : "No text evidence"));
    ev.forEach(function (m) {
      var box = el("div", null, "mention");
      var p = el("p", null, "snippet");
      p.appendChild(document.createTextNode(m.text[0]));
      p.appendChild(el("mark", m.text[1]));
      p.appendChild(document.createTextNode(m.text[2]));
      box.appendChild(p);
      var art = data.articles[m.article] || {};
      var src = el("div", null, "source");
      var href = safeHref(art.url);
      var name = art.title || art.id || "article";
      if (href) {
        var a = el("a", name);
        a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
        src.appendChild(a);
      } else {
        src.appendChild(el("span", name));
      }
      var bits = [art.publisher, art.date, art.iri && !href ? art.iri : null].filter(Boolean);
      if (bits.length) src.appendChild(document.createTextNode(" — " + bits.join(", ")));
      box.appendChild(src);
      details.appendChild(box);
    });
    if (total > ev.length) details.appendChild(el("p", "… and " + (total - ev.length) + " more", "hint"));
  }
  function showEdge(edge) {
    var d = data.edges[edge.data("index")] || {};
    details.textContent = "";
    var s = byId[d.source] || {}, t = byId[d.target] || {};
    details.appendChild(el("h2", (s.label || d.source) + " — " + (t.label || d.target)));
    var meta = [d.kind, d.role, "weight " + (d.weight || 1)].filter(Boolean).join(" · ");
    if (d.first) meta += " · " + d.first + (d.last && d.last !== d.first ? " – " + d.last : "");
    details.appendChild(el("div", meta, "meta"));
    if (d.types && d.types.length) details.appendChild(el("p", "Events: " + d.types.join(", ")));
    if (d.articles && d.articles.length) details.appendChild(el("p", "Articles: " + d.articles.join(", "), "source"));
  }
  cy.edges().forEach(function (e, i) { e.data("index", i); });
  cy.on("tap", "node", function (evt) { showNode(evt.target.id()); });
  cy.on("tap", "edge", function (evt) { showEdge(evt.target); });

  // ---- legend and type filter: a colour per type (event classes apart), shapes by kind
  var hiddenTypes = {};
  var typesBox = document.getElementById("types");
  var shapes = el("p", null, "shapes");
  [["actor", "actor"], ["place", "place"], ["event", "event"]].forEach(function (k) {
    var sw = el("span", null, "swatch shape-" + k[0]);
    shapes.appendChild(sw);
    shapes.appendChild(document.createTextNode(" " + k[1] + "  "));
  });
  typesBox.appendChild(shapes);
  var eventsHeading = false;
  data.types.forEach(function (t) {
    if (t.kind === "event" && !eventsHeading) {
      typesBox.appendChild(el("div", "Events", "subhead"));
      eventsHeading = true;
    }
    var label = el("label", null, "check");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t.type;
    box.addEventListener("change", function () { hiddenTypes[t.type] = !box.checked; applyFilters(); });
    var sw = el("span", null, "swatch shape-" + (t.kind || "actor"));
    sw.style.background = t.color;
    label.appendChild(box); label.appendChild(sw);
    label.appendChild(document.createTextNode(" " + t.label + " (" + t.count + ")"));
    typesBox.appendChild(label);
  });

  // ---- small fragments, hidden at first
  var fragBox = document.getElementById("fragments");
  if (fragmentParts) {
    document.getElementById("fragments-label").textContent =
      "show " + fragmentParts + " small fragment" + (fragmentParts === 1 ? "" : "s") + " (" + fragmentNodes + " nodes)";
    fragBox.addEventListener("change", function () { applyFilters(); cy.fit(cy.nodes(":visible"), 30); });
  } else {
    document.getElementById("fragments-row").style.display = "none";
  }

  // ---- date filter
  var from = document.getElementById("from"), to = document.getElementById("to"), undated = document.getElementById("undated");
  if (data.dates && data.dates[0]) { from.value = data.dates[0]; to.value = data.dates[1]; }
  [from, to, undated].forEach(function (input) { input.addEventListener("change", applyFilters); });

  function applyFilters() {
    var f = from.value, t = to.value, keepUndated = undated.checked;
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var n = byId[node.id()];
        var inTime = overlaps(n.first, n.last, f, t);
        var show = !hiddenTypes[n.type] && (inTime === null ? keepUndated : inTime) && (fragBox.checked || !fragment[n.id]);
        node.style("display", show ? "element" : "none");
      });
      cy.edges().forEach(function (edge) {
        var d = data.edges[edge.data("index")];
        var inTime = overlaps(d.first, d.last, f, t);
        edge.style("display", inTime === false ? "none" : "element");
      });
    });
    updateCounts();
    scheduleRelabel();
  }
  function updateCounts() {
    var shown = cy.nodes().filter(function (n) { return n.style("display") !== "none"; }).length;
    document.getElementById("counts").textContent = shown + " of " + data.nodes.length + " nodes shown, " + data.edges.length + " edges" +
      (fragmentParts && !fragBox.checked ? " · " + fragmentParts + " small fragments hidden" : "") + (data.filters ? " · " + data.filters : "");
  }

  // ---- search
  var search = document.getElementById("search"), matches = document.getElementById("matches");
  function select(id) {
    var node = cy.getElementById(id);
    if (!node || node.empty()) return;
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 });
    showNode(id);
  }
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    matches.textContent = "";
    cy.batch(function () {
      cy.nodes().removeClass("faded");
      if (!q) return;
      cy.nodes().forEach(function (node) {
        if (String(byId[node.id()].label).toLowerCase().indexOf(q) < 0) node.addClass("faded");
      });
    });
    if (!q) return;
    data.nodes.filter(function (n) { return String(n.label).toLowerCase().indexOf(q) >= 0; }).slice(0, 30).forEach(function (n) {
      var li = el("li", n.label);
      li.setAttribute("role", "option");
      li.addEventListener("click", function () { select(n.id); });
      matches.appendChild(li);
    });
  });
  search.addEventListener("keydown", function (evt) {
    if (evt.key === "Enter" && matches.firstChild) matches.firstChild.click();
  });
  document.getElementById("fit").addEventListener("click", function () { cy.fit(cy.nodes(":visible"), 30); });

  applyFilters();
  cy.fit(cy.nodes(":visible"), 30);
  relabel();
  window.kgViewer = { cy: cy, data: data, select: select, showNode: showNode, relabel: relabel, fragment: fragment, ready: true, labelsFinal: fontsLoaded };
})();
