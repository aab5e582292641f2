/** Collects findings as rules raise them, renders their messages and sorts them for the report. */
import { cellAddress } from "../helpers/address";
import { renderMessage, severityOf, type MessageParams } from "../form/catalogue";
import { fieldDef, type SheetId } from "../form/form";
import type { Finding, FindingCode, Lang } from "../model/report";

/** Where a finding points: a sheet (by its own name and workbook position) and, unless sheet-level, a 0-based cell. */
export interface Place {
  readonly sheet: string;
  /** Position for sorting: missing sheets sort before the workbook's sheets. */
  readonly order: number;
  readonly sheetId?: SheetId;
  readonly row?: number;
  readonly col?: number;
}

export interface FindingDetails {
  readonly field?: string;
  readonly variant?: string;
  readonly params?: MessageParams;
  readonly expected?: string | number;
  readonly actual?: string | number | boolean;
  readonly needed?: number;
}

interface Entry {
  readonly finding: Finding;
  readonly order: number;
  readonly row: number;
  readonly col: number;
  readonly seq: number;
}

export class FindingList {
  private readonly entries: Entry[] = [];

  constructor(readonly lang: Lang) {}

  /** A field's header in the report's language, as the spec writes it. */
  header(sheetId: SheetId | undefined, fieldId: string | undefined): string {
    if (!sheetId || !fieldId) return fieldId ?? "";
    return fieldDef(sheetId, fieldId)?.headers[this.lang] ?? fieldId;
  }

  add(code: FindingCode, place: Place, details: FindingDetails = {}): void {
    const params: MessageParams = {
      field: this.header(place.sheetId, details.field),
      actual: details.actual,
      expected: details.expected,
      ...details.params,
    };
    const hasCell = place.row !== undefined && place.col !== undefined;
    const finding: Finding = {
      code,
      severity: severityOf(code),
      sheet: place.sheet,
      ...(hasCell ? { cell: cellAddress(place.row as number, place.col as number) } : {}),
      ...(details.field !== undefined ? { field: details.field } : {}),
      message: renderMessage(code, this.lang, params, details.variant),
      ...(details.expected !== undefined ? { expected: details.expected } : {}),
      ...(details.actual !== undefined ? { actual: details.actual } : {}),
      ...(details.needed !== undefined ? { needed: details.needed } : {}),
    };
    this.entries.push({
      finding,
      order: place.order,
      row: hasCell ? (place.row as number) : -1,
      col: hasCell ? (place.col as number) : -1,
      seq: this.entries.length,
    });
  }

  /** Sheet order, then row, then column (sheet-level findings first in their sheet), then the order raised. */
  sorted(): Finding[] {
    const entries = this.entries.slice();
    entries.sort((a, b) => a.order - b.order || a.row - b.row || a.col - b.col || a.seq - b.seq);
    return entries.map((entry) => entry.finding);
  }
}
