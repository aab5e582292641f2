/**
 * What a host can do in the Excel it runs in, as the pane shows it: each feature on or off, and why, in both
 * languages (the host words it; the pane only picks the language). The browser preview has every feature.
 */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

export type HostFeatureId =
  | "read"
  | "report-sheet"
  | "highlights"
  | "links"
  | "stale"
  | "settings"
  | "ribbon"
  | "chart"
  | "print"
  | "dropdowns"
  | "form-tools";

export interface HostFeature {
  readonly id: HostFeatureId;
  readonly on: boolean;
  /** On, but done another way than on the newest Excel (e.g. links as HYPERLINK formulas). */
  readonly fallback?: boolean;
  /** The feature in the user's words. */
  readonly label: BilingualText;
  /** Why it is off, or how it works here (e.g. links as HYPERLINK formulas). */
  readonly detail: BilingualText;
  /** The requirement set it needs, e.g. `ExcelApi 1.6`. */
  readonly needs: string;
}

export interface HostFeatures {
  /** E.g. `ExcelApi 1.4`: the highest ExcelApi set this Excel reports. */
  readonly apiLevel: string;
  readonly features: ReadonlyArray<HostFeature>;
}

/** One line of the self-check table. */
export interface SelfCheckRow {
  readonly label: BilingualText;
  readonly ok: boolean | null;
  readonly detail: BilingualText;
}

export interface SelfCheckResult {
  readonly version: string;
  readonly platform: string;
  readonly sets: ReadonlyArray<{ readonly name: string; readonly supported: boolean }>;
  readonly checks: ReadonlyArray<SelfCheckRow>;
}
