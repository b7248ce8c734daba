// Drive kg's HTML viewer in headless Chromium (playwright-core, Debian's chromium):
//   node viewer_check.mjs VIEWER.html OUT.json [NODE_ID] [SCREENSHOT.png]
// Opens the file, waits for the viewer, clicks a node with the mouse (NODE_ID, or the
// node with the most mentions), and writes what a person would see to OUT.json.
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [file, out, wanted, shot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.KG_CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const result = { dialogs: [], errors: [], requests: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("dialog", async (d) => { result.dialogs.push(d.message()); await d.dismiss(); });
  page.on("pageerror", (e) => result.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") result.errors.push(m.text()); });
  page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) result.requests.push(r.url()); });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => window.kgViewer && window.kgViewer.ready, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  result.nodes = await page.evaluate(() => window.kgViewer.cy.nodes().map((n) => ({ id: n.id(), label: n.data("label") })));
  result.edges = await page.evaluate(() => window.kgViewer.cy.edges().length);
  const target = wanted || await page.evaluate(() => {
    const nodes = window.kgViewer.data.nodes.slice().sort((a, b) => (b.mentions || 0) - (a.mentions || 0));
    return nodes[0].id;
  });
  // a real mouse click at the node's place on the canvas
  const pos = await page.evaluate((id) => {
    const cy = window.kgViewer.cy;
    const node = cy.getElementById(id);
    cy.zoom(1.5); cy.center(node);
    const p = node.renderedPosition();
    const box = document.getElementById("cy").getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, target);
  await page.waitForTimeout(200);
  await page.mouse.click(pos.x, pos.y);
  await page.waitForTimeout(300);
  result.clicked = target;
  result.panel = await page.evaluate(() => document.getElementById("details").innerText);
  result.marks = await page.evaluate(() => Array.from(document.querySelectorAll("#details mark")).map((m) => m.textContent));
  result.links = await page.evaluate(() => Array.from(document.querySelectorAll("#details a")).map((a) => a.getAttribute("href")));
  result.images = await page.evaluate(() => document.querySelectorAll("img").length);
  // search narrows the list to matching names
  await page.fill("#search", (result.nodes.find((n) => n.id === target) || {}).label || "");
  result.matches = await page.evaluate(() => Array.from(document.querySelectorAll("#matches li")).map((li) => li.textContent));
  await page.fill("#search", "");
  // unticking a type hides its nodes
  result.typeBoxes = await page.evaluate(() => Array.from(document.querySelectorAll("#types input")).map((i) => i.value));
  await page.click("#types input");
  result.shownAfterTypeFilter = await page.evaluate(() => window.kgViewer.cy.nodes().filter((n) => n.style("display") !== "none").length);
  await page.click("#types input");
  if (shot) {
    await page.evaluate(() => { window.kgViewer.cy.fit(undefined, 30); });
    await page.evaluate((id) => { const v = window.kgViewer; v.cy.elements().unselect(); v.cy.getElementById(id).select(); v.showNode(id); v.cy.fit(undefined, 30); }, target);
    await page.waitForTimeout(400);
    await page.screenshot({ path: shot });
  }
  result.imagesAtEnd = await page.evaluate(() => document.querySelectorAll("img").length);
} finally {
  await browser.close();
}
writeFileSync(out, JSON.stringify(result, null, 1));
