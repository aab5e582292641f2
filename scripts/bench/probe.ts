/**
 * Everything the benchmark measures inside one node process for one workbook:
 * exceljs's load alone, our reader alone against a plain inflate-and-scan of the
 * same sheets, the reader's peak memory, the engine (time and memory), and the
 * engine against tableschema and ajv on the units rows. A fresh process per
 * workbook keeps one size's memory out of the next size's figures.
 *
 * Run by scripts/bench.ts as:
 *   node --expose-gc --import tsx scripts/bench/probe.ts <plan.json> <result.json>
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { createRequire } from "node:module";
import type * as Core from "../../src/core";
import type { Report } from "../../src/core";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core";
import type * as ReadWorkbook from "../../src/xlsx/read-workbook";
import type * as NativeInflate from "../../src/cli/native-inflate";
import { baselinesCatchFaults, prepareAjv, prepareTableSchema, type UnitRow } from "./baselines";
import type { ProbePlan, ProbeResult, ReportSummary } from "./probe-types";
import { inflateAndScan } from "./scan-baseline";
import {
  canCollectGarbage,
  collectGarbage,
  currentRssMb,
  heapUsedMb,
  peakRssMb,
  resetPeakRss,
  timeRuns,
} from "./timing";
import { UNITS_SHEET } from "./write-workbook";

/**
 * The engine and the reader as they ship: the compiled build in lib/ (which `npm run bench` builds first), as
 * the command line runs them. Through tsx, every call into another module goes through its loader's wrapper,
 * which made the engine about 1.35× slower here than what users run; exceljs, tableschema and ajv are compiled
 * JavaScript too, so this compares like with like.
 */
const requireBuilt = createRequire(__filename);
const { validateWorkbook } = requireBuilt("../../lib/core/index.js") as typeof Core;
const { readWorkbook } = requireBuilt("../../lib/xlsx/read-workbook.js") as typeof ReadWorkbook;
/** The command line reads with Node's zlib; the preview (no Node) with fflate. */
const { nodeInflate } = requireBuilt("../../lib/cli/native-inflate.js") as typeof NativeInflate;
const asTheCommandLine = { native: nodeInflate };

/** Warm-up runs of the reader and of the scan baseline before they are timed. */
const READER_WARM_UPS = 3;

function summarise(report: Report): ReportSummary {
  const codes: Record<string, number> = {};
  for (const finding of report.findings) codes[finding.code] = (codes[finding.code] ?? 0) + 1;
  return {
    ready: report.ready,
    counts: { ...report.counts },
    findings: report.findings.length,
    findingCodes: codes,
    indicators: report.indicators.length,
    goalsSource: report.goalsSource,
    firstFindings: report.findings
      .slice(0, 3)
      .map((f) => `${f.code} ${f.sheet}!${f.cell ?? ""} ${f.message}`),
  };
}

function unitsSheetOf(snapshot: WorkbookSnapshot): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === UNITS_SHEET);
  if (!sheet) throw new Error(`the reader returned no sheet named ${UNITS_SHEET}`);
  return sheet;
}

/** The units rows as plain values, exactly as the snapshot holds them: below the title row and the header row. */
function unitRowsOf(sheet: SheetSnapshot): UnitRow[] {
  const rows: UnitRow[] = [];
  for (let r = 2; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    rows.push([0, 1, 2, 3].map((c) => row[c]?.value ?? null));
  }
  return rows;
}

type EngineOptions = Parameters<typeof validateWorkbook>[1];

/**
 * One engine run with the memory high-water mark reset just before it; the report
 * is summarised and serialised here so that it is garbage once this returns.
 */
function measureEngineOnce(workbook: WorkbookSnapshot, options: EngineOptions) {
  collectGarbage();
  const rssBeforeEngineMb = currentRssMb();
  const heapBeforeEngineMb = heapUsedMb();
  const peakResetWorked = resetPeakRss();
  const report: Report = validateWorkbook(workbook, options);
  const peakRssDuringEngineMb = peakRssMb();
  const heapAfterEngineMb = heapUsedMb();
  collectGarbage();
  const reportHeapMb = heapUsedMb() - heapBeforeEngineMb;

  // What the command line does next with the report, timed for the split of its end-to-end time.
  const jsonStart = performance.now();
  const json = JSON.stringify(report, null, 2);
  const jsonMs = performance.now() - jsonStart;
  return {
    summary: summarise(report),
    json: { ms: jsonMs, bytes: Buffer.byteLength(json, "utf8") },
    memory: {
      method: peakResetWorked
        ? "VmHWM (kernel peak RSS, reset via /proc/self/clear_refs just before the run)"
        : "maxRSS of the whole process (peak could not be reset; includes exceljs load)",
      gcForced: canCollectGarbage(),
      rssBeforeEngineMb,
      peakRssDuringEngineMb,
      heapGrowthDuringEngineMb: heapAfterEngineMb - heapBeforeEngineMb,
      reportHeapMb,
    },
  };
}

