#!/usr/bin/env node
/**
 * Links the command line that tsc built in lib/ into one file, lib/cli/main.js (the package's bin), in place.
 * `npm run build:cli` runs it after tsc; tsc's output is linked as it is, so the code that runs is the code tsc
 * compiled.
 *
 * Why: a cold `committee-check validate` loaded some 280 small modules, each found, read, wrapped and compiled
 * on its own, and every call between them went through a module object. One file starts faster and runs its
 * first, still unoptimised passes over a big workbook faster: 0.95x the wall time and 0.92x the CPU time on the
 * 100,000-unit workbook (in turns with the unlinked build). The rest of lib/ stays as tsc wrote it (the bench
 * measures the engine and the reader from there).
 *
 * Left outside the file, loaded from node_modules only when needed: exceljs (writing templates, stamps and
 * roll-ups), @e965/xlsx (.xls and .ods) and cli-progress (a folder's progress bar). Each `// lib/…` line in the
 * file marks where a module starts, which the bench's profile summary reads.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

const ENTRY = path.join(__dirname, "..", "lib", "cli", "main.js");
/** Written at the top of the linked file: a second run over it (without tsc before) leaves it as it is. */
const LINKED = "// Linked by scripts/bundle-cli.js from tsc's output in lib/.";

if (fs.readFileSync(ENTRY, "utf8").includes(LINKED)) process.exit(0);

esbuild.buildSync({
  entryPoints: [ENTRY],
  outfile: ENTRY,
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "@e965/xlsx", "cli-progress"],
  banner: { js: LINKED },
  logLevel: "warning",
});
