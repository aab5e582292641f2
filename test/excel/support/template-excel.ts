/**
 * The Office.js fake of fake-excel.ts, extended with what inserting the standard sheets uses: Range.formulas
 * (write), Range.dataValidation, Worksheet.tables.add and Table.name, Worksheet.freezePanes, and the workbook's
 * tables and names collections. Writes are queued on the same FakeContext, so they run at sync, in order, and
 * count in its sync records; the fake's own reads (used ranges, values, formulas) see the cells written.
 *
 * Excel computes formulas as they are written; the fake does not: `recalculate` stores in every formula cell
 * the result computed by src/core/authoring/template-calc.ts, as Excel would show it.
 */
import { calculate, type CalcBook, type CalcValue } from "../../../src/core";
import { FakeContext, officeError, type FakeProxy } from "./fake-excel";
import { EMPTY, columnNumber, key, type FakeCell, type FakeWorkbook } from "./fake-workbook";

export interface FakeTable {
  sheet: string;
  address: string;
  name: string;
  hasHeaders: boolean;
}

export interface FakeValidation {
  sheet: string;
  address: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
}

/** What the fake workbook holds beyond cells: tables, validations, frozen rows, defined names. */
export interface TemplateExtras {
  readonly tables: FakeTable[];
  readonly validations: FakeValidation[];
  readonly frozenRows: Map<string, number>;
  readonly names: string[];
}

export function emptyExtras(): TemplateExtras {
  return { tables: [], validations: [], frozenRows: new Map(), names: [] };
}

interface Area {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

function area(address: string): Area {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  const cell = (text: string) => {
    const match = /^([A-Z]+)([0-9]+)$/i.exec(text);
    if (!match) throw officeError("InvalidArgument", `Not a cell range: ${address}`);
    return { row: Number(match[2]) - 1, column: columnNumber(match[1]) };
  };
  const a = cell(from);
  const b = cell(to);
  return {
    row: a.row,
    column: a.column,
    rowCount: b.row - a.row + 1,
    columnCount: b.column - a.column + 1,
  };
}

/** Wraps a fake client object: `extra` answers the properties it knows, the rest goes to the wrapped object. */
function extend(
  target: FakeProxy,
  extra: { get?: Record<string, () => unknown>; set?: Record<string, (value: unknown) => void> }
): FakeProxy {
  return new Proxy(target, {
    get(wrapped, property) {
      if (typeof property === "string" && extra.get?.[property]) return extra.get[property]();
      return Reflect.get(wrapped, property);
    },
    set(wrapped, property, value) {
      if (typeof property === "string" && extra.set?.[property]) {
        extra.set[property](value);
        return true;
      }
      // Through the wrapped object's own set trap, which queues the write.
      return Reflect.set(wrapped, property, value, wrapped);
    },
  });
}

export class TemplateExcel {
  readonly fake: FakeContext;
  readonly context: Excel.RequestContext;

  constructor(
    readonly book: FakeWorkbook,
    readonly extras: TemplateExtras = emptyExtras()
  ) {
    this.fake = new FakeContext(book);
    const workbook = this.workbookProxy();
    this.context = new Proxy(this.fake, {
      get: (fake, property) => (property === "workbook" ? workbook : Reflect.get(fake, property)),
    }) as unknown as Excel.RequestContext;
  }

  get syncCount(): number {
    return this.fake.syncCount;
  }

  private namedCollection(description: string, names: () => string[]): FakeProxy {
    return this.fake.clientObject({
      description,
      properties: [],
      resolve: () => ({}),
      items: () =>
        names().map((name) =>
          this.fake.clientObject({
            description: `${description}(${name})`,
            properties: ["name"],
            resolve: () => ({ name }),
          })
        ),
    });
  }

  private workbookProxy(): FakeProxy {
    const worksheets = extend(this.fake.workbook.worksheets, {
      get: {
        add: () => (name: string) => this.sheetProxy(this.fake.workbook.worksheets.add(name), name),
      },
    });
    const tables = this.namedCollection("tables", () =>
      this.extras.tables.map((table) => table.name)
    );
    const names = this.namedCollection("names", () => this.extras.names);
    return extend(this.fake.workbook, {
      get: { worksheets: () => worksheets, tables: () => tables, names: () => names },
    });
  }

  private sheetProxy(worksheet: FakeProxy, sheet: string): FakeProxy {
    const fake = this.fake;
    const extras = this.extras;
    let tables = 0;
    return extend(worksheet, {
      get: {
        getRange: () => (address: string) =>
          this.rangeProxy(worksheet.getRange(address), sheet, address),
        freezePanes: () => ({
          freezeRows: (count: number) =>
            fake.enqueueWrite(
              `${sheet}.freezePanes.freezeRows(${count})`,
              () => void extras.frozenRows.set(sheet, count)
            ),
        }),
        tables: () => ({
          add: (address: string, hasHeaders: boolean) => {
            const table: FakeTable = { sheet, address, name: `Table${++tables}`, hasHeaders };
            fake.enqueueWrite(`${sheet}.tables.add(${address})`, () => {
              const mine = area(address);
              const overlaps = extras.tables.some((other) => {
                if (other.sheet !== sheet) return false;
                const theirs = area(other.address);
                return (
                  mine.row < theirs.row + theirs.rowCount &&
                  theirs.row < mine.row + mine.rowCount &&
                  mine.column < theirs.column + theirs.columnCount &&
                  theirs.column < mine.column + mine.columnCount
                );
              });
              if (overlaps)
                throw officeError(
                  "InvalidArgument",
                  `A table on ${sheet} already covers ${address}`
                );
              extras.tables.push(table);
            });
            return {
              set name(name: string) {
                fake.enqueueWrite(`${sheet}.table.name = ${name}`, () => {
                  const taken = [
                    ...extras.tables.filter((other) => other !== table).map((other) => other.name),
                    ...extras.names,
                  ];
                  if (taken.some((other) => other.toLowerCase() === name.toLowerCase()))
                    throw officeError("InvalidArgument", `The name ${name} is already used`);
                  table.name = name;
                });
              },
            };
          },
        }),
      },
    });
  }

