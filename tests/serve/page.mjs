// Drive the kg serve page in headless Chromium (Debian's /usr/bin/chromium, through
// playwright-core; no browser is downloaded). Usage: node page.mjs URL QUERIES_JSON
// For each query: type it, press Run, read the table back. Prints one JSON document.
import { chromium } from "playwright-core";

const [url, queriesJson] = process.argv.slice(2);
const queries = JSON.parse(queriesJson);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const out = { requests: [], errors: [], results: [] };
try {
  const page = await browser.newPage();
  page.on("request", (r) => out.requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error") out.errors.push(m.text()); });
  page.on("pageerror", (e) => out.errors.push(String(e)));
  await page.goto(url, { waitUntil: "networkidle" });
  out.examples = await page.$$eval("#examples option", (os) => os.map((o) => o.value).filter(Boolean));
  for (const q of queries) {
    await page.fill("#query", q);
    await page.evaluate(() => { document.querySelector("#status").textContent = ""; });
    await page.click("#run");
    await page.waitForFunction(() => {
      const s = document.querySelector("#status").textContent;
      return (s && s !== "running…") || !document.querySelector("#error").hidden;
    }, null, { timeout: 30000 });
    out.results.push(await page.evaluate(() => ({
      headers: [...document.querySelectorAll("#results thead th")].map((th) => th.textContent),
      rows: [...document.querySelectorAll("#results tbody tr")].map((tr) => [...tr.children].map((td) => td.textContent)),
      links: [...document.querySelectorAll("#results tbody a")].map((a) => a.getAttribute("href")),
      status: document.querySelector("#status").textContent,
      error: document.querySelector("#error").hidden ? null : document.querySelector("#error").textContent,
      injected: document.querySelectorAll("#results img, #results b, #results script").length,
    })));
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
