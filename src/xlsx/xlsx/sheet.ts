/**
 * One worksheet part, streamed: cells as the engine's snapshot, merges as ranges. What a cell becomes follows
 * exceljs's reading rule for rule (so reports stay byte-identical), without building exceljs's model.
 */
import { SheetGrid, gridSheet, type CellSnapshot, type SheetSnapshot } from "../../core";
import { UnreadableWorkbookError } from "../unreadable";
import { parseRef } from "./cell-ref";
import { LIMITS, type Limits } from "./limits";
import type { CellStyle } from "./styles";
import type { Attributes, ByteXmlHandler } from "./byte-xml";
import type { PlainCell } from "./plain-cell";

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
/** Whole numbers below this share one cell object per style. */
const SHARED_NUMBERS = 1024;

/**
 * Makes the cells of one style. The snapshot's cells are read-only, so a cell that recurs (the same shared string,
 * a small whole number, a boolean, in the same style) is one object however many times it appears: less memory
 * and less garbage-collector work on a big workbook. A cell without a formula or a font has no such key at all.
 */
class StyleCells {
  private texts: Array<CellSnapshot | undefined> | undefined;
  private numbers: Array<CellSnapshot | undefined> | undefined;
  private formulaNumbers: Array<CellSnapshot | undefined> | undefined;
  private booleans: Array<CellSnapshot | undefined> | undefined;

  constructor(
    readonly style: CellStyle,
    private readonly sharedStringCount: number
  ) {}

  make(
    value: CellSnapshot["value"],
    kind: CellSnapshot["kind"],
    formula: true | undefined
  ): CellSnapshot {
    const { numberFormat, font } = this.style;
    if (formula)
      return font === undefined
        ? { value, kind, numberFormat, formula }
        : { value, kind, numberFormat, formula, font };
    return font === undefined ? { value, kind, numberFormat } : { value, kind, numberFormat, font };
  }

  /** The text cell of shared string `index` (never empty: an empty text is no cell). */
  sharedText(index: number, text: string): CellSnapshot {
    const texts = (this.texts ??= new Array<CellSnapshot | undefined>(this.sharedStringCount));
    return (texts[index] ??= this.make(text, "text", undefined));
  }

  /** A number cell, with a formula or without. */
  number(value: number, formula: true | undefined): CellSnapshot {
    // -0 keeps a cell of its own, as it is not the same value as 0.
    if (value >= 0 && value < SHARED_NUMBERS && Number.isInteger(value) && !Object.is(value, -0)) {
      const numbers = formula
        ? (this.formulaNumbers ??= new Array<CellSnapshot | undefined>(SHARED_NUMBERS))
        : (this.numbers ??= new Array<CellSnapshot | undefined>(SHARED_NUMBERS));
      return (numbers[value] ??= this.make(value, "number", formula));
    }
    return this.make(value, "number", formula);
  }

  boolean(value: boolean): CellSnapshot {
    const booleans = (this.booleans ??= [undefined, undefined]);
    return (booleans[value ? 1 : 0] ??= this.make(value, "boolean", undefined));
  }
}

/** The cell makers of one workbook, by style index, shared by its sheets. */
export class WorkbookCells {
  private readonly byStyle: Array<StyleCells | undefined> = [];
  readonly unstyled: StyleCells;

  constructor(
    private readonly styles: readonly CellStyle[],
    private readonly sharedStringCount: number
  ) {
    this.unstyled = new StyleCells(NO_STYLE, sharedStringCount);
  }

  /** exceljs reads no style for s="0" (nor for a style index it does not have). */
  of(styleId: number): StyleCells {
    if (!styleId) return this.unstyled;
    const known = this.byStyle[styleId];
    if (known !== undefined) return known;
    const style = this.styles[styleId];
    if (style === undefined) return this.unstyled;
    const made = new StyleCells(style, this.sharedStringCount);
    this.byStyle[styleId] = made;
    return made;
  }
}

/** Number.parseFloat and parseInt of the value's text, which a number handed over already is. */
const floatOf = (raw: string | number): number =>
  typeof raw === "number" ? raw : Number.parseFloat(raw);
const integerOf = (raw: string | number): number =>
  typeof raw === "number" ? Math.trunc(raw) : Number.parseInt(raw, 10);

function tooLarge(limit: string): never {
  throw new UnreadableWorkbookError("too-large", { detail: limit });
}

