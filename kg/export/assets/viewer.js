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
    elements.push({ group: "nodes", data: { id: n.id, label: n.label, color: n.color, size: n.size, kind: n.kind, type: n.type } });
  });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, weight: e.weight || 1 } });
  });
  var big = data.nodes.length > 1500;
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "background-color": "data(color)", "width": "data(size)", "height": "data(size)",
        "font-size": 10, "text-valign": "bottom", "text-halign": "center", "text-wrap": "ellipsis",
        "text-max-width": 110, "min-zoomed-font-size": 6, "border-width": 0.5, "border-color": "#666" } },
      { selector: "node[kind = 'event']", style: { "shape": "round-rectangle" } },
      { selector: "node[kind = 'place']", style: { "shape": "diamond" } },
      { selector: "edge", style: { "width": "mapData(weight, 1, 10, 1, 7)", "line-color": "#bbb", "curve-style": "haystack", "opacity": 0.8 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#d62728" } },
      { selector: ".faded", style: { "opacity": 0.15 } }
    ],
    layout: big ? { name: "concentric", animate: false } : { name: "cose", animate: false, randomize: true, nodeRepulsion: 9000, idealEdgeLength: 70, numIter: 1500 }
  });

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

  // ---- type filter
  var hiddenTypes = {};
  var typesBox = document.getElementById("types");
  data.types.forEach(function (t) {
    var label = el("label", null, "check");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t.type;
    box.addEventListener("change", function () { hiddenTypes[t.type] = !box.checked; applyFilters(); });
    var sw = el("span", null, "swatch");
    sw.style.background = t.color;
    label.appendChild(box); label.appendChild(sw);
    label.appendChild(document.createTextNode(" " + t.label + " (" + t.count + ")"));
    typesBox.appendChild(label);
  });

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
        var show = !hiddenTypes[n.type] && (inTime === null ? keepUndated : inTime);
        node.style("display", show ? "element" : "none");
      });
      cy.edges().forEach(function (edge) {
        var d = data.edges[edge.data("index")];
        var inTime = overlaps(d.first, d.last, f, t);
        edge.style("display", inTime === false ? "none" : "element");
      });
    });
    updateCounts();
  }
  function updateCounts() {
    var shown = cy.nodes().filter(function (n) { return n.style("display") !== "none"; }).length;
    document.getElementById("counts").textContent = shown + " of " + data.nodes.length + " nodes, " + data.edges.length + " edges" + (data.filters ? " · " + data.filters : "");
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
  document.getElementById("fit").addEventListener("click", function () { cy.fit(undefined, 30); });

  updateCounts();
  window.kgViewer = { cy: cy, data: data, select: select, showNode: showNode, ready: true };
})();
