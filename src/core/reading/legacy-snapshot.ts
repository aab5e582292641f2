/**
 * A workbook's legacy-encoded text (TCVN3, VNI) converted to Unicode before the
 * engine reads anything: headers, sheet names, unit names and codes. Sheets
 * without such text are passed through untouched; a converted sheet gets new
 * rows only where a cell changed.
 */
import {
  convertLegacy,
  encodingOfFont,
  isUnicodeVietnamese,
  legacyEvidence,
  mayBeLegacy,
  type LegacyEncoding,
} from "../helpers/legacy-encoding";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { rowCursor, rowsOf } from "../model/sheet-grid";

/** What was converted in one sheet: its new name and the cells whose text changed (0-based). */
export interface LegacySheet {
  readonly index: number;
  readonly name: string;
  readonly nameConverted: boolean;
  readonly encodings: ReadonlySet<"tcvn3" | "vni">;
  readonly cells: ReadonlyArray<{ readonly row: number; readonly col: number }>;
}

export interface DecodedWorkbook {
  readonly workbook: WorkbookSnapshot;
  readonly sheets: ReadonlyArray<LegacySheet>;
}

/** Sheets the program itself writes (mapping, stamp): never converted. */
const OWN_SHEET = /^CommitteeCheck\./;

interface Candidate {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly font: LegacyEncoding | null;
  readonly own: LegacyEncoding | null;
  readonly legacy: boolean;
}

function family(encoding: LegacyEncoding): "tcvn3" | "vni" {
  return encoding === "vni" ? "vni" : "tcvn3";
}

function decodeSheet(
  sheet: SheetSnapshot,
  index: number
): { sheet: SheetSnapshot; legacy: LegacySheet | null } {
  const source = rowsOf(sheet);
  const candidates: Candidate[] = [];
  let tcvn3 = 0;
  let vni = 0;
  let unicode = false;
  const evidence = new Map<string, ReturnType<typeof legacyEvidence>>();
  const judge = (text: string) => {
    let found = evidence.get(text);
    if (!found) {
      found = legacyEvidence(text);
      evidence.set(text, found);
    }
    return found;
  };
  const rowFor = rowCursor(source);
  for (let r = 0; r < source.length; r++) {
    const row = rowFor(r);
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as CellSnapshot | null | undefined;
      if (
        cell === null ||
        typeof cell !== "object" ||
        typeof cell.value !== "string" ||
        cell.kind === "error"
      )
        continue;
      const text = cell.value;
      const font = encodingOfFont(cell.font);
      if (font === null && !mayBeLegacy(text)) {
        if (!unicode && isUnicodeVietnamese(text)) unicode = true;
        continue;
      }
      if (isUnicodeVietnamese(text)) {
        unicode = true;
        continue;
      }
      const seen = judge(text);
      tcvn3 += seen.tcvn3;
      vni += seen.vni;
      const own = seen.tcvn3 > seen.vni ? "tcvn3" : seen.vni > seen.tcvn3 ? "vni" : null;
      candidates.push({ row: r, col: c, text, font, own, legacy: seen.legacy });
    }
  }
  const name = typeof sheet.name === "string" ? sheet.name : "";
  const nameEvidence = mayBeLegacy(name) ? judge(name) : null;
  if (nameEvidence) {
    tcvn3 += nameEvidence.tcvn3;
    vni += nameEvidence.vni;
  }
  const dominant: LegacyEncoding | null =
    tcvn3 === 0 && vni === 0 ? null : tcvn3 >= vni ? "tcvn3" : "vni";
  // A sheet typed wholly in a legacy encoding (strong signs somewhere, no Unicode-only letter anywhere): every
  // text with a letter outside ASCII is in it. In a mixed sheet, only texts with signs of their own are converted.
  const whole = dominant !== null && !unicode;
  const encodingOf = (candidate: {
    font: LegacyEncoding | null;
    own: LegacyEncoding | null;
    legacy: boolean;
  }): LegacyEncoding | null =>
    candidate.font ?? candidate.own ?? (candidate.legacy || whole ? dominant : null);

  const changed: Array<{ row: number; col: number }> = [];
  const encodings = new Set<"tcvn3" | "vni">();
  let newRows: Array<ReadonlyArray<CellSnapshot | null | undefined> | null | undefined> | null =
    null;
  // The rows as arrays only where a text is converted (a legacy workbook, never a big one read from a grid).
  let rows: SheetSnapshot["rows"] | undefined;
  for (const candidate of candidates) {
    const encoding = encodingOf(candidate);
    if (encoding === null) continue;
    const converted = convertLegacy(candidate.text, encoding);
    if (converted === candidate.text) continue;
    encodings.add(family(encoding));
    changed.push({ row: candidate.row, col: candidate.col });
    if (!newRows) {
      rows = sheet.rows;
      newRows = rows.slice();
    }
    const original = rows![candidate.row] as ReadonlyArray<CellSnapshot | null | undefined>;
    let target = newRows[candidate.row];
    if (target === original) {
      target = original.slice();
      newRows[candidate.row] = target;
    }
    (target as Array<CellSnapshot | null | undefined>)[candidate.col] = {
      ...(original[candidate.col] as CellSnapshot),
      value: converted,
    };
  }

  let newName = name;
  if (nameEvidence) {
    const encoding = encodingOf({
      font: null,
      own:
        nameEvidence.tcvn3 > nameEvidence.vni
          ? "tcvn3"
          : nameEvidence.vni > nameEvidence.tcvn3
            ? "vni"
            : null,
      legacy: nameEvidence.legacy,
    });
    if (encoding !== null) {
      newName = convertLegacy(name, encoding);
      if (newName !== name) encodings.add(family(encoding));
    }
  }
  if (changed.length === 0 && newName === name) return { sheet, legacy: null };
  return {
    sheet: { ...sheet, name: newName, rows: newRows ?? sheet.rows },
    legacy: { index, name: newName, nameConverted: newName !== name, encodings, cells: changed },
  };
}

/** The workbook with its legacy-encoded text converted, and what was converted in each sheet. */
export function decodeLegacyText(workbook: WorkbookSnapshot): DecodedWorkbook {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  const legacy: LegacySheet[] = [];
  let decoded: SheetSnapshot[] | null = null;
  sheets.forEach((sheet, index) => {
    if (
      sheet === null ||
      typeof sheet !== "object" ||
      (typeof sheet.name === "string" && OWN_SHEET.test(sheet.name))
    )
      return;
    const result = decodeSheet(sheet, index);
    if (!result.legacy) return;
    decoded ??= sheets.slice();
    decoded[index] = result.sheet;
    legacy.push(result.legacy);
  });
  return { workbook: decoded ? { ...workbook, sheets: decoded } : workbook, sheets: legacy };
}