export class SheetHandler implements ByteXmlHandler {
  /** The rows read, flat (model/sheet-grid.ts); `widest` is the longest row's length. */
  private readonly grid = new SheetGrid();
  private widest = 0;
  readonly merges: MergeRange[] = [];
  private rowIndex = -1;
  /** The row the last cell went to, its cells so far in `scratch` (its first `width`), reused from row to row. */
  private current = -1;
  private readonly scratch: Row = [];
  private width = 0;
  private colIndex = -1;
  private inSheetData = false;
  // The cell being read.
  private cellRow = 0;
  private cellCol = 0;
  private type: string | undefined;
  private cells: StyleCells;
  /** The value's text; a number when the reader handed it over as one (a plain decimal, see byte-xml.ts). */
  private raw: string | number | undefined;
  private hasFormula = false;
  private where: "v" | "f" | "t" | undefined;
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly partName: string,
    private readonly sharedStrings: readonly string[],
    private readonly makers: WorkbookCells,
    private readonly date1904: boolean,
    private readonly tally: WorkbookTally,
    private readonly limits: Limits = LIMITS
  ) {
    this.cells = makers.unstyled;
  }

  private damaged(what: string): never {
    throw new UnreadableWorkbookError("damaged", { detail: `${this.partName}: ${what}` });
  }

  open(name: string, attributes: Attributes): void {
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        return;
      case "row": {
        if (!this.inSheetData) return;
        const digits = attributes.digits("r");
        if (digits === -1) {
          this.row(-1);
        } else {
          // Plain digits are read from the bytes; anything else as before, from the text.
          const n = digits >= 0 ? digits : Number(attributes.get("r"));
          if (!Number.isInteger(n) || n < 1 || n > this.limits.maxRow)
            this.damaged(`row ${(attributes.get("r") ?? "").slice(0, 20)}`);
          this.row(n);
        }
        return;
      }
      case "c": {
        if (!this.inSheetData) return;
        let row = attributes.cellRef("r", this.limits);
        let column = attributes.refColumn;
        if (row === -2) {
          const ref = attributes.get("r") ?? "";
          const at = parseRef(ref, this.limits);
          if (at === null) this.damaged(`cell reference ${ref.slice(0, 20)}`);
          row = at.row;
          column = at.col;
        }
        const s = attributes.digits("s");
        this.startCell(
          row,
          column,
          s >= 0 ? s : s === -1 ? 0 : Number.parseInt(attributes.get("s") ?? "", 10),
          attributes.get("t")
        );
        return;
      }
      case "v":
        this.where = "v";
        return;
      case "f":
        this.where = "f";
        // A shared or array formula's later cells carry only `t`/`si`: still a formula.
        if (attributes.get("t") !== undefined) this.hasFormula = true;
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
        this.addMerge(attributes.get("ref") ?? "");
        return;
      default:
        return;
    }
  }

  /**
   * A cell begins: at `row` and `column` (row -1: no reference, the one after the cell before), in style `styleId`,
   * of type `type`.
   */
  private startCell(row: number, column: number, styleId: number, type: string | undefined): void {
    if (row >= 0) {
      this.cellRow = row;
      this.cellCol = column;
    } else {
      this.cellRow = Math.max(this.rowIndex, 0);
      this.cellCol = this.colIndex + 1;
      if (this.cellCol >= this.limits.maxColumn) this.damaged("cell beyond column XFD");
    }
    this.colIndex = this.cellCol;
    this.type = type;
    // exceljs reads no style for s="0" (nor for a style index it does not have): WorkbookCells.of.
    this.cells = this.makers.of(styleId);
    this.raw = undefined;
    this.hasFormula = false;
    this.where = undefined;
    this.inInline = false;
    this.phonetic = 0;
  }

  get wantsRows(): boolean {
    return true;
  }

  /** A row begins: row `r` (1 to the last row), or the one after the row before (-1). */
  row(r: number): void {
    if (!this.inSheetData) return;
    this.rowIndex = r === -1 ? this.rowIndex + 1 : r - 1;
    this.colIndex = -1;
  }

  /** Plain cells come whole (plain-cell.ts) only inside `<sheetData>`, where `<c>` is a cell. */
  get wantsCells(): boolean {
    return this.inSheetData;
  }

  /** The same as the events of its tags: `<c>` opened, the `<f>`'s text seen, the `<v>`'s number, `</c>`. */
  cell(cell: PlainCell): void {
    this.startCell(cell.row, cell.column, cell.style === -1 ? 0 : cell.style, cell.type);
    this.raw = cell.value;
    this.hasFormula = cell.formula;
    this.endCell();
  }

  get wantsText(): boolean {
    return this.where === "v" || this.where === "t";
  }

  /** A formula's text only tells that the cell has one: it is never decoded. */
  get notesText(): boolean {
    return this.where === "f";
  }

  textSeen(): void {
    this.hasFormula = true;
  }

  text(text: string): void {
    // A number handed over before is the very text it came from (byte-xml.ts hands over only canonical ones).
    const raw = this.raw === undefined ? text : `${this.raw}${text}`;
    this.raw = raw;
    if (raw.length > this.limits.maxStringLength) tooLarge("string");
  }

  /** A `<v>` of a number, shared-string, boolean or formula cell: its plain decimal text may come as its value. */
  get wantsNumber(): boolean {
    if (this.where !== "v" || this.raw !== undefined) return false;
    const type = this.type;
    return type === undefined || type === "n" || type === "s" || type === "b";
  }

  number(value: number): void {
    this.raw = value;
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
    const cells = this.cells;
    const style = cells.style;
    let cell: CellSnapshot | null;
    if (this.hasFormula) {
      let result: number | string | boolean | { error: string } | undefined;
      if (raw !== undefined && raw !== "") {
        if (this.type === "str") result = String(raw);
        else if (this.type === "b") result = integerOf(raw) !== 0;
        else if (this.type === "e") result = { error: String(raw) };
        else result = floatOf(raw);
      }
      if (result !== undefined && style.isDate) {
        const serial = this.dateSerial(typeof result === "object" ? Number.NaN : result);
        cell = serial === null ? null : this.cells.make(serial, "number", true);
      } else {
        cell = this.plain(result, true);
      }
    } else if (raw !== undefined) {
      switch (this.type) {
        case "s": {
          const index = integerOf(raw);
          const text = this.sharedStrings[index];
          if (text === undefined) this.damaged(`shared string ${String(raw).slice(0, 20)} missing`);
          cell = text === "" ? null : cells.sharedText(index, text);
          break;
        }
        case "str":
        case "inlineStr":
          cell = this.plain(String(raw), undefined);
          break;
        case "b":
          cell = cells.boolean(integerOf(raw) !== 0);
          break;
        case "e":
          cell = this.cells.make(String(raw), "error", undefined);
          break;
        case "d": {
          const text = String(raw);
          // An ISO date (Strict OOXML, some generators): the serial Excel shows for it.
          const time = Date.parse(
            /[zZ]|[+-]\d\d:?\d\d$/.test(text)
              ? text
              : `${text.length <= 10 ? `${text}T00:00:00` : text}Z`
          );
          cell = Number.isFinite(time)
            ? this.cells.make(time / MS_PER_DAY + UNIX_EPOCH_SERIAL, "number", undefined)
            : this.cells.make(text, "text", undefined);
          break;
        }
        default: {
          const number = floatOf(raw);
          if (style.isDate) {
            const serial = this.dateSerial(number);
            cell = serial === null ? null : this.cells.make(serial, "number", undefined);
          } else {
            cell = cells.number(number, undefined);
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
      return formula ? this.cells.make(null, "empty", formula) : null;
    switch (typeof value) {
      case "number":
        return this.cells.number(value, formula);
      case "string":
        return this.cells.make(value, "text", formula);
      case "boolean":
        return this.cells.make(value, "boolean", formula);
      default:
        return this.cells.make(value.error, "error", formula);
    }
  }

  /** The row being read goes into the grid once the reader moves on. */
  private flush(): void {
    const r = this.current;
    if (r < 0) return;
    const width = this.width;
    this.grid.store(r, this.scratch, width);
    // A row met again is stored again: what rows out of order can cost is bounded as the cells themselves are.
    if (this.grid.slots > 2 * this.limits.maxRowSlots) tooLarge("slots");
    if (width > this.widest) this.widest = width;
  }

  private store(cell: CellSnapshot): void {
    const tally = this.tally;
    if (++tally.cells > this.limits.maxCells) tooLarge("cells");
    const r = this.cellRow;
    const c = this.cellCol;
    const scratch = this.scratch;
    if (r !== this.current) {
      this.flush();
      this.current = r;
      // A row met again (cells out of order) is read on from the cells it has.
      const known = this.grid.at(r);
      if (known) {
        for (let k = 0; k < known.length; k++) scratch[k] = known[k];
        this.width = known.length;
      } else {
        this.width = 0;
      }
    }
    let width = this.width;
    if (width <= c) {
      tally.slots += c + 1 - width;
      if (tally.slots > this.limits.maxRowSlots) tooLarge("slots");
      while (width < c) scratch[width++] = null;
      scratch[c] = cell;
      this.width = c + 1;
    } else {
      scratch[c] = cell;
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
    const grid = this.grid;
    const widest = this.widest;
    let work = 0;
    for (const m of this.merges) {
      const height = Math.min(m.bottom, grid.length - 1) - m.top + 1;
      const width = Math.min(m.right, widest - 1) - m.left + 1;
      if (height > 0 && width > 0) work += height * width;
    }
    if (work > 2 * this.limits.maxRowSlots) tooLarge("merges");
    for (const m of this.merges) {
      const last = Math.min(m.bottom, grid.length - 1);
      for (let r = m.top; r <= last; r++) {
        const end = Math.min(m.right, grid.width(r) - 1);
        for (let c = r === m.top ? m.left + 1 : m.left; c <= end; c++) {
          if (grid.clear(r, c)) this.tally.cells--;
        }
      }
    }
  }

  snapshot(name: string): SheetSnapshot {
    this.flush();
    this.current = -1;
    if (this.merges.length > 0) this.clearMerged();
    return gridSheet(name, this.grid, this.merges.length > 0 ? this.merges : undefined);
  }
}
