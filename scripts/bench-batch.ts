/**
 * `npm run bench:batch` (and the end of `npm run bench`): many workbooks in one run, as the level above
 * checks them. Copies the bundled sample N times into a temporary folder, then measures side by side in
 * this one run:
 *
 * - `validate <folder>` over 500 files against 500 separate `validate <file>` runs (the ratio);
 * - peak memory (max RSS of the child) of `validate <folder>` at 50, 500 and 2,000 files: it should stay
 *   flat as the count grows, since each file is checked and let go before the next.
 *
 * Prints figures; asserts nothing. Options: `--separate N` (separate runs to time, default 500; the ratio
 * is per file, so fewer runs give the same ratio with more noise), `--counts 50,500,2000`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { option } from "./bench/args";

const REPO = path.resolve(__dirname, "..");
const CLI = path.join(REPO, "lib", "cli", "main.js");
const SAMPLE = path.join(REPO, "assets", "samples", "tam-duong-2023.xlsx");

/** A preload that reports the child's peak resident memory on exit, so no external `time` is needed. */
function writeRssProbe(dir: string): string {
  const probe = path.join(dir, "rss-probe.js");
  fs.writeFileSync(
    probe,
    "process.on('exit', () => { process.stderr.write('\\nMAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'); });\n"
  );
  return probe;
}

function folderOf(root: string, count: number): string {
  const folder = path.join(root, `files-${count}`);
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++)
    fs.copyFileSync(SAMPLE, path.join(folder, `commune-${String(i).padStart(4, "0")}.xlsx`));
  return folder;
}

function run(
  args: string[],
  probe?: string
): { ms: number; maxRssKb: number | null; status: number | null } {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [...(probe ? ["--require", probe] : []), CLI, ...args],
    { encoding: "utf8", maxBuffer: 1 << 30 }
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const match = /MAXRSS_KB=(\d+)/.exec(result.stderr ?? "");
  return { ms, maxRssKb: match ? Number(match[1]) : null, status: result.status };
}

function main(): void {
  if (!fs.existsSync(CLI)) throw new Error("Build the command line first: npm run build:cli");
  const separate = Number(option("--separate", "500"));
  const counts = option("--counts", "50,500,2000").split(",").map(Number);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "committee-check-batch-"));
  try {
    const probe = writeRssProbe(root);
    const batchCount = 500;
    const folder = folderOf(root, batchCount);
    const files = fs.readdirSync(folder).map((name) => path.join(folder, name));

    const one = run(["validate", folder, "--format", "json"]);
    let separateMs = 0;
    for (let i = 0; i < separate; i++)
      separateMs += run(["validate", files[i % files.length], "--format", "json"]).ms;
    const perFileSeparate = separateMs / separate;
    const perFileBatch = one.ms / batchCount;
    console.log(
      `Batch of ${batchCount} sample workbooks in one run: ${(one.ms / 1000).toFixed(1)} s (${perFileBatch.toFixed(1)} ms a file, exit ${one.status})`
    );
    console.log(
      `${separate} separate runs: ${(separateMs / 1000).toFixed(1)} s (${perFileSeparate.toFixed(1)} ms a file)`
    );
    console.log(
      `One run is ${(perFileSeparate / perFileBatch).toFixed(1)}× faster per file than separate runs.`
    );
    console.log("");
    console.log("| files | time | per file | peak memory (max RSS) |");
    console.log("| ---: | ---: | ---: | ---: |");
    for (const count of counts) {
      const dir = count === batchCount ? folder : folderOf(root, count);
      const result = run(["validate", dir, "--format", "json"], probe);
      const rss = result.maxRssKb === null ? "?" : `${(result.maxRssKb / 1024).toFixed(0)} MB`;
      console.log(
        `| ${count} | ${(result.ms / 1000).toFixed(1)} s | ${(result.ms / count).toFixed(1)} ms | ${rss} |`
      );
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main();
