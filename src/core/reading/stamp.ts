/**
 * The stamp: proof that a workbook's form data was checked and has not changed since.
 *
 * The core defines the canonical form data (the recognised sheets' data cells, by field, as the engine read
 * them) and the stamp sheet's layout; each host brings its own SHA-256 (Web Crypto in the pane and the preview,
 * node:crypto in the command line) over the UTF-8 of `formDataText`, so the hash is the same whichever face read the workbook.
 *
 * Stamp sheet `CommitteeCheck.Stamp` (very hidden), every cell text: A1 a title, then one row per item,
 * A the item's key, B its value. Items: `time` (ISO 8601), `version`, `hash` (lower-case hex SHA-256 of
 * `formDataText`), `counts` and `indicators` (JSON).
 */
import { INVALID, classifyCell, type FieldValue } from "./cell-reader";
import { FindingList } from "../findings/findings";
import { SHEET_IDS } from "../form/form";
import { readFormSheets } from "./form-sheets";
import { toText } from "../helpers/normalise";
import type { IndicatorResult, Report, StampState } from "../model/report";
import type { WorkbookSnapshot } from "../model/snapshot";
import { cellOf, rowsOf } from "../model/sheet-grid";

/** 20 characters, a legal Excel sheet name that no form sheet name resembles. */
export const STAMP_SHEET_NAME = "CommitteeCheck.Stamp";
export const STAMP_TITLE = "Committee Check — stamp, v1. Managed by the add-in; do not edit.";
/** The first line of the canonical text: a later change of the canonical form changes every hash, visibly. */
const FORM_DATA_VERSION = "committee-check form data v1";

export interface Stamp {
  readonly time: string;
  readonly version: string;
  /** Lower-case hex SHA-256 of the canonical form data. */
  readonly hash: string;
  readonly counts: Report["counts"];
  readonly indicators: ReadonlyArray<Pick<IndicatorResult, "id" | "scope" | "value" | "status">>;
}

/** Excel compares sheet names without case; so does this. */
export function isStampSheetName(name: unknown): boolean {
  return toText(name).trim().toLowerCase() === STAMP_SHEET_NAME.toLowerCase();
}

/** Tabs, newlines and backslashes escaped, so that a value can never forge a field or row boundary. */
function escaped(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\\\t\n\r]/g, (c) =>
      c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"
    );
}

/** A value as the engine read it; a cell the engine could not read counts by what it holds (`!` + its text). */
function canonicalValue(value: FieldValue | undefined, rawCell: unknown): string {
  if (value === null || value === undefined) return "";
  if (value === INVALID) {
    const cell = classifyCell(rawCell);
    return `!${cell.kind}:${escaped(cell.kind === "empty" ? "" : String(cell.value))}`;
  }
  if (typeof value === "number") return `n:${Object.is(value, -0) ? 0 : value}`;
  return `t:${escaped(value)}`;
}

/**
 * The canonical form data: the recognised form sheets in the spec's order, each data row and totals row as
 * `field=value` pairs in the form's field order. Layout (which row, which column, titles, formats, other
 * sheets, the stamp sheet itself) does not count; what the engine reads does.
 */
export function formDataText(snapshot: WorkbookSnapshot): string {
  // One culture for every face and every --locale, so that the same cells give the same hash; a number typed
  // as text that another culture reads otherwise still changes the hash when its text changes.
  // Findings are the validation's business; this read keeps them to itself.
  const { reads } = readFormSheets(snapshot, {
    findings: new FindingList("en"),
    locale: "vi-VN",
    lang: "en",
  });
  const lines: string[] = [FORM_DATA_VERSION];
  for (const id of SHEET_IDS) {
    const read = reads[id];
    if (!read) continue;
    lines.push(`#${id}`);
    const rows = rowsOf(read.snapshot);
    const rowText = (
      sheetRow: number,
      valueOf: (field: number) => FieldValue | undefined
    ): string => {
      const parts: string[] = [];
      read.def.fields.forEach((field, f) => {
        const col = read.cols[f];
        if (col < 0) return;
        parts.push(`${field.id}=${canonicalValue(valueOf(f), cellOf(rows, sheetRow, col))}`);
      });
      return parts.join("\t");
    };
    read.rowNumbers.forEach((sheetRow, i) =>
      lines.push(rowText(sheetRow, (f) => read.values[f].at(i)))
    );
    for (const total of read.totals)
      lines.push(`total\t${rowText(total.row, (f) => total.values[f])}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The stamp's rows as they are written into the stamp sheet (every cell text). */
export function stampRows(stamp: Stamp): string[][] {
  return [
    [STAMP_TITLE],
    ["time", stamp.time],
    ["version", stamp.version],
    ["hash", stamp.hash],
    ["counts", JSON.stringify(stamp.counts)],
    ["indicators", JSON.stringify(stamp.indicators)],
  ];
}

/** A stamp made now from a report and the hash of its workbook's form data. */
export function makeStamp(report: Report, hash: string, version: string, now: Date): Stamp {
  return {
    time: now.toISOString(),
    version,
    hash: hash.toLowerCase(),
    counts: report.counts,
    indicators: report.indicators
      .filter((i) => i.scope === "committee")
      .map(({ id, scope, value, status }) => ({ id, scope, value, status })),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The stamp the workbook carries, or null: no stamp sheet, or one without a well-formed hash. */
export function readStamp(snapshot: WorkbookSnapshot | null | undefined): Stamp | null {
  const sheets = Array.isArray(snapshot?.sheets) ? snapshot.sheets : [];
  const sheet = sheets.find((s) => s && typeof s === "object" && isStampSheetName(s.name));
  if (!sheet || !Array.isArray(sheet.rows)) return null;
  const items = new Map<string, string>();
  for (const row of sheet.rows) {
    if (!Array.isArray(row)) continue;
    const key = classifyCell(row[0]);
    const value = classifyCell(row[1]);
    if (key.kind === "text" && (value.kind === "text" || value.kind === "number"))
      items.set(key.value.trim(), String(value.value));
  }
  const hash = (items.get("hash") ?? "").trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hash)) return null;
  const counts = parseJson(items.get("counts") ?? "") as Report["counts"] | undefined;
  const indicators = parseJson(items.get("indicators") ?? "");
  return {
    time: items.get("time") ?? "",
    version: items.get("version") ?? "",
    hash,
    counts: counts && typeof counts === "object" ? counts : { error: 0, warning: 0, shortfall: 0 },
    indicators: Array.isArray(indicators) ? indicators : [],
  };
}

/** Stamp state from the stamp the workbook carries and the hash of the data it holds now. */
export function stampState(stamp: Stamp | null, dataHash: string): StampState {
  if (!stamp) return "none";
  return dataHash.toLowerCase() === stamp.hash ? "unchanged" : "changed";
}

/** The snapshot with its stamp sheet replaced by `rows` (added last when it had none): what a host that writes it shows next. */
export function withStamp(
  snapshot: WorkbookSnapshot,
  rows: ReadonlyArray<ReadonlyArray<string>>
): WorkbookSnapshot {
  const sheet = {
    name: STAMP_SHEET_NAME,
    rows: rows.map((row) => row.map((value) => ({ kind: "text" as const, value }))),
  };
  const sheets = Array.isArray(snapshot?.sheets) ? snapshot.sheets : [];
  const at = sheets.findIndex((candidate) => candidate && isStampSheetName(candidate.name));
  return {
    ...snapshot,
    sheets:
      at >= 0 ? sheets.map((candidate, i) => (i === at ? sheet : candidate)) : [...sheets, sheet],
  };
}
