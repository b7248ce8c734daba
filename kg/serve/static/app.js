// The kg query page: send the query to /sparql, show the answer as a table.
// No framework, nothing from a CDN; every value is written as text (never as HTML).
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("form"), query = $("query"), run = $("run"), status = $("status");
  const errorBox = $("error"), graphBox = $("graph"), table = $("results");

  function clear() {
    errorBox.hidden = true;
    errorBox.textContent = "";
    graphBox.hidden = true;
    graphBox.textContent = "";
    table.tHead.replaceChildren();
    table.tBodies[0].replaceChildren();
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) {
      td.className = "unbound";
      return td;
    }
    if (term.type === "uri" && /^https?:\/\//.test(term.value)) {
      const a = document.createElement("a");
      a.href = term.value;
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.type === "bnode" ? "_:" + term.value : term.value;
    }
    if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
    else if (term.datatype) td.title = term.datatype;
    return td;
  }

  function showTable(data) {
    const head = document.createElement("tr");
    const vars = data.boolean !== undefined ? ["boolean"] : data.head.vars;
    for (const v of vars) {
      const th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    }
    table.tHead.appendChild(head);
    const body = table.tBodies[0];
    if (data.boolean !== undefined) {
      const tr = document.createElement("tr");
      tr.appendChild(cell({ type: "literal", value: String(data.boolean) }));
      body.appendChild(tr);
      return 1;
    }
    for (const b of data.results.bindings) {
      const tr = document.createElement("tr");
      for (const v of vars) tr.appendChild(cell(b[v]));
      body.appendChild(tr);
    }
    return data.results.bindings.length;
  }

  async function execute(event) {
    if (event) event.preventDefault();
    clear();
    run.disabled = true;
    status.textContent = "running…";
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, text/turtle;q=0.9",
        },
        body: new URLSearchParams({ query: query.value }),
      });
      const ms = Math.round(performance.now() - started);
      const text = await response.text();
      if (!response.ok) {
        errorBox.textContent = response.status + " " + response.statusText + ": " + text;
        errorBox.hidden = false;
        status.textContent = "";
        return;
      }
      const truncated = response.headers.get("X-KG-Truncated") === "true";
      let count;
      if ((response.headers.get("Content-Type") || "").startsWith("text/turtle")) {
        graphBox.textContent = text;
        graphBox.hidden = false;
        count = Number(response.headers.get("X-KG-Rows") || 0);
        status.textContent = count + " triples in " + ms + " ms";
      } else {
        count = showTable(JSON.parse(text));
        status.textContent = count + " row" + (count === 1 ? "" : "s") + " in " + ms + " ms";
      }
      if (truncated) status.textContent += " — cut at the endpoint's row limit";
    } catch (err) {
      errorBox.textContent = "the endpoint could not be reached: " + err;
      errorBox.hidden = false;
      status.textContent = "";
    } finally {
      run.disabled = false;
    }
  }

  async function loadExamples() {
    const select = $("examples"), about = $("about");
    try {
      const response = await fetch("/api/queries");
      if (!response.ok) return;
      const queries = await response.json();
      for (const q of queries) {
        const option = document.createElement("option");
        option.value = q.name;
        option.textContent = q.name;
        select.appendChild(option);
      }
      select.addEventListener("change", () => {
        const q = queries.find((x) => x.name === select.value);
        if (!q) { about.textContent = ""; return; }
        query.value = q.text;
        about.textContent = q.description + (Object.keys(q.params).length
          ? " (parameters: bind them in a VALUES clause, e.g. " + q.example + ")" : "");
      });
    } catch (err) {
      /* the examples are a convenience */
    }
  }

  form.addEventListener("submit", execute);
  query.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) execute(e);
  });
  loadExamples();
})();