  private rangeProxy(range: FakeProxy, sheet: string, address: string): FakeProxy {
    const fake = this.fake;
    const book = this.book;
    const extras = this.extras;
    const validation = (): FakeValidation => {
      let found = extras.validations.find(
        (candidate) => candidate.sheet === sheet && candidate.address === address
      );
      if (!found) extras.validations.push((found = { sheet, address }));
      return found;
    };
    return extend(range, {
      get: {
        dataValidation: () =>
          extend(range, {
            set: {
              rule: (value) =>
                fake.enqueueWrite(
                  `${sheet}!${address}.dataValidation.rule`,
                  () => void (validation().rule = value as Excel.DataValidationRule),
                  value
                ),
              errorAlert: (value) =>
                fake.enqueueWrite(
                  `${sheet}!${address}.dataValidation.errorAlert`,
                  () => void (validation().errorAlert = value as Excel.DataValidationErrorAlert),
                  value
                ),
            },
          }),
      },
      set: {
        formulas: (value) =>
          fake.enqueueWrite(
            `${sheet}!${address}.formulas`,
            () => {
              const target = book.sheet(sheet);
              const r = area(address);
              const grid = value as unknown[][];
              if (grid.length !== r.rowCount || grid.some((row) => row.length !== r.columnCount))
                throw officeError(
                  "InvalidArgument",
                  `formulas of ${address} must be ${r.rowCount}×${r.columnCount}`
                );
              grid.forEach((row, i) =>
                row.forEach((formula, j) => {
                  const k = key(r.row + i, r.column + j);
                  const cell: FakeCell = { ...(target.cells.get(k) ?? EMPTY) };
                  delete cell.formula;
                  if (typeof formula === "string" && formula.startsWith("=")) {
                    // Computed by `recalculate`, as Excel computes it on entry.
                    Object.assign(cell, { formula, value: "", type: "Empty" });
                  } else if (formula === "" || formula === null) {
                    Object.assign(cell, { value: "", type: "Empty" });
                  } else {
                    throw new Error(
                      `The fake writes only formulas through Range.formulas, not ${JSON.stringify(formula)}`
                    );
                  }
                  target.cells.set(k, cell);
                })
              );
            },
            value
          ),
      },
    });
  }

  /** The body of a table (1-based rows, 0-based columns) and its headers, as `Table[Column]` reads it. */
  private tableBody(name: string) {
    const table = this.extras.tables.find(
      (candidate) => candidate.name.toLowerCase() === name.toLowerCase()
    );
    if (!table) return null;
    const r = area(table.address);
    const sheet = this.book.sheet(table.sheet);
    const headers: string[] = [];
    for (let j = 0; j < r.columnCount; j++)
      headers.push(String(this.book.cellAt(sheet, r.row, r.column + j).value));
    return {
      sheet: table.sheet,
      firstRow: r.row + 2,
      lastRow: r.row + r.rowCount,
      firstColumn: r.column,
      headers,
    };
  }

  /** Stores in every formula cell the result Excel would show. */
  recalculate(): void {
    const results = new Map<string, CalcValue>();
    const book = this.book;
    const calc: CalcBook = {
      value: (sheetName, row, column) => {
        const sheet = book.sheets.find(
          (candidate) => candidate.name.toLowerCase() === sheetName.toLowerCase()
        );
        if (!sheet) return { error: "#REF!" };
        const cell = book.cellAt(sheet, row - 1, column);
        if (cell.formula === undefined) {
          if (cell.type === "Empty") return null;
          if (cell.type === "Error") return { error: String(cell.value) };
          return cell.value;
        }
        const k = `${sheet.name}!${row},${column}`;
        if (!results.has(k)) results.set(k, calculate(cell.formula, sheet.name, calc));
        return results.get(k) as CalcValue;
      },
      table: (name) => this.tableBody(name),
    };
    for (const sheet of book.sheets) {
      for (const [k, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        const [row, column] = k.split(",").map(Number);
        const result = calc.value(sheet.name, row + 1, column);
        const shown: Pick<FakeCell, "value" | "type"> =
          result === null
            ? { value: 0, type: "Double" }
            : typeof result === "object"
              ? { value: result.error, type: "Error" }
              : typeof result === "number"
                ? { value: result, type: "Double" }
                : typeof result === "boolean"
                  ? { value: result, type: "Boolean" }
                  : { value: result, type: "String" };
        sheet.cells.set(k, { ...cell, ...shown });
      }
    }
  }
}
