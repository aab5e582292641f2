/**
 * The state of a workbook as Excel would hold it, for the Office.js fake in fake-excel.ts. Tests build one,
 * run our functions against a context over it, and look at the cells, formats and conditional formats after.
 */
export type CellType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface FakeCell {
  value: string | number | boolean;
  type: CellType;
  numberFormat: string;
  /** The formula text for a formula cell; absent for a constant. */
  formula?: string;
  fill?: string;
  bold?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface FakeConditionalFormat {
  id: string;
  type: "Custom" | "CellValue" | "ColorScale";
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  formula?: string;
  fill?: string;
}

/** A large sheet whose cells are computed, so a 300,000-row sheet costs no memory until it is read. */
export interface GeneratedCells {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  cell(row: number, column: number): FakeCell;
}

export type ChangeHandler = (args: {
  address: string;
  changeType: string;
  source: string;
  type: string;
  worksheetId: string;
}) => Promise<unknown>;

export interface FakeSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  generated?: GeneratedCells;
  conditionalFormats: FakeConditionalFormat[];
  columnWidths: Map<number, number>;
  handlers: ChangeHandler[];
}

export const EMPTY: FakeCell = Object.freeze({
  value: "",
  type: "Empty",
  numberFormat: "General",
}) as FakeCell;

export function key(row: number, column: number): string {
  return `${row},${column}`;
}

/** A cell from a plain value, as typing it would make it. */
export function typed(value: string | number | boolean, numberFormat = "General"): FakeCell {
  if (typeof value === "number") return { value, type: "Double", numberFormat };
  if (typeof value === "boolean") return { value, type: "Boolean", numberFormat };
  if (/^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(value))
    return { value, type: "Error", numberFormat };
  if (value === "") return { ...EMPTY };
  return { value, type: "String", numberFormat };
}

export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

export function parseAddress(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)([0-9]+)$/i.exec(address);
  if (!match) throw new Error(`Not a cell: ${address}`);
  return { row: Number(match[2]) - 1, column: columnNumber(match[1]) };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  name = "tam-duong-2023.xlsx";
  workbookProtected = false;
  /** Excel is in cell-edit mode: every request is refused. */
  editing = false;
  /** Limits Excel on the web applies to one request. */
  payloadLimitBytes = 5_000_000;
  cellLimit = 5_000_000;
  /** Makes the write whose description matches fail, after the earlier writes of its batch ran (as Excel does). */
  failWrite?: (description: string) => boolean;
  active?: string;
  selection?: { sheet: string; address: string };
  /**
   * The ExcelApi 1.x this Excel has (1 = Excel 2016 without updates). A member of a newer set is refused as
   * Office would (ApiNotFound) and written down in apiViolations, so a test sees a call that escaped its gate
   * even where our code swallows the error.
   */
  apiLevel = Number.POSITIVE_INFINITY;
  readonly apiViolations: string[] = [];
  /** Charts on sheets, by sheet name (ExcelApi 1.1 charts). */
  readonly charts = new Map<
    string,
    Array<{
      name: string;
      type: string;
      source: string;
      title?: string;
      seriesBy?: string;
      position?: string;
    }>
  >();
  /** Page layout per sheet (ExcelApi 1.9). */
  readonly pageLayouts = new Map<string, Record<string, unknown>>();
  private nextId = 1;

  newId(): string {
    return String(this.nextId++);
  }

  /** Adds a sheet; `rows` start at `origin` (default A1), each value typed as a user would. */
  addSheet(
    name: string,
    rows: ReadonlyArray<ReadonlyArray<string | number | boolean | FakeCell | null>> = [],
    origin = "A1"
  ): FakeSheet {
    const sheet: FakeSheet = {
      id: `{sheet-${this.newId()}}`,
      name,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      conditionalFormats: [],
      columnWidths: new Map(),
      handlers: [],
    };
    const start = parseAddress(origin);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = typeof value === "object" ? value : typed(value);
        if (cell.type !== "Empty" || cell.formula)
          sheet.cells.set(key(start.row + r, start.column + c), cell);
      })
    );
    this.sheets.push(sheet);
    this.active ??= name;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
    const explicit = sheet.cells.get(key(row, column));
    if (explicit) return explicit;
    const generated = sheet.generated;
    if (
      generated &&
      row >= generated.row &&
      row < generated.row + generated.rowCount &&
      column >= generated.column &&
      column < generated.column + generated.columnCount
    ) {
      return generated.cell(row, column);
    }
    return EMPTY;
  }

  cell(sheetName: string, address: string): FakeCell {
    const { row, column } = parseAddress(address);
    return this.cellAt(this.sheet(sheetName), row, column);
  }

  /** The user's own view of a sheet: every cell with its value and formats, and the conditional formats not ours. */
  userView(sheetName: string): unknown {
    const sheet = this.sheet(sheetName);
    return {
      cells: [...sheet.cells.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, cell]) => [k, { ...cell }]),
      conditionalFormats: sheet.conditionalFormats.map((format) => ({ ...format })),
      protected: sheet.protected,
    };
  }

  /** The user types into a cell: Excel changes it and tells the registered onChanged handlers. */
  async userEdits(sheetName: string, address: string, value: string | number): Promise<void> {
    const sheet = this.sheet(sheetName);
    const { row, column } = parseAddress(address);
    sheet.cells.set(key(row, column), typed(value));
    for (const handler of [...sheet.handlers]) {
      await handler({
        address,
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
        worksheetId: sheet.id,
      });
    }
  }
}
