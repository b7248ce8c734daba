// What a person sees when kg's HTML viewer opens, before touching anything (headless Chromium):
//   node viewer_firstview.mjs VIEWER.html OUT.json [SCREENSHOT.png] [WIDTHxHEIGHT]
// Writes: how many nodes are shown and hidden as small fragments, which labels are drawn and at
// what size on screen, whether any two drawn labels overlap, the legend's entries, load time.
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [file, out, shot, size] = process.argv.slice(2);
const [width, height] = (size || "1400x900").split("x").map(Number);
const browser = await chromium.launch({
  executablePath: process.env.KG_CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const result = { errors: [] };
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on("pageerror", (e) => result.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") result.errors.push(m.text()); });
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: "commit", timeout: 170000 });
  await page.waitForFunction(() => window.kgViewer && window.kgViewer.ready, null, { timeout: 170000 });
  result.seconds = (Date.now() - t0) / 1000;
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => window.kgViewer.labelsFinal, null, { timeout: 170000 });  // placed in the final font
  await page.waitForTimeout(300);
  Object.assign(result, await page.evaluate(() => {
    const v = window.kgViewer, cy = v.cy;
    const shown = cy.nodes().filter((n) => n.style("display") !== "none");
    const labelled = cy.nodes(".labelled");
    const boxes = labelled.map((n) => {
      const bb = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const z = cy.zoom(), pan = cy.pan();
      return { id: n.id(), label: n.data("label"), x1: bb.x1 * z + pan.x, x2: bb.x2 * z + pan.x, y1: bb.y1 * z + pan.y, y2: bb.y2 * z + pan.y,
               fontPx: parseFloat(n.style("font-size")) * z };
    });
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
    }
    const ranked = v.data.nodes.slice().sort((a, b) => ((b.metrics || {}).pagerank || 0) - ((a.metrics || {}).pagerank || 0));
    return {
      nodes: v.data.nodes.length,
      shown: shown.length,
      fragmentsHidden: Object.keys(v.fragment).length,
      labels: boxes.map((b) => ({ label: b.label, fontPx: Math.round(b.fontPx * 10) / 10 })),
      labelOverlaps: overlaps,
      top10: ranked.slice(0, 10).map((n) => n.id),
      labelledIds: boxes.map((b) => b.id),
      legend: Array.from(document.querySelectorAll("#types label")).map((l) => ({
        text: l.textContent.trim(), color: getComputedStyle(l.querySelector(".swatch")).backgroundColor })),
      counts: document.getElementById("counts").textContent,
    };
  }));
  if (shot) await page.screenshot({ path: shot });
} finally {
  await browser.close();
}
writeFileSync(out, JSON.stringify(result, null, 1));
