#!/usr/bin/env node
/**
 * Prints what the pane costs the user: the size of the JavaScript each page loads (raw and gzip) and the
 * first contentful paint of preview.html in Chromium (median of several cold loads).
 *   npm run pane-size              (builds first)
 *   node scripts/pane-size.js --runs 9 --json
 * Needs a build in dist/ (PANE_DIST overrides) and Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides).
 * Exits 1 if the page breaks its Content-Security-Policy or sends a request outside localhost.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { startServer } = require("./serve-preview");

const DIST = path.resolve(process.env.PANE_DIST || path.join(__dirname, "..", "dist"));
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const PAGES = { taskpane: "taskpane.html", preview: "preview.html" };

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
}

/** The bundle files a page loads, in order; office.js is Microsoft's and is measured apart. */
function pageScripts(page) {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((match) => match[1])
    .filter((src) => !src.startsWith("assets/office-js/"));
}

function sizeOf(files) {
  const bytes = Buffer.concat(files.map((file) => fs.readFileSync(path.join(DIST, file))));
  // Level 6 is what web servers use by default; the number is what travels, not the best case.
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 6 }).length };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function measurePaint(runs) {
  // Required here, not at the top: the size report works without a browser.
  const { chromium } = require("playwright-core");
  const server = await startServer({ root: DIST, port: 0 });
  const origin = `http://localhost:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const paints = [];
  const violations = [];
  const outside = new Set();
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: a cold cache, as when the pane first opens.
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on("request", (request) => {
        const { protocol, hostname } = new URL(request.url());
        if (
          (protocol === "http:" || protocol === "https:") &&
          hostname !== "localhost" &&
          hostname !== "127.0.0.1"
        )
          outside.add(request.url());
      });
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (event) =>
          window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`)
        );
      });
      await page.goto(`${origin}/${PAGES.preview}`, { waitUntil: "load" });
      const fcp = await page.waitForFunction(
        () =>
          performance
            .getEntriesByType("paint")
            .find((entry) => entry.name === "first-contentful-paint")?.startTime,
        undefined,
        { timeout: 15000 }
      );
      paints.push(await fcp.jsonValue());
      violations.push(...(await page.evaluate(() => window.__cspViolations)));
      await context.close();
    }
    return {
      paints,
      violations: [...new Set(violations)],
      outside: [...outside],
      version: browser.version(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main() {
  for (const page of Object.values(PAGES)) {
    if (!fs.existsSync(path.join(DIST, page))) {
      console.error(
        `dist/${page} is missing: run \`npm run build\` first (\`npm run pane-size\` builds).`
      );
      process.exit(1);
    }
  }
  const runs = Number(option("--runs", 5));
  const bundles = Object.fromEntries(
    Object.entries(PAGES).map(([name, page]) => {
      const files = pageScripts(page);
      return [name, { files, ...sizeOf(files) }];
    })
  );
  const officeJs = sizeOf(["assets/office-js/office.js"]);
  const paint = await measurePaint(runs);
  const result = {
    bundles,
    officeJs,
    firstContentfulPaint: {
      page: PAGES.preview,
      runs: paint.paints.map(Math.round),
      medianMs: Math.round(median(paint.paints)),
      chromium: paint.version,
    },
    cspViolations: paint.violations,
    requestsOutsideLocalhost: paint.outside,
  };

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log("JavaScript each page loads (dist/, gzip level 6):");
    for (const [name, bundle] of Object.entries(bundles)) {
      console.log(
        `  ${name.padEnd(9)} ${kib(bundle.raw).padStart(12)} raw  ${kib(bundle.gzip).padStart(11)} gzip   ${bundle.files.join(", ")}`
      );
    }
    console.log(
      `  office.js ${kib(officeJs.raw).padStart(12)} raw  ${kib(officeJs.gzip).padStart(11)} gzip   (task pane only; it then loads Excel's own file)`
    );
    console.log(
      `First contentful paint of ${PAGES.preview} in Chromium ${paint.version}: ${result.firstContentfulPaint.medianMs} ms ` +
        `(median of ${runs} cold loads: ${result.firstContentfulPaint.runs.join(", ")} ms)`
    );
    console.log(
      `CSP violations: ${paint.violations.length ? paint.violations.join("; ") : "none"}`
    );
    console.log(
      `Requests outside localhost: ${paint.outside.length ? paint.outside.join(", ") : "none"}`
    );
  }
  // A blocked style or script means the page does not look or work as measured.
  if (paint.violations.length || paint.outside.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
