/**
 * `npm run bench`: how fast Committee Check is on big workbooks, and against what.
 *
 * Generates valid committee workbooks of 1,000, 10,000 and 100,000 units into a
 * temporary folder, then for each: the engine on the snapshot (time, rows per
 * second, peak memory), exceljs's own load, our reader, the command line end to
 * end, and the engine against tableschema (and ajv, for reference) on the units
 * rows. Prints figures and whether the aims are met; asserts nothing.
 *
 * Options (after `npm run bench --`): `--sizes 1000,10000` · `--profile` (CPU
 * profile of the command line on the largest size) · `--keep` (keep the files).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  CLI,
  REPO,
  checkCli,
  timeCliAndColdLoad,
  type CliCheck,
  type CliTimings,
  type ColdLoad,
} from "./bench/cli-run";
import { count, markdownTable, mb, ms, perSecond, ratio, runsList } from "./bench/format";
import type { ProbePlan, ProbeResult } from "./bench/probe-types";
import { summariseProfile } from "./bench/profile-summary";
import type { Timing } from "./bench/timing";
import { writeCommitteeWorkbook, type WrittenWorkbook } from "./bench/write-workbook";

const AIM_ENGINE_MS_AT_100K = 300;
const AIM_END_TO_END_OVER_LOAD = 0.3;
const AIM_READER_OVER_SCAN = 2;
const AIM_PEAK_RSS_MB = 300;
const AIM_TIMES_FASTER_THAN_TABLESCHEMA = 10;
/** tableschema is skipped at a size where it would need more than this (the brief's "reasonable time"). */
const TABLESCHEMA_BUDGET_MS = 180_000;

interface SizePlan {
  readonly units: number;
  readonly probe: Omit<ProbePlan, "file" | "tableschemaRuns" | "tableschemaWarmUps">;
  readonly tableschemaWarmUps: number;
  readonly tableschemaRuns: number;
  /** Runs of the command line, each followed by one run of exceljs alone in a fresh node. */
  readonly cliRuns: number;
}

const PLANS: readonly SizePlan[] = [
  {
    units: 1_000,
    probe: { loadWarmUps: 2, loadRuns: 7, readerRuns: 5, engineWarmUps: 3, engineRuns: 15 },
    tableschemaWarmUps: 2,
    tableschemaRuns: 7,
    cliRuns: 5,
  },
  {
    units: 10_000,
    probe: { loadWarmUps: 1, loadRuns: 5, readerRuns: 3, engineWarmUps: 3, engineRuns: 11 },
    tableschemaWarmUps: 1,
    tableschemaRuns: 5,
    cliRuns: 5,
  },
  {
    units: 100_000,
    // The aims are judged at this size: five of each of the timings they compare (three left a ratio at the line
    // to one slow run of either side).
    probe: { loadWarmUps: 0, loadRuns: 5, readerRuns: 5, engineWarmUps: 2, engineRuns: 7 },
    tableschemaWarmUps: 1,
    tableschemaRuns: 3,
    cliRuns: 5,
  },
];

interface SizeResult {
  readonly units: number;
  readonly fileBytes: number;
  readonly written: WrittenWorkbook;
  readonly generateMs: number;
  /** 1-minute load average when this size started: on a shared 2-core machine, other work skews timings. */
  readonly loadAverage: number;
  readonly probe?: ProbeResult;
  readonly probeError?: string;
  readonly tableschemaNote?: string;
  readonly cliCheck: CliCheck;
  readonly cli?: CliTimings["cli"];
  readonly coldLoad?: ColdLoad;
  readonly coldLoadError?: string;
}

function options(argv: readonly string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes =
    value("--sizes")
      ?.split(",")
      .map((s) => Number(s.replace(/[_,]/g, ""))) ?? PLANS.map((p) => p.units);
  return { sizes, keep: argv.includes("--keep"), profile: argv.includes("--profile") };
}

function planFor(units: number): SizePlan {
  return PLANS.find((p) => p.units === units) ?? { ...PLANS[PLANS.length - 1], units };
}

