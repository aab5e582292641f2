/** The report: the one object every face (pane, report sheet, CLI, JSON) shows. Shape fixed by the spec. */
export type Severity = "error" | "warning" | "shortfall";
export type Lang = "vi" | "en";
export type Locale = "vi-VN" | "en-US";

export type FindingCode =
  | "missing-sheet"
  | "missing-column"
  | "duplicate-column"
  | "required-cell"
  | "not-a-number"
  | "number-as-text"
  | "not-whole"
  | "negative"
  | "out-of-range"
  | "formula-error"
  | "unknown-value"
  | "duplicate-key"
  | "similar-name"
  | "unknown-unit"
  | "wrong-unit-type"
  | "missing-unit"
  | "rate-mismatch"
  | "total-mismatch"
  | "not-reported"
  | "large-change"
  | "goal-shortfall"
  | "legacy-encoding"
  | "stamp-changed";

export type IndicatorId =
  | "admission-attainment"
  | "village-head-rate"
  | "village-head-rate-change"
  | "private-units-attainment"
  | "leader-target-attainment"
  | "leader-targets-met";

export type Operator = ">" | ">=" | "=" | "<=" | "<";

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The sheet's own name as in the workbook (or the spec's name in the chosen language for a missing sheet). */
  readonly sheet: string;
  /** A1 address; absent for a sheet-level finding. */
  readonly cell?: string;
  /** Field id from the spec, where the finding is about one field. */
  readonly field?: string;
  readonly message: string;
  readonly expected?: string | number;
  readonly actual?: string | number | boolean;
  /** For goal-shortfall: how many more items would meet the goal, where it applies. */
  readonly needed?: number;
}

export interface Goal {
  readonly operator: Operator;
  readonly value: number;
}

export interface IndicatorResult {
  readonly id: IndicatorId;
  /** `committee`, a unit's code, or for leader targets the A1 address of the row's target cell. */
  readonly scope: string;
  readonly numerator: number;
  readonly denominator: number;
  /** Rounded to two decimals; null when the denominator is 0. */
  readonly value: number | null;
  readonly goal: Goal | null;
  readonly status: "met" | "shortfall" | "no-goal" | "n/a";
  /** Smallest whole number of additional items that would meet the goal (0 when met); null where it does not apply. */
  readonly needed: number | null;
}

export interface Report {
  readonly workbook: string;
  readonly ready: boolean;
  readonly counts: { readonly error: number; readonly warning: number; readonly shortfall: number };
  readonly goalsSource: "workbook" | "default";
  readonly findings: ReadonlyArray<Finding>;
  readonly indicators: ReadonlyArray<IndicatorResult>;
}

export interface ValidateOptions {
  /** File name shown in the report. */
  readonly workbook: string;
  /** Language of messages; default `vi`. */
  readonly lang?: Lang;
  /** Culture for numbers stored as text; default `vi-VN`. */
  readonly locale?: Locale;
  /**
   * Lower-case hex SHA-256 of the workbook's canonical form data (`formDataBytes`), computed by the host.
   * Given, a workbook whose stamp holds another hash gets `stamp-changed`; absent, the stamp is not checked.
   */
  readonly formDataHash?: string;
}

/** Whether a workbook carries a stamp, and whether its data matches it. */
export type StampState = "none" | "unchanged" | "changed";
