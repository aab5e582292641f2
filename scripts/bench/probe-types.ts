/** What scripts/bench.ts asks its probe process to measure, and what comes back. */
import type { BaselineRun } from "./baselines";
import type { Timing } from "./timing";

export interface ProbePlan {
  readonly file: string;
  readonly loadWarmUps: number;
  readonly loadRuns: number;
  readonly readerRuns: number;
  readonly engineWarmUps: number;
  readonly engineRuns: number;
  readonly tableschemaWarmUps: number;
  /** 0 skips tableschema (too slow at this size). */
  readonly tableschemaRuns: number;
}

export interface ReportSummary {
  readonly ready: boolean;
  readonly counts: { readonly error: number; readonly warning: number; readonly shortfall: number };
  readonly findings: number;
  readonly findingCodes: Record<string, number>;
  readonly indicators: number;
  readonly goalsSource: string;
  readonly firstFindings: string[];
}

export interface ProbeResult {
  readonly rows: { readonly units: number; readonly data: number };
  readonly exceljsLoad: Timing;
  readonly readerLoad: Timing;
  /**
   * Every sheet part inflated by Node's zlib (as our reader inflates in the command line) plus one byte scan
   * counting `<c `: the floor for any reader.
   */
  readonly scanBaseline: Timing & {
    readonly parts: number;
    readonly bytes: number;
    readonly cells: number;
  };
  /** The browser's path, for reference: our reader and the same scan, both inflating with fflate. */
  readonly fflate: { readonly reader: Timing; readonly scan: Timing };
  /** Peak resident set during one `readWorkbook`, and the resident set just before it. */
  readonly readerMemory: { readonly rssBeforeMb: number; readonly peakRssMb: number };
  readonly engine: Timing;
  readonly report: ReportSummary;
  readonly json: { readonly ms: number; readonly bytes: number };
  readonly memory: {
    readonly method: string;
    readonly gcForced: boolean;
    readonly snapshotHeapMb: number;
    readonly rssBeforeEngineMb: number;
    readonly peakRssDuringEngineMb: number;
    readonly heapGrowthDuringEngineMb: number;
    readonly reportHeapMb: number;
  };
  readonly unitsOnly: {
    readonly engine: Timing;
    readonly report: ReportSummary;
    readonly checksRows: boolean;
  };
  readonly tableschema?: Timing & BaselineRun;
  readonly ajv: Timing & BaselineRun;
  readonly baselineFaults: { readonly tableschema: number; readonly ajv: number };
}
