/**
 * The older and other formats: .xls (Excel 97–2003, an OLE compound file) and
 * .ods (OpenDocument, a zip with an ODF `mimetype`), read with SheetJS
 * (`@e965/xlsx`, a pinned republish of SheetJS 0.20.3: the `xlsx` package on the
 * npm registry is frozen at the vulnerable 0.18.5). Gives the same snapshot as
 * the .xlsx reader: values, number formats, merges, formula results and errors,
 * fonts where the file has them. Bounded: a file too large, or a zip that would
 * inflate too far, is refused before it is parsed.
 */
import * as XLSX from "@e965/xlsx";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../core";
import { UnreadableWorkbookError } from "./unreadable";
import { declaredInflatedSize } from "./zip-entries";

/** No committee workbook is near these; beyond them the file is refused (`too-large`). */
export const LEGACY_LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 32 * 1024 * 1024,
  /** Bytes a zip (.ods) may inflate to, all entries together. */
  inflatedBytes: 256 * 1024 * 1024,
  /** Rows read per sheet. */
  rows: 1_100_000,
  /** Cells in the whole workbook. */
  cells: 12_000_000,
};

const ERROR_CODES: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

function errorText(cell: XLSX.CellObject): string {
  if (typeof cell.w === "string" && cell.w.startsWith("#")) return cell.w;
  return typeof cell.v === "number" ? (ERROR_CODES[cell.v] ?? "#VALUE!") : "#VALUE!";
}

/** A font name SheetJS kept for the cell (when the file and the build give one). */
function fontOf(cell: XLSX.CellObject): string | undefined {
  const style = (cell as { s?: { font?: { name?: unknown }; name?: unknown } }).s;
  const name = style?.font?.name ?? style?.name;
  return typeof name === "string" && name !== "" ? name : undefined;
}

function toCell(cell: XLSX.CellObject | undefined): CellSnapshot | null {
  if (!cell) return null;
  const formula = cell.f !== undefined && cell.f !== "" ? true : undefined;
  const format = typeof cell.z === "string" && cell.z !== "General" ? cell.z : undefined;
  const extras = {
    ...(format !== undefined ? { numberFormat: format } : {}),
    ...(formula ? { formula } : {}),
  };
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number"
        ? { value: cell.v, kind: "number", ...extras }
        : formula
          ? { value: null, kind: "empty", ...extras }
          : null;
    case "d":
      return cell.v instanceof Date
        ? { value: cell.v.getTime() / 86_400_000 + 25_569, kind: "number", ...extras }
        : null;
    case "s": {
      const text = typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
      if (text === "") return formula ? { value: null, kind: "empty", ...extras } : null;
      const font = fontOf(cell);
      return { value: text, kind: "text", ...extras, ...(font !== undefined ? { font } : {}) };
    }
    case "b":
      return { value: cell.v === true, kind: "boolean", ...extras };
    case "e":
      return { value: errorText(cell), kind: "error", ...extras };
    default:
      return formula ? { value: null, kind: "empty", ...extras } : null;
  }
}

function readSheet(
  name: string,
  worksheet: XLSX.WorkSheet,
  budget: { cells: number }
): SheetSnapshot {
  const data =
    (worksheet as { "!data"?: Array<Array<XLSX.CellObject | undefined> | undefined> })["!data"] ??
    [];
  const rows: Array<Array<CellSnapshot | null> | null> = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (!source) {
      rows[r] = null;
      continue;
    }
    budget.cells -= source.length;
    if (budget.cells < 0) throw new UnreadableWorkbookError("too-large");
    const cells: Array<CellSnapshot | null> = new Array(source.length);
    for (let c = 0; c < source.length; c++) cells[c] = toCell(source[c]);
    rows[r] = cells;
  }
  const merges = (worksheet["!merges"] ?? []).map((range) => ({
    top: range.s.r,
    left: range.s.c,
    bottom: range.e.r,
    right: range.e.c,
  }));
  return { name, rows, merges };
}

function isPasswordError(cause: unknown): boolean {
  const message = cause instanceof Error ? cause.message : String(cause);
  return /password|encrypt/i.test(message);
}

/** Reads .xls or .ods bytes into the engine's snapshot. Throws UnreadableWorkbookError when it cannot. */
export function readLegacyWorkbook(bytes: Uint8Array, kind: "xls" | "ods"): WorkbookSnapshot {
  if (bytes.length > LEGACY_LIMITS.fileBytes) throw new UnreadableWorkbookError("too-large");
  if (kind === "ods") {
    const inflated = declaredInflatedSize(bytes);
    if (inflated !== null && inflated > LEGACY_LIMITS.inflatedBytes)
      throw new UnreadableWorkbookError("too-large");
  }
  let workbook: XLSX.WorkBook;
  // SheetJS reports some formats it only approximates on the console; the user has nothing to do about them.
  const consoleError = console.error;
  try {
    console.error = () => undefined;
    workbook = XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellStyles: true,
      cellDates: false,
      cellHTML: false,
      sheetRows: LEGACY_LIMITS.rows,
      WTF: false,
    });
  } catch (cause) {
    if (cause instanceof UnreadableWorkbookError) throw cause;
    throw new UnreadableWorkbookError(isPasswordError(cause) ? "encrypted" : "damaged", { cause });
  } finally {
    console.error = consoleError;
  }
  const names = workbook.SheetNames ?? [];
  if (names.length === 0) throw new UnreadableWorkbookError("not-xlsx");
  const budget = { cells: LEGACY_LIMITS.cells };
  return { sheets: names.map((name) => readSheet(name, workbook.Sheets[name], budget)) };
}
