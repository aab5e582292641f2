/**
 * The formulas of the standard workbook: a rate beside its counts on each row,
 * and each summary item over the sheets it totals, written so that Excel (or
 * any spreadsheet) computes exactly what the engine computes.
 */
import { columnLetters } from "../helpers/address";
import {
  RATES_OF_SUMS,
  SHEETS,
  UNIT_TYPES,
  type SheetDef,
  type SheetId,
  type SummaryItemId,
} from "../form/form";
import { fieldIndex } from "../reading/sheet-reader";

/**
 * Where a sheet's cells are, for formulas on other sheets: 1-based rows of the
 * data, 0-based columns aligned with the sheet's fields (-1 where absent), and
 * the Excel table when the template made the sheet (formulas then name the
 * table's columns, which grow with the table and leave out its totals row).
 */
export interface SheetPlace {
  readonly id: SheetId;
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: ReadonlyArray<number>;
  readonly table?: { readonly name: string; readonly headers: ReadonlyArray<string> };
}

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The absolute A1 range of a field's cells, sheet included; null when the sheet has no such column. */
export function fieldRange(place: SheetPlace, fieldId: string): string | null {
  const column = place.columns[fieldIndex(SHEETS[place.id], fieldId)] ?? -1;
  if (column < 0) return null;
  const letters = columnLetters(column);
  return `${quotedSheet(place.sheet)}!$${letters}$${place.firstRow}:$${letters}$${place.lastRow}`;
}

/**
 * A column specifier of a structured reference: `[`, `]`, `#` and `'` escaped with `'`, and a header holding
 * any of Excel's special characters (a comma, as in `Số thôn, tổ dân phố`) in a second pair of brackets.
 */
export function tableColumn(header: string): string {
  const escaped = header.replace(/['[\]#]/g, (character) => `'${character}`);
  return /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/.test(header) ? `[${escaped}]` : escaped;
}

/** A field's cells as a summary formula names them: the table's column when there is a table, else the A1 range. */
export function fieldCells(place: SheetPlace, fieldId: string): string | null {
  if (!place.table) return fieldRange(place, fieldId);
  const index = fieldIndex(SHEETS[place.id], fieldId);
  const header = place.table.headers[index];
  return index >= 0 && header !== undefined && place.columns[index] >= 0
    ? `${place.table.name}[${tableColumn(header)}]`
    : null;
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The row formula of a rate field (attainment, village-head rate), or null for any other field: blank until both
 * counts are there and where the denominator is 0 (the spec's "blank where target is 0"), so an empty row stays empty.
 */
export function rateFormula(
  def: SheetDef,
  fieldId: string,
  columns: ReadonlyArray<number>,
  row: number
): string | null {
  const rate = RATES_OF_SUMS[def.id];
  if (!rate || rate.rate !== fieldId) return null;
  const numerator = `${columnLetters(columns[fieldIndex(def, rate.numerator)])}${row}`;
  const denominator = `${columnLetters(columns[fieldIndex(def, rate.denominator)])}${row}`;
  return `IF(OR(${denominator}=0,${numerator}=""),"",ROUND(${numerator}/${denominator}*100,2))`;
}

/** The summary's sources: the sheets whose figures it totals, where they are (absent when the workbook has no such sheet). */
export type SummarySources = Partial<Record<"units" | "admissions" | "village-heads", SheetPlace>>;

function sum(place: SheetPlace | undefined, fieldId: string): string | null {
  const cells = place ? fieldCells(place, fieldId) : null;
  return cells === null ? null : `SUM(${cells})`;
}

/** Units of a type, under every spelling the engine accepts (COUNTIF ignores case, so spellings equal but for case count once). */
function countType(units: SheetPlace | undefined, typeId: string): string | null {
  const cells = units ? fieldCells(units, "type") : null;
  const type = UNIT_TYPES.find((candidate) => candidate.id === typeId);
  if (cells === null || !type) return null;
  const spellings: string[] = [];
  for (const spelling of [type.labels?.vi, type.labels?.en, type.id, ...(type.aliases ?? [])]) {
    if (
      spelling !== undefined &&
      !spellings.some((seen) => seen.toLowerCase() === spelling.toLowerCase())
    )
      spellings.push(spelling);
  }
  return spellings.map((spelling) => `COUNTIF(${cells},${stringLiteral(spelling)})`).join("+");
}

/** Each summary item's formula (without `=`), as the engine computes the item (rules/summary.ts); null when a source is missing. */
export function summaryFormula(item: SummaryItemId, sources: SummarySources): string | null {
  const { units, admissions } = sources;
  const heads = sources["village-heads"];
  switch (item) {
    case "units": {
      const codes = units ? fieldCells(units, "code") : null;
      return codes === null ? null : `COUNTA(${codes})`;
    }
    case "units_commune":
      return countType(units, "commune");
    case "units_village":
      return countType(units, "village");
    case "units_agency":
      return countType(units, "agency");
    case "units_cell":
      return countType(units, "cell");
    case "members":
      return sum(units, "members");
    case "admitted":
      return sum(admissions, "admitted");
    case "admission_target":
      return sum(admissions, "target");
    case "village_heads":
      return sum(heads, "groups");
    case "village_heads_members":
      return sum(heads, "members_now");
    case "village-head-rate": {
      const now = sum(heads, "members_now");
      const groups = sum(heads, "groups");
      // 0 rather than "" while there are no villages: the engine reads a blank summary value as a missing figure.
      return now === null || groups === null
        ? null
        : `IF(${groups}=0,0,ROUND(${now}/${groups}*100,2))`;
    }
    case "committee":
    case "committee_code":
    case "year":
      // Text the committee types in (its name, code, the year).
      return null;
  }
}
