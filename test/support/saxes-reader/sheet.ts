/**
 * THE ORACLE, not product code (see read-xlsx.ts here): the sheet and shared-strings handlers as they were.
 *
 * One worksheet part, streamed: cells as the engine's snapshot, merges as ranges. What a cell becomes follows
 * exceljs's reading rule for rule (so reports stay byte-identical), without building exceljs's model.
 */
import type { CellSnapshot, SheetSnapshot } from "../../../src/core";
import { UnreadableWorkbookError } from "../../../src/xlsx/unreadable";
import { parseRef } from "../../../src/xlsx/xlsx/cell-ref";
import { LIMITS, type Limits } from "../../../src/xlsx/xlsx/limits";
import type { CellStyle } from "../../../src/xlsx/xlsx/styles";
import type { XmlHandler } from "../../../src/xlsx/xlsx/xml";

export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Shared by the sheets of one workbook: the counts that the limits bound. */
export interface WorkbookTally {
  cells: number;
  slots: number;
}

type Row = Array<CellSnapshot | null>;

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1904 = 1_462;
const NO_STYLE: CellStyle = { numberFormat: undefined, isDate: false, font: undefined };

function tooLarge(limit: string): never {
  throw new UnreadableWorkbookError("too-large", { detail: limit });
}

export class SheetHandler implements XmlHandler {
  readonly rows: Array<Row | null> = [];
  readonly merges: MergeRange[] = [];
  private rowIndex = -1;
  private colIndex = -1;
  private inSheetData = false;
  // The cell being read.
  private cellRow = 0;
  private cellCol = 0;
  private type: string | undefined;
  private style: CellStyle = NO_STYLE;
  private raw: string | undefined;
  private hasFormula = false;
  private where: "v" | "f" | "t" | undefined;
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly partName: string,
    private readonly sharedStrings: readonly string[],
    private readonly styles: readonly CellStyle[],
    private readonly date1904: boolean,
    private readonly tally: WorkbookTally,
    private readonly limits: Limits = LIMITS
  ) {}

  private damaged(what: string): never {
    throw new UnreadableWorkbookError("damaged", { detail: `${this.partName}: ${what}` });
  }

  open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        return;
      case "row": {
        if (!this.inSheetData) return;
        const r = attributes.r;
        if (r !== undefined) {
          const n = Number(r);
          if (!Number.isInteger(n) || n < 1 || n > this.limits.maxRow)
            this.damaged(`row ${r.slice(0, 20)}`);
          this.rowIndex = n - 1;
        } else {
          this.rowIndex++;
        }
        this.colIndex = -1;
        return;
      }
      case "c": {
        if (!this.inSheetData) return;
        const ref = attributes.r;
        if (ref !== undefined) {
          const at = parseRef(ref, this.limits);
          if (at === null) this.damaged(`cell reference ${ref.slice(0, 20)}`);
          this.cellRow = at.row;
          this.cellCol = at.col;
        } else {
          this.cellRow = Math.max(this.rowIndex, 0);
          this.cellCol = this.colIndex + 1;
          if (this.cellCol >= this.limits.maxColumn) this.damaged("cell beyond column XFD");
        }
        this.colIndex = this.cellCol;
        this.type = attributes.t;
        const s = attributes.s;
        const styleId = s === undefined ? 0 : Number.parseInt(s, 10);
        // exceljs reads no style for s="0" (nor for a style index it does not have).
        this.style = styleId ? (this.styles[styleId] ?? NO_STYLE) : NO_STYLE;
        this.raw = undefined;
        this.hasFormula = false;
        this.where = undefined;
        this.inInline = false;
        this.phonetic = 0;
        return;
      }
      case "v":
        this.where = "v";
        return;
      case "f":
        this.where = "f";
        // A shared or array formula's later cells carry only `t`/`si`: still a formula.
        if (attributes.t !== undefined) this.hasFormula = true;
        return;
      case "is":
        this.inInline = true;
        return;
      case "t":
        if (this.inInline && this.phonetic === 0) this.where = "t";
        return;
      case "rPh":
        this.phonetic++;
        return;
      case "mergeCell":
        this.addMerge(attributes.ref ?? "");
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    const where = this.where;
    if (where === undefined) return;
    if (where === "f") {
      this.hasFormula = true;
      return;
    }
    this.raw = this.raw === undefined ? text : this.raw + text;
    if (this.raw.length > this.limits.maxStringLength) tooLarge("string");
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "f":
      case "t":
        this.where = undefined;
        return;
      case "is":
        this.inInline = false;
        return;
      case "rPh":
        this.phonetic--;
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
      case "c":
        if (this.inSheetData) this.endCell();
        return;
      default:
        return;
    }
  }

  private dateSerial(value: unknown): number | null {
    // exceljs turns it into a Date (rounded to the millisecond) and our old reader back into a serial.
    const shifted = (value as number) - UNIX_EPOCH_SERIAL + (this.date1904 ? DAYS_1904 : 0);
    const time = new Date(Math.round(shifted * MS_PER_DAY)).getTime();
    const serial = time / MS_PER_DAY + UNIX_EPOCH_SERIAL;
    return Number.isFinite(serial) ? serial : null;
  }

  private endCell(): void {
    const raw = this.raw;
    const style = this.style;
    let cell: CellSnapshot | null;
    if (this.hasFormula) {
      let result: number | string | boolean | { error: string } | undefined;
      if (raw) {
        if (this.type === "str") result = raw;
        else if (this.type === "b") result = Number.parseInt(raw, 10) !== 0;
        else if (this.type === "e") result = { error: raw };
        else result = Number.parseFloat(raw);
      }
      if (result !== undefined && style.isDate) {
        const serial = this.dateSerial(typeof result === "object" ? Number.NaN : result);
        cell = serial === null ? null : this.make(serial, "number", true);
      } else {
        cell = this.plain(result, true);
      }
    } else if (raw !== undefined) {
      switch (this.type) {
        case "s": {
          const index = Number.parseInt(raw, 10);
          const text = this.sharedStrings[index];
          if (text === undefined) this.damaged(`shared string ${raw.slice(0, 20)} missing`);
          cell = this.plain(text, undefined);
          break;
        }
        case "str":
        case "inlineStr":
          cell = this.plain(raw, undefined);
          break;
        case "b":
          cell = this.make(Number.parseInt(raw, 10) !== 0, "boolean", undefined);
          break;
        case "e":
          cell = this.make(raw, "error", undefined);
          break;
        case "d": {
          // An ISO date (Strict OOXML, some generators): the serial Excel shows for it.
          const time = Date.parse(
            /[zZ]|[+-]\d\d:?\d\d$/.test(raw)
              ? raw
              : `${raw.length <= 10 ? `${raw}T00:00:00` : raw}Z`
          );
          cell = Number.isFinite(time)
            ? this.make(time / MS_PER_DAY + UNIX_EPOCH_SERIAL, "number", undefined)
            : this.make(raw, "text", undefined);
          break;
        }
        default: {
          const number = Number.parseFloat(raw);
          if (style.isDate) {
            const serial = this.dateSerial(number);
            cell = serial === null ? null : this.make(serial, "number", undefined);
          } else {
            cell = this.make(number, "number", undefined);
          }
        }
      }
    } else {
      cell = null;
    }
    if (cell !== null) this.store(cell);
  }

  private plain(
    value: number | string | boolean | { error: string } | undefined,
    formula: true | undefined
  ): CellSnapshot | null {
    if (value === undefined || value === "")
      return formula ? this.make(null, "empty", formula) : null;
    switch (typeof value) {
      case "number":
        return this.make(value, "number", formula);
      case "string":
        return this.make(value, "text", formula);
      case "boolean":
        return this.make(value, "boolean", formula);
      default:
        return this.make(value.error, "error", formula);
    }
  }

  private make(
    value: CellSnapshot["value"],
    kind: CellSnapshot["kind"],
    formula: true | undefined
  ): CellSnapshot {
    const font = this.style.font;
    const numberFormat = this.style.numberFormat;
    return font === undefined
      ? { value, kind, numberFormat, formula }
      : { value, kind, numberFormat, formula, font };
  }

  private store(cell: CellSnapshot): void {
    const tally = this.tally;
    if (++tally.cells > this.limits.maxCells) tooLarge("cells");
    const rows = this.rows;
    const r = this.cellRow;
    const c = this.cellCol;
    while (rows.length <= r) rows.push(null);
    let row = rows[r];
    if (row === null) {
      row = [];
      rows[r] = row;
    }
    if (row.length <= c) {
      tally.slots += c + 1 - row.length;
      if (tally.slots > this.limits.maxRowSlots) tooLarge("slots");
      while (row.length < c) row.push(null);
      row.push(cell);
    } else {
      row[c] = cell;
    }
  }

  private addMerge(ref: string): void {
    const colon = ref.indexOf(":");
    if (colon === -1) return;
    const a = parseRef(ref.slice(0, colon), this.limits);
    const b = parseRef(ref.slice(colon + 1), this.limits);
    if (a === null || b === null) this.damaged(`merged range ${ref.slice(0, 40)}`);
    if (this.merges.length >= this.limits.maxMerges) tooLarge("merges");
    this.merges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }

  /** Cells under a merge other than its top-left one are empty, as in Excel; merges are never expanded beyond the cells read. */
  private clearMerged(): void {
    const rows = this.rows;
    let widest = 0;
    for (const row of rows) if (row !== null && row.length > widest) widest = row.length;
    let work = 0;
    for (const m of this.merges) {
      const height = Math.min(m.bottom, rows.length - 1) - m.top + 1;
      const width = Math.min(m.right, widest - 1) - m.left + 1;
      if (height > 0 && width > 0) work += height * width;
    }
    if (work > 2 * this.limits.maxRowSlots) tooLarge("merges");
    for (const m of this.merges) {
      const last = Math.min(m.bottom, rows.length - 1);
      for (let r = m.top; r <= last; r++) {
        const row = rows[r];
        if (row === null) continue;
        const end = Math.min(m.right, row.length - 1);
        for (let c = r === m.top ? m.left + 1 : m.left; c <= end; c++) {
          if (row[c] !== null) {
            row[c] = null;
            this.tally.cells--;
          }
        }
      }
    }
  }

  snapshot(name: string): SheetSnapshot {
    if (this.merges.length > 0) this.clearMerged();
    return this.merges.length > 0
      ? { name, rows: this.rows, merges: this.merges }
      : { name, rows: this.rows };
  }
}

/** Shared strings: each `<si>`'s text, runs joined, phonetic guides (`<rPh>`) left out as Excel shows them. */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private current = "";
  private inItem = false;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly limits: Limits = LIMITS) {}

  open(name: string): void {
    if (name === "si") {
      if (this.strings.length >= this.limits.maxSharedStrings)
        throw new UnreadableWorkbookError("too-large", { detail: "shared-strings" });
      this.inItem = true;
      this.current = "";
    } else if (name === "t") {
      this.inText = this.inItem && this.phonetic === 0;
    } else if (name === "rPh") {
      this.phonetic++;
    }
  }

  close(name: string): void {
    if (name === "si") {
      this.strings.push(this.current);
      this.inItem = false;
      this.current = "";
    } else if (name === "t") {
      this.inText = false;
    } else if (name === "rPh") {
      this.phonetic--;
    }
  }

  text(text: string): void {
    if (!this.inText) return;
    this.current += text;
    if (this.current.length > this.limits.maxStringLength)
      throw new UnreadableWorkbookError("too-large", { detail: "string" });
  }
}
