/**
 * Where the engine's time goes on a big workbook: writes a committee workbook of
 * `--units` units (once, kept in the temp folder), reads it once with our reader,
 * then times `validateWorkbook` alone on the units sheet by itself and on the
 * whole workbook (medians, GC forced between runs) and writes a V8 CPU profile of
 * each, summarised by function.
 *
 *   node --expose-gc --import tsx scripts/profile-engine.ts [--units 100000] [--runs 9] [--before <dir>]
 *
 * `--before <dir>`: a copy of an earlier src/core (say `git worktree add /tmp/main main`, then
 * `/tmp/main/src/core`): its validateWorkbook is timed in turns with this one in the same process, and the
 * two reports are compared byte for byte. Timings on a shared machine are noisy: read the ratios.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { validateWorkbook, type WorkbookSnapshot } from "../src/core";
import { readWorkbook } from "../src/xlsx/read-workbook";
import { summariseProfile } from "./bench/profile-summary";
import { collectGarbage, median } from "./bench/timing";
import { UNITS_SHEET, writeCommitteeWorkbook } from "./bench/write-workbook";
import { option } from "./bench/args";

type Validate = typeof validateWorkbook;

const OPTIONS = { workbook: "profile.xlsx", lang: "vi", locale: "vi-VN" } as const;

function timeOnce(validate: Validate, snapshot: WorkbookSnapshot): number {
  collectGarbage();
  const start = performance.now();
  validate(snapshot, OPTIONS);
  return performance.now() - start;
}

/** Medians of `runs` runs of each engine, taken in turns (which goes first alternates). */
function timeInTurns(engines: Record<string, Validate>, snapshot: WorkbookSnapshot, runs: number) {
  const names = Object.keys(engines);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) engines[name](snapshot, OPTIONS); // warm-up
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? names : [...names].reverse();
    for (const name of order) times[name].push(timeOnce(engines[name], snapshot));
  }
  return Object.fromEntries(names.map((name) => [name, median(times[name])]));
}

async function profile(snapshot: WorkbookSnapshot, runs: number, file: string): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  for (let run = 0; run < runs; run++) validateWorkbook(snapshot, OPTIONS);
  const { profile: cpuProfile } = await session.post("Profiler.stop");
  session.disconnect();
  fs.writeFileSync(file, JSON.stringify(cpuProfile));
  console.log(`  profile: ${file}`);
  for (const share of summariseProfile(file, 15).functions)
    console.log(`  ${(share.ms / runs).toFixed(1).padStart(7)} ms/run  ${share.name}`);
}

async function main(): Promise<void> {
  const units = Number(option("--units", "100000"));
  const runs = Number(option("--runs", "9"));
  const before = option("--before", "");
  const dir = path.join(os.tmpdir(), "committee-check-profile");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `workbook-${units}.xlsx`);
  if (!fs.existsSync(file)) await writeCommitteeWorkbook(file, units);
  const whole = await readWorkbook(fs.readFileSync(file));
  const unitsSheet = whole.sheets.find((sheet) => sheet.name === UNITS_SHEET);
  if (!unitsSheet) throw new Error(`no sheet named ${UNITS_SHEET}`);

  const engines: Record<string, Validate> = { now: validateWorkbook };
  if (before) {
    const earlier = (await import(path.resolve(before, "index.ts"))) as {
      validateWorkbook: Validate;
    };
    engines.before = earlier.validateWorkbook;
  }
  for (const [name, snapshot] of [
    ["units sheet alone", { sheets: [unitsSheet] }],
    ["whole workbook", whole],
  ] as const) {
    console.log(`${name} (${units.toLocaleString("en-US")} units):`);
    if (engines.before) {
      const same =
        JSON.stringify(engines.before(snapshot, OPTIONS)) ===
        JSON.stringify(validateWorkbook(snapshot, OPTIONS));
      console.log(`  reports byte-identical to --before: ${same}`);
    }
    const medians = timeInTurns(engines, snapshot, runs);
    for (const [engine, ms] of Object.entries(medians))
      console.log(`  ${engine}: median ${ms.toFixed(1)} ms of ${runs}`);
    if (engines.before)
      console.log(`  before ÷ now: ${(medians.before / medians.now).toFixed(2)}×`);
    await profile(
      snapshot,
      Math.max(3, Math.ceil(runs / 2)),
      path.join(dir, `${name.split(" ")[0]}.cpuprofile`)
    );
  }
}

void main();
