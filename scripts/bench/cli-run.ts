/**
 * Runs the built command line and the exceljs-only process as a user would:
 * a fresh node each time, wall time from spawn to exit.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { timing, type Timing } from "./timing";

export const REPO = path.resolve(__dirname, "..", "..");
export const CLI = path.join(REPO, "lib", "cli", "main.js");
const RESOURCE_PRELOAD = path.join(__dirname, "resource-usage.cjs");
const COLD_LOAD = path.join(__dirname, "exceljs-cold-load.cjs");

interface Resources {
  readonly peakRssMb: number;
  readonly userCpuMs: number;
  readonly systemCpuMs: number;
}

interface CliRun {
  readonly exitCode: number | null;
  readonly stderr: string;
  readonly wallMs: number;
  readonly resources?: Resources;
}

export interface CliCheck extends CliRun {
  /** The JSON report, when stdout held one. */
  readonly report?: {
    ready: boolean;
    counts: { error: number; warning: number; shortfall: number };
    findings: unknown[];
    indicators: unknown[];
    goalsSource: string;
  };
  readonly stdoutBytes: number;
}

/** One run of a built command line (this build's by default) on `file`, stdout to `stdoutFile`. */
export function runCli(
  file: string,
  workDir: string,
  stdoutFile: string,
  { cli = CLI, format = "json" }: { readonly cli?: string; readonly format?: string } = {}
): CliRun {
  const resourceFile = path.join(workDir, "cli-resources.json");
  fs.rmSync(resourceFile, { force: true });
  const out = fs.openSync(stdoutFile, "w");
  try {
    const start = performance.now();
    // stdout goes straight to a file, as `> report.json` would: the parent never reads it while timing.
    const result = spawnSync(
      process.execPath,
      ["-r", RESOURCE_PRELOAD, cli, "validate", file, "--format", format],
      {
        cwd: REPO,
        stdio: ["ignore", out, "pipe"],
        env: { ...process.env, BENCH_RESOURCE_FILE: resourceFile },
        maxBuffer: 64 * 2 ** 20,
      }
    );
    const wallMs = performance.now() - start;
    const resources = fs.existsSync(resourceFile)
      ? (JSON.parse(fs.readFileSync(resourceFile, "utf8")) as Resources)
      : undefined;
    return { exitCode: result.status, stderr: result.stderr.toString("utf8"), wallMs, resources };
  } finally {
    fs.closeSync(out);
  }
}

/** One run outside the timed ones (it warms the disk cache): its exit code, stderr and parsed report. */
export function checkCli(file: string, workDir: string): CliCheck {
  const stdoutFile = path.join(workDir, "cli-report.json");
  const run = runCli(file, workDir, stdoutFile);
  const stdout = fs.readFileSync(stdoutFile, "utf8");
  fs.rmSync(stdoutFile, { force: true });
  let report: CliCheck["report"];
  try {
    report = JSON.parse(stdout) as CliCheck["report"];
  } catch {
    report = undefined;
  }
  return { ...run, report, stdoutBytes: Buffer.byteLength(stdout) };
}

export interface ColdLoad extends Timing {
  /** Inside the process, median of the runs: node's own start, `require('exceljs')`, reading the file, `xlsx.load`. */
  readonly split: { startupMs: number; requireMs: number; readFileMs: number; loadMs: number };
}

interface ColdLoadRun {
  readonly wallMs: number;
  readonly split: ColdLoad["split"] & { cpuMs: number };
}

function runColdExceljsLoad(file: string): ColdLoadRun {
  const start = performance.now();
  const result = spawnSync(process.execPath, [COLD_LOAD, file], { cwd: REPO, maxBuffer: 2 ** 20 });
  const wallMs = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`exceljs alone could not load ${file}: ${result.stderr.toString()}`);
  return { wallMs, split: JSON.parse(result.stdout.toString("utf8")) as ColdLoadRun["split"] };
}

export interface CliTimings {
  readonly cli: Timing & { readonly peakRssMb?: number };
  readonly coldLoad?: ColdLoad;
  readonly coldLoadError?: string;
}

/**
 * Times the command line and the exceljs-only process in turns (CLI, exceljs, CLI, …), so
 * that whatever else the machine is doing weighs on both sides of their ratio alike.
 */
export function timeCliAndColdLoad(file: string, workDir: string, runs: number): CliTimings {
  const stdoutFile = path.join(workDir, "cli-report.json");
  const cliMs: number[] = [];
  const cliCpuMs: number[] = [];
  let peakRssMb: number | undefined;
  const cold: ColdLoadRun[] = [];
  let coldLoadError: string | undefined;
  for (let i = 0; i < runs; i++) {
    const run = runCli(file, workDir, stdoutFile);
    cliMs.push(run.wallMs);
    if (run.resources) {
      cliCpuMs.push(run.resources.userCpuMs + run.resources.systemCpuMs);
      peakRssMb = Math.max(peakRssMb ?? 0, run.resources.peakRssMb);
    }
    if (coldLoadError) continue;
    try {
      cold.push(runColdExceljsLoad(file));
    } catch (error) {
      coldLoadError = error instanceof Error ? error.message : String(error);
    }
  }
  fs.rmSync(stdoutFile, { force: true });
  const middle = (key: keyof ColdLoadRun["split"]) =>
    timing(cold.map((c) => c.split[key])).medianMs;
  const coldLoad = coldLoadError
    ? undefined
    : {
        ...timing(
          cold.map((c) => c.wallMs),
          cold.map((c) => c.split.cpuMs)
        ),
        split: {
          startupMs: middle("startupMs"),
          requireMs: middle("requireMs"),
          readFileMs: middle("readFileMs"),
          loadMs: middle("loadMs"),
        },
      };
  return { cli: { ...timing(cliMs, cliCpuMs), peakRssMb }, coldLoad, coldLoadError };
}
