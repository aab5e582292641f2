/** Small measuring tools shared by the benchmark's parent and its probe. */
import fs from "node:fs";

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Timing {
  /** Wall milliseconds of every timed run, in the order they ran (warm-up runs excluded). */
  readonly runsMs: number[];
  readonly medianMs: number;
  /**
   * Median CPU milliseconds (user + system, all threads of the process, so V8's GC helpers too).
   * Less swayed than wall time by other work on a shared machine.
   */
  readonly cpuMedianMs?: number;
}

export function timing(runsMs: number[], cpuMs?: number[]): Timing {
  return {
    runsMs,
    medianMs: median(runsMs),
    ...(cpuMs && cpuMs.length ? { cpuMedianMs: median(cpuMs) } : {}),
  };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Forces a full collection when node runs with --expose-gc, so one run's garbage is not billed to the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export function canCollectGarbage(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === "function";
}

export async function timeRuns(
  warmUps: number,
  runs: number,
  run: () => unknown | Promise<unknown>
): Promise<Timing> {
  for (let i = 0; i < warmUps; i++) {
    collectGarbage();
    await run();
  }
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await run();
    runsMs.push(performance.now() - start);
    cpuMs.push(cpuMsSince(cpuStart));
  }
  return timing(runsMs, cpuMs);
}

function statusKb(field: "VmRSS" | "VmHWM"): number | undefined {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
      fs.readFileSync("/proc/self/status", "utf8")
    );
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resets the kernel's resident-set high-water mark (Linux ≥ 4.0, `echo 5 > /proc/self/clear_refs`)
 * so that the peak read afterwards belongs to what ran after the reset alone.
 */
export function resetPeakRss(): boolean {
  try {
    fs.writeFileSync("/proc/self/clear_refs", "5");
    return statusKb("VmHWM") !== undefined;
  } catch {
    return false;
  }
}

export function currentRssMb(): number {
  const kb = statusKb("VmRSS");
  return kb === undefined ? process.memoryUsage().rss / 2 ** 20 : kb / 1024;
}

/** The process's peak resident set since start or since the last resetPeakRss(). */
export function peakRssMb(): number {
  const kb = statusKb("VmHWM");
  return kb === undefined ? process.resourceUsage().maxRSS / 1024 : kb / 1024;
}

export function heapUsedMb(): number {
  return process.memoryUsage().heapUsed / 2 ** 20;
}