function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(
        fs.readFileSync(path.join(REPO, "node_modules", name, "package.json"), "utf8")
      ) as { version: string }
    ).version;
  } catch {
    return "?";
  }
}

function machine(): string {
  const cpus = os.cpus();
  return [
    `Node ${process.version} on ${os.type()} ${os.release()} (${process.arch})`,
    `CPU: ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores (os.availableParallelism: ${os.availableParallelism()})`,
    `Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GB; load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
    `exceljs ${packageVersion("exceljs")}, tableschema ${packageVersion("tableschema")}, ajv ${packageVersion("ajv")}`,
  ].join("\n");
}

function missingPieces(): string[] {
  const needed = [
    CLI,
    path.join(REPO, "src/core/index.ts"),
    path.join(REPO, "src/xlsx/read-workbook.ts"),
  ];
  return needed.filter((file) => !fs.existsSync(file)).map((file) => path.relative(REPO, file));
}

function runProbe(plan: ProbePlan, workDir: string): ProbeResult {
  const planFile = path.join(workDir, "probe-plan.json");
  const resultFile = path.join(workDir, "probe-result.json");
  fs.writeFileSync(planFile, JSON.stringify(plan));
  fs.rmSync(resultFile, { force: true });
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--import",
      "tsx",
      path.join(__dirname, "bench", "probe.ts"),
      planFile,
      resultFile,
    ],
    {
      cwd: REPO,
      stdio: ["ignore", "inherit", "pipe"],
      timeout: 10 * 60_000,
      maxBuffer: 16 * 2 ** 20,
    }
  );
  if (child.status !== 0 || !fs.existsSync(resultFile)) {
    const why =
      child.error?.message ??
      child.stderr.toString("utf8").trim().split("\n").slice(0, 12).join("\n");
    throw new Error(`probe process failed (exit ${child.status}): ${why}`);
  }
  return JSON.parse(fs.readFileSync(resultFile, "utf8")) as ProbeResult;
}

/** tableschema's runs at this size, from its time at the previous size (it scales about linearly). */
function tableschemaRunsFor(
  plan: SizePlan,
  previous: SizeResult | undefined
): { warmUps: number; runs: number; note?: string } {
  const before = previous?.probe?.tableschema;
  if (!before || !previous) return { warmUps: plan.tableschemaWarmUps, runs: plan.tableschemaRuns };
  const estimateMs = before.medianMs * (plan.units / previous.units);
  const total = estimateMs * (plan.tableschemaWarmUps + plan.tableschemaRuns + 1);
  if (estimateMs > TABLESCHEMA_BUDGET_MS) {
    return {
      warmUps: 0,
      runs: 0,
      note: `skipped: one read() would take about ${ms(estimateMs)} (> ${ms(TABLESCHEMA_BUDGET_MS)}), judged from ${count(previous.units)} rows`,
    };
  }
  if (total > TABLESCHEMA_BUDGET_MS)
    return { warmUps: 0, runs: 1, note: "one run only, no warm-up (slow at this size)" };
  return { warmUps: plan.tableschemaWarmUps, runs: plan.tableschemaRuns };
}

async function measureSize(
  plan: SizePlan,
  workDir: string,
  previous: SizeResult | undefined
): Promise<SizeResult> {
  const file = path.join(workDir, `committee-${plan.units}.xlsx`);
  process.stderr.write(`\n[${count(plan.units)} units] writing the workbook…\n`);
  const start = performance.now();
  const written = await writeCommitteeWorkbook(file, plan.units);
  const generateMs = performance.now() - start;
  const loadAverage = os.loadavg()[0];

  const tableschemaPlan = tableschemaRunsFor(plan, previous);
  process.stderr.write(
    `[${count(plan.units)} units] in-process: exceljs load, reader, engine, tableschema, ajv…\n`
  );
  let probe: ProbeResult | undefined;
  let probeError: string | undefined;
  try {
    probe = runProbe(
      {
        file,
        ...plan.probe,
        tableschemaWarmUps: tableschemaPlan.warmUps,
        tableschemaRuns: tableschemaPlan.runs,
      },
      workDir
    );
  } catch (error) {
    probeError = error instanceof Error ? error.message : String(error);
  }

  process.stderr.write(`[${count(plan.units)} units] command line end to end…\n`);
  const cliCheck = checkCli(file, workDir);
  const timed =
    cliCheck.exitCode === 0 || cliCheck.exitCode === 1
      ? timeCliAndColdLoad(file, workDir, plan.cliRuns)
      : undefined;
  const { cli, coldLoad, coldLoadError } = timed ?? {};
  return {
    units: plan.units,
    fileBytes: fs.statSync(file).size,
    written,
    generateMs,
    loadAverage,
    probe,
    probeError,
    tableschemaNote: tableschemaPlan.note,
    cliCheck,
    cli,
    coldLoad,
    coldLoadError,
  };
}

/** Wall-time ratio, with the same ratio on CPU time in brackets where both sides have it. */
function ratios(numerator: Timing | undefined, denominator: Timing | undefined): string {
  if (!numerator || !denominator) return "—";
  const wall = ratio(numerator.medianMs / denominator.medianMs);
  const cpu =
    numerator.cpuMedianMs !== undefined && denominator.cpuMedianMs !== undefined
      ? ` (CPU ${ratio(numerator.cpuMedianMs / denominator.cpuMedianMs)})`
      : "";
  return wall + cpu;
}

function cpuNote(t: Timing): string {
  return t.cpuMedianMs === undefined ? "" : `; CPU median ${ms(t.cpuMedianMs)}`;
}

function reportLine(summary: {
  ready: boolean;
  counts: { error: number; warning: number; shortfall: number };
  findings: number;
  indicators: number;
  goalsSource: string;
}): string {
  const { error, warning, shortfall } = summary.counts;
  return `ready ${summary.ready}, ${error} errors / ${warning} warnings / ${shortfall} shortfalls, ${count(summary.findings)} findings, ${count(summary.indicators)} indicators, goals ${summary.goalsSource}`;
}

function sizeTable(result: SizeResult): string {
  const { probe, cliCheck, cli, coldLoad } = result;
  const rows: string[][] = [];
  const add = (what: string, value: string, note = "") => rows.push([what, value, note]);
  add(
    "Workbook",
    `${count(result.units)} units, ${count(result.written.admissions)} admissions, ${count(result.written.villageHeads)} village-head rows`,
    `${(result.fileBytes / 2 ** 20).toFixed(2)} MB .xlsx, written in ${ms(result.generateMs)}; load average ${result.loadAverage.toFixed(2)} on ${os.cpus().length} cores when measured`
  );
  if (probe) {
    const m = probe.memory;
    add(
      "Engine, whole workbook (snapshot built once, outside the timing)",
      ms(probe.engine.medianMs),
      `median of ${probe.engine.runsMs.length} after warm-up, GC forced between runs: ${runsList(probe.engine.runsMs)}${cpuNote(probe.engine)}`
    );
    add(
      "Engine rows per second",
      `${perSecond(probe.rows.units, probe.engine.medianMs)} units`,
      `${perSecond(probe.rows.data, probe.engine.medianMs)} data rows over all sheets (${count(probe.rows.data)})`
    );
    add(
      "Engine peak memory",
      `${mb(m.peakRssDuringEngineMb)} peak RSS (+${mb(m.peakRssDuringEngineMb - m.rssBeforeEngineMb)} over the ${mb(m.rssBeforeEngineMb)} before the run)`,
      `${m.method}; heap: snapshot ${mb(m.snapshotHeapMb)}, +${mb(m.heapGrowthDuringEngineMb)} at the end of a run before GC, report retains ${mb(m.reportHeapMb)}`
    );
    add(
      "Engine report",
      reportLine(probe.report),
      probe.report.firstFindings.length ? `first: ${probe.report.firstFindings.join(" · ")}` : ""
    );
    add(
      "exceljs load alone, in process (`new Workbook().xlsx.load(buffer)`)",
      ms(probe.exceljsLoad.medianMs),
      `median of ${probe.exceljsLoad.runsMs.length}: ${runsList(probe.exceljsLoad.runsMs)}${cpuNote(probe.exceljsLoad)}`
    );
    add(
      "Our reader alone, as the command line reads (`readWorkbook(bytes, { native: nodeInflate })`: Node's zlib + byte XML reader → snapshot)",
      ms(probe.readerLoad.medianMs),
      `median of ${probe.readerLoad.runsMs.length}: ${runsList(probe.readerLoad.runsMs)}${cpuNote(probe.readerLoad)}; peak RSS ${mb(probe.readerMemory.peakRssMb)} (+${mb(probe.readerMemory.peakRssMb - probe.readerMemory.rssBeforeMb)} over the ${mb(probe.readerMemory.rssBeforeMb)} before the read)`
    );
    add(
      "Plain inflate-and-scan baseline (Node's zlib `inflateRawSync` of every sheet part + a byte scan for `<c `)",
      ms(probe.scanBaseline.medianMs),
      `median of ${probe.scanBaseline.runsMs.length}${cpuNote(probe.scanBaseline)}; ${probe.scanBaseline.parts} parts, ${(probe.scanBaseline.bytes / 2 ** 20).toFixed(1)} MB of XML, ${count(probe.scanBaseline.cells)} cells`
    );
    add(
      "Ratio our reader ÷ inflate-and-scan",
      ratios(probe.readerLoad, probe.scanBaseline),
      `aim ≤ ${AIM_READER_OVER_SCAN}×`
    );
    add(
      "The preview's path, for reference: our reader with fflate ÷ fflate `unzipSync` + the same scan",
      ratios(probe.fflate.reader, probe.fflate.scan),
      `reader ${ms(probe.fflate.reader.medianMs)}, baseline ${ms(probe.fflate.scan.medianMs)}; fflate is how the reader inflated until the command line handed it zlib`
    );
    add(
      "Ratio our reader ÷ exceljs load alone",
      ratios(probe.readerLoad, probe.exceljsLoad),
      "the reader replaced exceljs for reading"
    );
    add(
      "`JSON.stringify(report, null, 2)`",
      ms(probe.json.ms),
      `${(probe.json.bytes / 2 ** 20).toFixed(2)} MB of JSON`
    );
  } else {
    add("In-process measurements", "FAILED", result.probeError ?? "");
  }
  if (cli) {
    add(
      "Command line end to end (`node lib/cli/main.js validate file --format json`, stdout to a file)",
      ms(cli.medianMs),
      `median of ${cli.runsMs.length}: ${runsList(cli.runsMs)}${cpuNote(cli)}; peak RSS ${mb(cli.peakRssMb)}`
    );
  }
  add(
    "Command line output",
    cliCheck.report
      ? reportLine({
          ...cliCheck.report,
          findings: cliCheck.report.findings.length,
          indicators: cliCheck.report.indicators.length,
        })
      : "NO JSON REPORT",
    `exit ${cliCheck.exitCode}, ${(cliCheck.stdoutBytes / 2 ** 20).toFixed(2)} MB on stdout${cliCheck.stderr.trim() ? `, stderr: ${cliCheck.stderr.trim().split("\n")[0]}` : ""}`
  );
  if (coldLoad) {
    add(
      "exceljs alone in a fresh node (start + require + read + load)",
      ms(coldLoad.medianMs),
      `median of ${coldLoad.runsMs.length}${cpuNote(coldLoad)}; inside: start ${ms(coldLoad.split.startupMs)}, require ${ms(coldLoad.split.requireMs)}, read ${ms(coldLoad.split.readFileMs)}, load ${ms(coldLoad.split.loadMs)}`
    );
  } else if (result.coldLoadError) {
    add("exceljs alone in a fresh node", "FAILED", result.coldLoadError);
  }
  if (cli && probe)
    add(
      "Ratio end to end ÷ exceljs load alone (in process)",
      ratios(cli, probe.exceljsLoad),
      `aim ≤ ${AIM_END_TO_END_OVER_LOAD}×`
    );
  if (cli && coldLoad)
    add(
      "Ratio end to end ÷ exceljs alone in a fresh node",
      ratios(cli, coldLoad),
      "both pay node start-up and requires; runs taken in turns"
    );
  if (probe) {
    const ours = probe.unitsOnly.engine.medianMs;
    add(
      "Engine on the units sheet alone (same rows as below)",
      ms(ours),
      `median of ${probe.unitsOnly.engine.runsMs.length}${cpuNote(probe.unitsOnly.engine)}; ${reportLine(probe.unitsOnly.report)}; rows checked without the other sheets: ${probe.unitsOnly.checksRows ? "yes" : "NO"}`
    );
    if (probe.tableschema) {
      add(
        "tableschema `table.read({cast, forceCast})`, same rows and constraints",
        ms(probe.tableschema.medianMs),
        `median of ${probe.tableschema.runsMs.length}: ${runsList(probe.tableschema.runsMs)}${cpuNote(probe.tableschema)}; ${count(probe.tableschema.validRows)} valid, ${probe.tableschema.faultyRows} faulty rows${result.tableschemaNote ? `; ${result.tableschemaNote}` : ""}`
      );
      add(
        "Ratio tableschema ÷ our engine",
        ratios(probe.tableschema, probe.unitsOnly.engine),
        `aim ≥ ${AIM_TIMES_FASTER_THAN_TABLESCHEMA}×`
      );
    } else {
      add("tableschema", "not measured", result.tableschemaNote ?? "");
    }
    add(
      "ajv (compiled row schema + a Set per unique field), for reference",
      ms(probe.ajv.medianMs),
      `median of ${probe.ajv.runsMs.length}; ${count(probe.ajv.validRows)} valid, ${probe.ajv.faultyRows} faulty; ratio ajv ÷ our engine ${ratio(probe.ajv.medianMs / ours)}`
    );
    add(
      "Baselines catch faults (6 rows, 5 broken)",
      `tableschema ${probe.baselineFaults.tableschema}, ajv ${probe.baselineFaults.ajv}`,
      "proves their constraints are switched on"
    );
  }
  return markdownTable(["Measure", "Value", "Notes"], rows);
}

function summaryTable(results: readonly SizeResult[]): string {
  return markdownTable(
    [
      "Units",
      "Engine",
      "Units/s",
      "Engine peak RSS",
      "exceljs load",
      "Reader",
      "Reader ÷ inflate-and-scan",
      "CLI end to end",
      "E2E ÷ load",
      "CLI peak RSS",
      "tableschema",
      "tableschema ÷ engine",
    ],
    results.map((r) => {
      const p = r.probe;
      return [
        count(r.units),
        ms(p?.engine.medianMs),
        p ? perSecond(p.rows.units, p.engine.medianMs) : "—",
        p
          ? `${mb(p.memory.peakRssDuringEngineMb)} (+${mb(p.memory.peakRssDuringEngineMb - p.memory.rssBeforeEngineMb)})`
          : "—",
        ms(p?.exceljsLoad.medianMs),
        ms(p?.readerLoad.medianMs),
        ratios(p?.readerLoad, p?.scanBaseline),
        ms(r.cli?.medianMs),
        ratios(r.cli, p?.exceljsLoad),
        r.cli?.peakRssMb === undefined ? "—" : mb(r.cli.peakRssMb),
        p?.tableschema ? ms(p.tableschema.medianMs) : "skipped",
        ratios(p?.tableschema, p?.unitsOnly.engine),
      ];
    })
  );
}

function verdict(met: boolean | undefined): string {
  return met === undefined ? "NOT MEASURED" : met ? "met" : "MISSED";
}

function aims(results: readonly SizeResult[]): string[] {
  const largest = results[results.length - 1];
  const at100k = results.find((r) => r.units === 100_000);
  const engine = at100k?.probe?.engine;
  const engineMs = engine?.medianMs;
  const lines = [
    `- Engine under ${AIM_ENGINE_MS_AT_100K} ms for 100,000 units: ${verdict(engineMs === undefined ? undefined : engineMs < AIM_ENGINE_MS_AT_100K)} (${ms(engineMs)}${engine ? cpuNote(engine) : ""})`,
  ];
  if (largest?.cli && largest.probe) {
    const literal = largest.cli.medianMs / largest.probe.exceljsLoad.medianMs;
    const fair = largest.coldLoad ? largest.cli.medianMs / largest.coldLoad.medianMs : undefined;
    lines.push(
      `- End to end within ${AIM_END_TO_END_OVER_LOAD}× of exceljs load alone (${count(largest.units)} units): ${verdict(literal <= AIM_END_TO_END_OVER_LOAD)} (${ratios(largest.cli, largest.probe.exceljsLoad)} of the in-process load; ${ratios(largest.cli, largest.coldLoad)} of exceljs alone in a fresh node, ${verdict(fair === undefined ? undefined : fair <= AIM_END_TO_END_OVER_LOAD)} on that reading)`
    );
  } else {
    lines.push(
      `- End to end within ${AIM_END_TO_END_OVER_LOAD}× of exceljs load alone: NOT MEASURED`
    );
  }
  if (largest?.probe) {
    const p = largest.probe;
    const times = p.readerLoad.medianMs / p.scanBaseline.medianMs;
    lines.push(
      `- Reader within ${AIM_READER_OVER_SCAN}× of a plain inflate-and-scan (${count(largest.units)} units): ${verdict(times <= AIM_READER_OVER_SCAN)} (${ratios(p.readerLoad, p.scanBaseline)}; reader ${ms(p.readerLoad.medianMs)}, baseline ${ms(p.scanBaseline.medianMs)})`
    );
  }
  if (largest?.cli?.peakRssMb !== undefined) {
    lines.push(
      `- Command line peak memory under ${AIM_PEAK_RSS_MB} MB (${count(largest.units)} units): ${verdict(largest.cli.peakRssMb < AIM_PEAK_RSS_MB)} (${mb(largest.cli.peakRssMb)} peak RSS; reader alone ${largest.probe ? mb(largest.probe.readerMemory.peakRssMb) : "—"})`
    );
  }
  const withTableschema = [...results].reverse().find((r) => r.probe?.tableschema);
  if (withTableschema?.probe?.tableschema) {
    const times =
      withTableschema.probe.tableschema.medianMs / withTableschema.probe.unitsOnly.engine.medianMs;
    const all = results
      .filter((r) => r.probe?.tableschema)
      .map((r) => `${count(r.units)}: ${ratios(r.probe?.tableschema, r.probe?.unitsOnly.engine)}`);
    lines.push(
      `- At least ${AIM_TIMES_FASTER_THAN_TABLESCHEMA}× faster than tableschema (${count(withTableschema.units)} units): ${verdict(times >= AIM_TIMES_FASTER_THAN_TABLESCHEMA)} (by size ${all.join(", ")})`
    );
  } else {
    lines.push(
      `- At least ${AIM_TIMES_FASTER_THAN_TABLESCHEMA}× faster than tableschema: NOT MEASURED`
    );
  }
  return lines;
}

/** Where the command line's time goes, from the in-process parts (warm) and the fresh-node baseline. */
function timeSplit(result: SizeResult): string | undefined {
  const { probe, cli, coldLoad } = result;
  if (!probe || !cli) return undefined;
  const startup = coldLoad ? coldLoad.split.startupMs + coldLoad.split.readFileMs : undefined;
  const parts: Array<[string, number | undefined]> = [
    ["node start-up + read file (from the fresh exceljs-only node, without its require)", startup],
    ["our reader `readWorkbook` (in process, warm)", probe.readerLoad.medianMs],
    ["engine `validateWorkbook`", probe.engine.medianMs],
    ["`JSON.stringify(report, null, 2)`", probe.json.ms],
  ];
  const known = parts.reduce((sum, [, value]) => sum + (value ?? 0), 0);
  const rest = cli.medianMs - known;
  const rows = parts.map(([what, value]) => [
    what,
    ms(value),
    value === undefined ? "—" : `${((value / cli.medianMs) * 100).toFixed(0)} %`,
  ]);
  rows.push(
    rest >= 0
      ? [
          "the rest (our requires, writing stdout, cold JIT and GC in one fresh run)",
          ms(rest),
          `${((rest / cli.medianMs) * 100).toFixed(0)} %`,
        ]
      : [
          "the rest",
          "—",
          `the parts, measured apart, add up to ${ms(-rest)} more than the whole: timings are noisy (see the load average)`,
        ]
  );
  rows.push(["command line end to end (measured)", ms(cli.medianMs), "100 %"]);
  return markdownTable(["Part of the command line run", "Time", "Share"], rows);
}

function profileCli(file: string, workDir: string): string {
  const profileDir = path.join(workDir, "cpu-profile");
  fs.rmSync(profileDir, { recursive: true, force: true });
  const child = spawnSync(
    process.execPath,
    ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, CLI, "validate", file, "--format", "json"],
    {
      cwd: REPO,
      stdio: ["ignore", "ignore", "pipe"],
    }
  );
  const profile = fs.existsSync(profileDir)
    ? fs.readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"))
    : undefined;
  if (!profile)
    return `no CPU profile written (exit ${child.status}): ${child.stderr.toString().trim()}`;
  const summary = summariseProfile(path.join(profileDir, profile));
  const share = (s: { name: string; ms: number; share: number }) => [
    s.name,
    ms(s.ms),
    `${(s.share * 100).toFixed(1)} %`,
  ];
  return [
    `Sampled self time ${ms(summary.totalMs)} (profiling slows the run down).`,
    "",
    markdownTable(["Area (self time)", "Time", "Share"], summary.areas.map(share)),
    "",
    markdownTable(["Function (self time)", "Time", "Share"], summary.functions.map(share)),
  ].join("\n");
}

async function main(): Promise<void> {
  const { sizes, keep, profile } = options(process.argv.slice(2));
  const started = performance.now();
  console.log("# Committee Check benchmark\n");
  console.log(machine());

  const missing = missingPieces();
  if (missing.length > 0) {
    console.error(
      `\nCannot run: not there yet: ${missing.join(", ")} (the engine, the reader and the built command line are needed).`
    );
    process.exitCode = 1;
    return;
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "committee-bench-"));
  const results: SizeResult[] = [];
  try {
    for (const units of sizes) {
      const result = await measureSize(planFor(units), workDir, results[results.length - 1]);
      results.push(result);
      console.log(`\n## ${count(units)} units\n`);
      console.log(sizeTable(result));
    }

    const largest = results[results.length - 1];
    console.log("\n## Aims (information, not assertions)\n");
    console.log(aims(results).join("\n"));
    const split = largest ? timeSplit(largest) : undefined;
    if (split) {
      console.log(`\n## Where the command line's time goes (${count(largest.units)} units)\n`);
      console.log(split);
    }
    if (profile && largest) {
      console.log(
        `\n## CPU profile of the command line (${count(largest.units)} units, \`node --cpu-prof\`)\n`
      );
      console.log(profileCli(path.join(workDir, `committee-${largest.units}.xlsx`), workDir));
    }

    console.log("\n## Summary (paste into the README)\n");
    console.log(summaryTable(results));
    console.log(
      [
        "",
        `Engine and reader: the compiled build in lib/, as the command line runs them (not the sources through tsx). Engine: median after warm-up on a snapshot built once; peak RSS is the kernel's high-water mark (VmHWM) reset just before one engine run, with the increase over the RSS before it in brackets.`,
        `exceljs load: \`new ExcelJS.Workbook().xlsx.load(buffer)\` in process. CLI: \`node lib/cli/main.js validate <file> --format json\`, wall time, stdout to a file.`,
        `Reader: \`readWorkbook(bytes)\` in process, inflating with Node's zlib as the command line does; inflate-and-scan: zlib's \`inflateRawSync\` of every sheet part and one byte pass counting \`<c \`, measured in the same process (the same inflater on both sides; the preview's fflate path is in the per-size table). CLI peak RSS: the command line's maxRSS. tableschema ÷ engine: \`table.read()\` against our engine on the units sheet, same rows and constraints.`,
        `Ratios in brackets are the same ratio on CPU time (user + system, all threads), steadier than wall time when the machine is shared.`,
        `Machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}. Total bench time ${ms(performance.now() - started)}; load average at the end ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}.`,
      ].join("\n")
    );
  } finally {
    if (keep) console.log(`\nFiles kept in ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
