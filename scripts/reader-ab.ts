/**
 * The reader before and after a change, side by side in ONE process: the plain inflate-and-scan baseline (as in
 * scripts/bench/probe.ts), two read-workbook modules (the compiled build, as the bench measures: `npm run
 * build:cli`, then copy lib/ to /tmp/old/lib before the change, with node_modules linked at /tmp/old), taken in
 * turns, the one that goes first changing from round to round (the second of a pair ran ~10% slower, whichever it
 * was), GC forced before each run; medians of wall and CPU time as ratios to the baseline, the median of the
 * per-round ratios new ÷ old (steadier on a busy machine); and a check that both give the same snapshot.
 *
 *   node --expose-gc --import tsx scripts/reader-ab.ts /tmp/old/lib/xlsx/read-workbook.js \
 *     lib/xlsx/read-workbook.js book.xlsx [rounds] [--fflate]
 *
 * Each build reads with its own command line's inflater (Node's zlib, or fflate for a build without one) and the
 * baseline inflates with zlib; `--fflate` makes all three use fflate (the preview's path).
 *
 * Make the workbook with scripts/bench/write-workbook.ts (what `npm run bench` reads).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { WorkbookSnapshot } from "../src/core";
import { inflateAndScan } from "./bench/scan-baseline";
import { collectGarbage, median } from "./bench/timing";

type Reader = (bytes: Uint8Array) => Promise<WorkbookSnapshot>;
type ReadWorkbook = (
  bytes: Uint8Array,
  options?: { native?: unknown }
) => Promise<WorkbookSnapshot>;

/**
 * A build's reader as its command line runs it: with that build's Node zlib inflater when it has one
 * (lib/cli/native-inflate.js beside lib/xlsx), else as it was (fflate). `--fflate` reads both with fflate.
 */
async function readerOf(module: string): Promise<Reader> {
  const { readWorkbook } = (await import(resolve(module))) as { readWorkbook: ReadWorkbook };
  const inflater = resolve(dirname(resolve(module)), "..", "cli", "native-inflate.js");
  if (useFflate || !existsSync(inflater)) return (bytes) => readWorkbook(bytes);
  const { nodeInflate } = (await import(inflater)) as { nodeInflate: unknown };
  return (bytes) => readWorkbook(bytes, { native: nodeInflate });
}

const useFflate = process.argv.includes("--fflate");
const [oldModule, newModule, workbook, roundsArg] = process.argv
  .slice(2)
  .filter((arg) => arg !== "--fflate");
if (!oldModule || !newModule || !workbook) {
  process.stderr.write(
    "usage: reader-ab.ts <old read-workbook> <new read-workbook> <workbook.xlsx> [rounds]\n"
  );
  process.exit(2);
}
const rounds = Number(roundsArg ?? "") || 5;
const bytes = new Uint8Array(readFileSync(workbook));
const scan = (): number => inflateAndScan(bytes, useFflate ? "fflate" : "zlib").cells;

interface Times {
  wall: number[];
  cpu: number[];
}

async function timed(times: Times, run: () => unknown): Promise<void> {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  times.wall.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  times.cpu.push((used.user + used.system) / 1000);
}

void (async () => {
  const readOld = await readerOf(oldModule);
  const readWorkbook = await readerOf(newModule);
  const times: Record<"scan" | "old" | "new", Times> = {
    scan: { wall: [], cpu: [] },
    old: { wall: [], cpu: [] },
    new: { wall: [], cpu: [] },
  };
  // One warm-up of each, then the rounds in turns.
  scan();
  await readOld(bytes);
  await readWorkbook(bytes);
  for (let round = 0; round < rounds; round++) {
    await timed(times.scan, scan);
    const pair = [
      () => timed(times.old, () => readOld(bytes)),
      () => timed(times.new, () => readWorkbook(bytes)),
    ];
    if (round % 2 === 1) pair.reverse();
    for (const run of pair) await run();
  }
  const paired = times.new.cpu.map((cpu, i) => cpu / times.old.cpu[i]);
  const pairedWall = times.new.wall.map((wall, i) => wall / times.old.wall[i]);
  process.stdout.write(
    `new ÷ old, median of the rounds: wall ${median(pairedWall).toFixed(3)}  cpu ${median(paired).toFixed(3)}\n`
  );
  const base = { wall: median(times.scan.wall), cpu: median(times.scan.cpu) };
  for (const [name, t] of Object.entries(times)) {
    const wall = median(t.wall);
    const cpu = median(t.cpu);
    process.stdout.write(
      `${name.padEnd(5)} wall ${wall.toFixed(0)} ms (${(wall / base.wall).toFixed(2)}x)  cpu ${cpu.toFixed(0)} ms (${(cpu / base.cpu).toFixed(2)}x)\n`
    );
  }
  const same = JSON.stringify(await readOld(bytes)) === JSON.stringify(await readWorkbook(bytes));
  process.stdout.write(`same snapshot (JSON): ${same}\n`);
})();