async function probe(plan: ProbePlan): Promise<ProbeResult> {
  const options = {
    workbook: plan.file.split("/").pop() ?? plan.file,
    lang: "vi" as const,
    locale: "vi-VN" as const,
  };
  const bytes = fs.readFileSync(plan.file);
  collectGarbage();
  const heapBeforeSnapshotMb = heapUsedMb();

  const exceljsLoad = await timeRuns(plan.loadWarmUps, plan.loadRuns, async () => {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  });

  let scanned = { parts: 0, bytes: 0, cells: 0 };
  // Three warm-ups each: the scan's loop runs several times faster once V8 has optimised the whole function
  // (after one run it may still be in its first, on-stack-replaced code), and a floor must be measured at its best.
  const scanBaseline = await timeRuns(READER_WARM_UPS, plan.readerRuns, () => {
    scanned = inflateAndScan(bytes, "zlib");
  });

  let snapshot: WorkbookSnapshot | undefined;
  const readerLoad = await timeRuns(READER_WARM_UPS, plan.readerRuns, async () => {
    snapshot = undefined;
    snapshot = await readWorkbook(bytes, asTheCommandLine);
  });
  // The browser's path, for reference: fflate in the reader and in the baseline.
  const fflateScan = await timeRuns(READER_WARM_UPS, plan.readerRuns, () =>
    inflateAndScan(bytes, "fflate")
  );
  const fflateReader = await timeRuns(READER_WARM_UPS, plan.readerRuns, async () => {
    snapshot = undefined;
    snapshot = await readWorkbook(bytes);
  });
  if (!snapshot) throw new Error("readWorkbook returned nothing");
  // The reader's own memory: peak resident set during one read, from a collected heap.
  snapshot = undefined;
  collectGarbage();
  const rssBeforeReaderMb = currentRssMb();
  resetPeakRss();
  snapshot = await readWorkbook(bytes, asTheCommandLine);
  const readerMemory = { rssBeforeMb: rssBeforeReaderMb, peakRssMb: peakRssMb() };
  const workbook: WorkbookSnapshot = snapshot;
  collectGarbage();
  const snapshotHeapMb = heapUsedMb() - heapBeforeSnapshotMb;

  // Engine: warm up, then one run measured for memory, then the timed runs.
  for (let i = 0; i < plan.engineWarmUps; i++) {
    collectGarbage();
    validateWorkbook(workbook, options);
  }
  const memory = measureEngineOnce(workbook, options);

  const engine = await timeRuns(0, plan.engineRuns, () => validateWorkbook(workbook, options));

  // Same rows, same per-row constraints: the engine sees a workbook holding only the units sheet.
  const units = unitsSheetOf(workbook);
  const unitsOnly: WorkbookSnapshot = { sheets: [units] };
  const unitsOnlySummary = summarise(validateWorkbook(unitsOnly, options));
  // A units-only workbook must still have its rows checked: one copied row must come back as duplicates.
  const duplicatedRows = units.rows.slice();
  duplicatedRows[3] = duplicatedRows[2];
  const withDuplicate = validateWorkbook(
    { sheets: [{ name: units.name, rows: duplicatedRows }] },
    options
  );
  const unitsOnlyChecksRows = withDuplicate.findings.some(
    (f: Report["findings"][number]) => f.code === "duplicate-key"
  );
  const unitsOnlyEngine = await timeRuns(plan.engineWarmUps, plan.engineRuns, () =>
    validateWorkbook(unitsOnly, options)
  );

  const unitRows = unitRowsOf(units);
  const baselineFaults = await baselinesCatchFaults();
  let tableschema: ProbeResult["tableschema"];
  if (plan.tableschemaRuns > 0) {
    const check = await prepareTableSchema(unitRows);
    const outcome = await check.read();
    const timed = await timeRuns(plan.tableschemaWarmUps, plan.tableschemaRuns, () => check.read());
    tableschema = { ...timed, ...outcome };
  }
  const ajvCheck = prepareAjv(unitRows);
  const ajvOutcome = ajvCheck.validate();
  const ajv = {
    ...(await timeRuns(plan.engineWarmUps, plan.engineRuns, () => ajvCheck.validate())),
    ...ajvOutcome,
  };

  return {
    rows: {
      units: unitRows.length,
      data: workbook.sheets.reduce((sum, sheet) => sum + Math.max(0, sheet.rows.length - 2), 0),
    },
    exceljsLoad,
    readerLoad,
    scanBaseline: { ...scanBaseline, ...scanned },
    fflate: { reader: fflateReader, scan: fflateScan },
    readerMemory,
    engine,
    report: memory.summary,
    json: memory.json,
    memory: { ...memory.memory, snapshotHeapMb },
    unitsOnly: {
      engine: unitsOnlyEngine,
      report: unitsOnlySummary,
      checksRows: unitsOnlyChecksRows,
    },
    tableschema,
    ajv,
    baselineFaults,
  };
}

async function main(): Promise<void> {
  const [planFile, resultFile] = process.argv.slice(2);
  const plan = JSON.parse(fs.readFileSync(planFile, "utf8")) as ProbePlan;
  const result = await probe(plan);
  fs.writeFileSync(resultFile, JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
