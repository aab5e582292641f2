#!/usr/bin/env node
/**
 * Serves the built dist/ folder on http://localhost:3000 so that anyone can open the preview
 * (the task pane over an .xlsx) in a browser without Excel. Node's http only, localhost only.
 *   npm run preview            (builds first)
 *   PORT=8080 node scripts/serve-preview.js
 * Browser tests call startServer({ root, port: 0 }) to get a free port.
 */
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

/** The file under root that a request path names, or null when the path would leave root or is malformed. */
function resolveRequestPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const relative = decoded.replace(/\\/g, "/").replace(/^\/+/, "");
  const file = path.resolve(root, relative === "" ? "preview.html" : relative);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return file === root || file.startsWith(rootWithSep) ? file : null;
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  response.end(body);
}

function handle(root, request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    send(response, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
    return;
  }
  const file = resolveRequestPath(root, request.url || "/");
  if (file === null) {
    send(response, 400, "Bad request\n");
    return;
  }
  fs.stat(file, (statError, stats) => {
    if (statError || !stats.isFile()) {
      send(response, 404, "Not found\n");
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
      "Content-Length": stats.size,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-cache",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    fs.createReadStream(file).pipe(response);
  });
}

/**
 * Starts the server and resolves once it listens (port 0 picks a free port: read server.address().port).
 * Binds 127.0.0.1 only: the preview is for the person at this computer.
 */
function startServer({
  root = path.join(__dirname, "..", "dist"),
  port = 3000,
  host = "127.0.0.1",
} = {}) {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((request, response) => handle(absoluteRoot, request, response));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

async function main() {
  const root = path.join(__dirname, "..", "dist");
  if (!fs.existsSync(path.join(root, "preview.html"))) {
    console.error(
      "dist/preview.html is missing: run `npm run build` first (or `npm run preview`, which builds)."
    );
    process.exit(1);
  }
  const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);
  try {
    const server = await startServer({ root, port });
    console.log(`Committee Check preview: http://localhost:${server.address().port}/preview.html`);
    console.log("Press Ctrl+C to stop.");
  } catch (error) {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is in use: set PORT to another port, e.g. PORT=3001 npm run preview`
        : error.message
    );
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { startServer, resolveRequestPath, CONTENT_TYPES };
