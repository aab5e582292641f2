/** A unit as the units sheet gives it: what the other sheets' codes refer to. */
export type UnitType = "commune" | "village" | "agency" | "cell";

export interface Unit {
  /** As typed (NFC, trimmed). */
  readonly code: string;
  readonly key: string;
  readonly name: string;
  /** null when blank or not one of the types. */
  readonly type: UnitType | null;
  readonly row: number;
  /** 0-based column of the code on the units sheet (for the A1 address in a missing-unit message). */
  readonly codeCol: number;
  /** Position in UnitsFacts.units. */
  readonly index: number;
}
