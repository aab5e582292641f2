// The least any exceljs-based command line can do with a file: start node, load exceljs,
// read the file, load it. scripts/bench.ts times this process end to end as the fair
// baseline for `committee-check validate` (which also pays node's start and its requires).
// Plain JavaScript on purpose: a TypeScript loader would add start-up time the CLI does not pay.
"use strict";
const fs = require("node:fs");

async function main() {
  const start = performance.now();
  const ExcelJS = require("exceljs");
  const required = performance.now();
  const bytes = fs.readFileSync(process.argv[2]);
  const read = performance.now();
  await new ExcelJS.Workbook().xlsx.load(bytes);
  const loaded = performance.now();
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      startupMs: start,
      requireMs: required - start,
      readFileMs: read - required,
      loadMs: loaded - read,
      // Everything this process has used, start-up included, as the command line's figure is.
      cpuMs: (cpu.user + cpu.system) / 1000,
    })
  );
}

main().catch((error) => {
  console.error(error && error.message);
  process.exit(1);
});
