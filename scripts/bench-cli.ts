/**
 * `tsx scripts/bench-cli.ts --baseline <old lib/cli/main.js>`: the command line end to end, this build
 * (lib/, from `npm run build:cli`) against an earlier build (a copy of its lib/ kept aside, e.g.
 * `git worktree add /tmp/old <commit> && (cd /tmp/old && npm run build:cli)`, or `cp -r lib /tmp/lib-old`
 * with a `node_modules` link beside it), side by side in one run.
 *
 * For each size and format, a fresh node per run, the two builds taken in turns (the first pair is a
 * warm-up): wall time from spawn to exit, CPU time (user + system) and peak RSS of the child, stdout to a
 * file as `> report.json` would. Medians, and the ratio this build ÷ baseline. Also says whether the two
 * builds wrote the same bytes. Prints figures; asserts nothing.
 *
 * Options: `--sizes 1000,100000` (units per workbook), `--formats json,text`, `--runs 5`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CLI, runCli } from "./bench/cli-run";
import { markdownTable, mb, ms, ratio } from "./bench/format";
import { median } from "./bench/timing";
import { writeCommitteeWorkbook } from "./bench/write-workbook";
import { option } from "./bench/args";

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
}

function runOnce(cli: string, file: string, format: string, stdoutFile: string, dir: string): Run {
  const run = runCli(file, dir, stdoutFile, { cli, format });
  if (run.exitCode !== 0 && run.exitCode !== 1) {
    throw new Error(`${cli} exited ${run.exitCode}: ${run.stderr}`);
  }
  if (!run.resources) throw new Error(`${cli} left no resource figures`);
  const { userCpuMs, systemCpuMs, peakRssMb } = run.resources;
  return { wallMs: run.wallMs, cpuMs: userCpuMs + systemCpuMs, peakRssMb };
}

async function main(): Promise<void> {
  const baseline = option("--baseline", "");
  if (!baseline || !fs.existsSync(baseline)) {
    throw new Error("--baseline <path of an earlier build's lib/cli/main.js> is required");
  }
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const sizes = option("--sizes", "1000,100000").split(",").map(Number);
  const formats = option("--formats", "json,text").split(",");
  const runs = Number(option("--runs", "5"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "committee-bench-cli-"));
  const builds = [
    { name: "baseline", cli: path.resolve(baseline) },
    { name: "this build", cli: CLI },
  ] as const;
  console.log(`# Command line, this build against ${baseline}\n`);
  console.log(
    `Node ${process.version}; ${os.availableParallelism()} cores; load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}\n`
  );
  try {
    for (const units of sizes) {
      const file = path.join(dir, `units-${units}.xlsx`);
      await writeCommitteeWorkbook(file, units);
      for (const format of formats) {
        const results: Run[][] = [[], []];
        const outputs = [0, 1].map((b) => path.join(dir, `stdout-${b}`));
        for (let round = 0; round <= runs; round++) {
          // Taken in turns, the order swapped every round, so that neither build always runs second.
          const order = round % 2 === 0 ? [0, 1] : [1, 0];
          for (const b of order) {
            const run = runOnce(builds[b].cli, file, format, outputs[b], dir);
            if (round > 0) results[b].push(run);
          }
        }
        const same = fs.readFileSync(outputs[0]).equals(fs.readFileSync(outputs[1]));
        const row = (label: string, pick: (run: Run) => number, show: (n: number) => string) => {
          const [before, after] = results.map((list) => median(list.map(pick)));
          return [label, show(before), show(after), ratio(after / before)];
        };
        console.log(
          `## ${units.toLocaleString("en")} units, --format ${format} (median of ${runs}; stdout ${
            same ? "identical" : "DIFFERENT"
          }, ${fs.statSync(outputs[1]).size.toLocaleString("en")} bytes)\n`
        );
        console.log(
          markdownTable(
            ["Measure", "Baseline", "This build", "This build ÷ baseline"],
            [
              row("Wall time", (run) => run.wallMs, ms),
              row("CPU time (user + system)", (run) => run.cpuMs, ms),
              row("Peak RSS", (run) => run.peakRssMb, mb),
            ]
          )
        );
        console.log("");
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
