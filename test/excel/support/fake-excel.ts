/**
 * An Office.js request context over a FakeWorkbook, built on office-addin-mock.
 *
 * It mirrors the object chain src/excel walks (workbook → worksheets → worksheet → range → conditional formats,
 * settings, protection, events) with Office.js's batching: property writes and method calls are queued and run
 * in order at `context.sync()`; loaded properties are filled at sync by an OfficeMockObject, so a property read
 * before it was loaded and synced reads "Error, property was not loaded", exactly as with office-addin-mock.
 * Like Excel, a batch that fails part-way keeps the writes that ran before the failure; a batch in cell-edit
 * mode runs nothing. Each sync's request and response size is measured against Excel on the web's limits.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  columnNumber,
  EMPTY,
  key,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeSheet,
  type FakeWorkbook,
} from "./fake-workbook";

export const NOT_LOADED = "Error, property was not loaded";
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface SyncRecord {
  readonly responseBytes: number;
  readonly cellsRead: number;
  readonly requestBytes: number;
  readonly writes: ReadonlyArray<string>;
}

export function officeError(code: string, message = code): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

interface Queued {
  readonly kind: "write" | "load";
  readonly description: string;
  readonly bytes: number;
  run(): Promise<void> | void;
}

type Data = Record<string, unknown> | null;

interface ObjectSpec {
  readonly description: string;
  /** Scalar properties that may be loaded. */
  readonly properties: ReadonlyArray<string>;
  /** The current value of the requested scalar properties; null makes a null object. */
  resolve(properties: ReadonlyArray<string>): Data;
  readonly methods?: Record<string, (...args: never[]) => unknown>;
  /** Navigation properties: created once per object. */
  readonly children?: Record<string, () => FakeProxy>;
  /** For a collection: its items, created at sync time when `items/…` is loaded. */
  readonly items?: () => FakeProxy[];
  /** A property write, applied at sync. */
  readonly write?: (property: string, value: unknown) => void;
  /** Members newer than ExcelApi 1.1, by the minor version of the set that brought them (`{ hyperlink: 7 }`). */
  readonly sets?: Readonly<Record<string, number>>;
}

/** The sets of the members the fake has, beyond 1.1 (from @types/office-js); shared by every object spec. */
const MEMBER_SETS: Readonly<Record<string, number>> = {
  getRangeByIndexes: 7,
  getUsedRangeOrNullObject: 4,
  getItemOrNullObject: 4,
  conditionalFormats: 6,
  customOrNullObject: 6,
  hyperlink: 7,
  onChanged: 7,
  freezePanes: 7,
  columnWidth: 2,
  pageLayout: 9,
};

export interface FakeProxy {
  performLoad(paths: ReadonlyArray<string>): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- stands in for any Office.js object
  [property: string]: any;
}

function splitPaths(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (Array.isArray(spec)) return spec.flatMap((part) => splitPaths(part));
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
  throw new Error(`Unsupported load argument ${JSON.stringify(spec)}`);
}

export class FakeContext {
  readonly syncs: SyncRecord[] = [];
  readonly workbook: FakeProxy;
  private queue: Queued[] = [];
  private responseBytes = 0;
  private cellsRead = 0;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = this.workbookProxy();
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Queues a write; `bytes` is what the request would carry for it. */
  enqueueWrite(description: string, run: () => void, payload?: unknown): void {
    this.queue.push({
      kind: "write",
      description,
      bytes: 120 + (payload === undefined ? 0 : JSON.stringify(payload).length),
      run,
    });
  }

  enqueueLoad(description: string, run: () => Promise<void>): void {
    this.queue.push({ kind: "load", description, bytes: 120, run });
  }

  countResponse(data: unknown, cells: number): void {
    this.responseBytes += JSON.stringify(data).length;
    this.cellsRead += cells;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    this.cellsRead = 0;
    const requestBytes = queue.reduce((sum, item) => sum + item.bytes, 0);
    this.syncs.push({
      responseBytes: 0,
      cellsRead: 0,
      requestBytes,
      writes: queue.filter((item) => item.kind === "write").map((item) => item.description),
    });
    const record = () => {
      this.syncs[this.syncs.length - 1] = {
        ...this.syncs[this.syncs.length - 1],
        responseBytes: this.responseBytes,
        cellsRead: this.cellsRead,
      };
    };
    if (this.book.editing)
      throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    if (requestBytes > this.book.payloadLimitBytes)
      throw officeError("RequestPayloadSizeLimitExceeded");
    for (const item of queue) {
      if (item.kind === "write" && this.book.failWrite?.(item.description))
        throw officeError("GeneralException", `Failed: ${item.description}`);
      await item.run();
    }
    // office-addin-mock settles nested properties a few microtasks after its sync resolves.
    await new Promise((resolve) => setImmediate(resolve));
    record();
    if (this.responseBytes > this.book.payloadLimitBytes)
      throw officeError("ResponsePayloadSizeLimitExceeded");
  }

  /** A client object: loads fill an OfficeMockObject at sync; writes and calls are queued. */
  clientObject(spec: ObjectSpec): FakeProxy {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxy handlers below need the fake context
    const context = this;
    const loadedProperties = new Set<string>();
    const childCache = new Map<string, FakeProxy>();
    let mock: OfficeMockObject | null = null;
    let loaded = false;
    let isNull = false;
    let items: FakeProxy[] | null = null;

    const child = (name: string): FakeProxy => {
      let existing = childCache.get(name);
      if (!existing) childCache.set(name, (existing = spec.children![name]()));
      return existing;
    };

    const performLoad = async (paths: ReadonlyArray<string>): Promise<void> => {
      const scalars = paths.filter((path) => !path.includes("/"));
      const nested = new Map<string, string[]>();
      for (const path of paths.filter((p) => p.includes("/"))) {
        const [head, ...rest] = path.split("/");
        nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      }
      for (const path of paths) gate(path.split("/")[0]);
      for (const property of scalars) {
        if (property === "items" && spec.items) nested.set("items", nested.get("items") ?? []);
        else if (!spec.properties.includes(property))
          throw officeError("PropertyNotLoaded", `${spec.description} has no property ${property}`);
        else loadedProperties.add(property);
      }
      const data = spec.resolve([...loadedProperties]);
      loaded = true;
      isNull = data === null;
      if (data !== null && loadedProperties.size > 0) {
        mock = new OfficeMockObject(data);
        mock.load([...loadedProperties]);
        await mock.sync();
      }
      for (const [head, rest] of nested) {
        if (head === "items" && spec.items) {
          items = isNull ? [] : spec.items();
          for (const item of items) await item.performLoad(rest);
        } else if (spec.children?.[head]) {
          await child(head).performLoad(rest);
        } else {
          throw officeError(
            "PropertyNotLoaded",
            `${spec.description} has no navigation property ${head}`
          );
        }
      }
    };

    const gate = (property: string) => {
      const set = spec.sets?.[property] ?? MEMBER_SETS[property];
      if (set !== undefined && set > context.book.apiLevel) {
        const what = `${spec.description}.${property} (ExcelApi 1.${set})`;
        context.book.apiViolations.push(what);
        throw officeError("ApiNotFound", `${what} is not in ExcelApi 1.${context.book.apiLevel}`);
      }
    };

    const proxy: FakeProxy = new Proxy({} as FakeProxy, {
      get(_target, property) {
        if (typeof property === "symbol") return undefined;
        if (property === "__label") return spec.description;
        gate(property);
        if (property === "performLoad") return performLoad;
        if (property === "context") return context;
        if (property === "load") {
          return (argument?: unknown) => {
            const paths = splitPaths(argument);
            context.enqueueLoad(`${spec.description}.load(${paths.join(",")})`, () =>
              performLoad(paths)
            );
            return proxy;
          };
        }
        if (property === "isNullObject") return loaded ? isNull : NOT_LOADED;
        if (property === "items" && spec.items) return items ?? NOT_LOADED;
        if (spec.methods && property in spec.methods) return spec.methods[property];
        if (spec.children && property in spec.children) return child(property);
        if (spec.properties.includes(property)) {
          if (!loaded || !loadedProperties.has(property)) return NOT_LOADED;
          return isNull ? null : (mock as unknown as Record<string, unknown>)[property];
        }
        return undefined;
      },
      set(_target, property, value) {
        if (typeof property === "symbol" || !spec.write)
          throw new Error(`${spec.description}.${String(property)} cannot be set`);
        gate(property);
        context.enqueueWrite(
          `${spec.description}.${property}`,
          () => spec.write!(property, value),
          value
        );
        return true;
      },
    });
    return proxy;
  }

  // ---- the object model -------------------------------------------------------------------------------

  private workbookProxy(): FakeProxy {
    const book = this.book;
    return this.clientObject({
      description: "workbook",
      properties: ["name"],
      sets: { name: 7, protection: 7, settings: 4 },
      resolve: () => ({ name: book.name }),
      children: {
        worksheets: () => this.worksheetsProxy(),
        settings: () => this.settingsProxy(),
        protection: () =>
          this.clientObject({
            description: "workbook.protection",
            properties: ["protected"],
            resolve: () => ({ protected: book.workbookProtected }),
          }),
      },
    });
  }

  private worksheetsProxy(): FakeProxy {
    const book = this.book;
    const byName = (name: string) => () =>
      book.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ?? null;
    return this.clientObject({
      description: "worksheets",
      properties: [],
      resolve: () => ({}),
      items: () =>
        book.sheets.map((sheet) =>
          this.worksheetProxy(() => (book.sheets.includes(sheet) ? sheet : null), sheet.name)
        ),
      methods: {
        getItem: (name: string) => this.worksheetProxy(byName(name), name),
        getItemOrNullObject: (name: string) => this.worksheetProxy(byName(name), name, true),
        add: (name: string) => {
          let created: FakeSheet | null = null;
          this.enqueueWrite(
            `worksheets.add(${name})`,
            () => {
              if (book.workbookProtected)
                throw officeError("AccessDenied", "The workbook is protected.");
              if (byName(name)())
                throw officeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
              created = book.addSheet(name);
            },
            name
          );
          return this.worksheetProxy(() => created, name);
        },
      },
    });
  }

  worksheetProxy(find: () => FakeSheet | null, label: string, orNull = false): FakeProxy {
    const book = this.book;
    const sheet = (): FakeSheet => {
      const found = find();
      if (!found) throw officeError("ItemNotFound", `No sheet ${label}`);
      return found;
    };
    const range = (rect: (s: FakeSheet) => Rect | null, description: string) =>
      this.rangeProxy(sheet, rect, `${label}!${description}`);
    return this.clientObject({
      description: `worksheet(${label})`,
      properties: ["name", "visibility", "id"],
      sets: { protection: 2 },
      resolve: () => {
        const found = find();
        if (!found) {
          if (orNull) return null;
          throw officeError("ItemNotFound", `No sheet ${label}`);
        }
        return { name: found.name, visibility: found.visibility, id: found.id };
      },
      write: (property, value) => {
        if (property !== "visibility") throw new Error(`worksheet.${property} is not faked`);
        if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden")
          throw officeError("InvalidArgument", `Bad visibility ${String(value)}`);
        const s = sheet();
        if (value !== "Visible" && book.active === s.name)
          throw officeError("InvalidOperation", "The active sheet cannot be hidden.");
        s.visibility = value;
      },
      children: {
        charts: () => this.chartsProxy(sheet, label),
        pageLayout: () =>
          this.clientObject({
            description: `${label}.pageLayout`,
            properties: ["orientation", "paperSize"],
            resolve: () => ({ ...(book.pageLayouts.get(sheet().name) ?? {}) }),
            write: (property, value) => {
              const layout = book.pageLayouts.get(sheet().name) ?? {};
              book.pageLayouts.set(sheet().name, { ...layout, [property]: value });
            },
            methods: {
              setPrintTitleRows: (rows: string) =>
                this.enqueueWrite(`${label}.pageLayout.setPrintTitleRows`, () => {
                  const layout = book.pageLayouts.get(sheet().name) ?? {};
                  book.pageLayouts.set(sheet().name, { ...layout, printTitleRows: rows });
                }),
            },
          }),
        protection: () =>
          this.clientObject({
            description: `${label}.protection`,
            properties: ["protected"],
            resolve: () => ({ protected: sheet().protected }),
          }),
        onChanged: () =>
          ({
            add: (handler: FakeSheet["handlers"][number]) => {
              this.enqueueWrite(
                `${label}.onChanged.add`,
                () => void sheet().handlers.push(handler)
              );
              const result = {
                context: this,
                remove: () =>
                  this.enqueueWrite(`${label}.onChanged.remove`, () => {
                    const handlers = sheet().handlers;
                    const index = handlers.indexOf(handler);
                    if (index >= 0) handlers.splice(index, 1);
                  }),
              };
              return result;
            },
          }) as unknown as FakeProxy,
      },
      methods: {
        getRange: (address?: string) =>
          range(
            () =>
              address === undefined
                ? { row: 0, column: 0, rowCount: SHEET_ROWS, columnCount: SHEET_COLUMNS }
                : parseRange(address),
            address ?? "(sheet)"
          ),
        getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
          range(
            () => ({ row, column, rowCount, columnCount }),
            `R${row}C${column}:${rowCount}x${columnCount}`
          ),
        getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
          range((s) => usedRect(s, null, valuesOnly === true), "usedRange"),
        // Excel: "If the worksheet is blank, this function will return the top left cell"; valuesOnly is ExcelApi 1.2.
        getUsedRange: (...args: [boolean?]) => {
          if (args.length > 0 && book.apiLevel < 2) {
            book.apiViolations.push(`worksheet(${label}).getUsedRange(valuesOnly) (ExcelApi 1.2)`);
            throw officeError("ApiNotFound", "getUsedRange(valuesOnly) is ExcelApi 1.2");
          }
          return range(
            (s) =>
              usedRect(s, null, args[0] === true) ?? {
                row: 0,
                column: 0,
                rowCount: 1,
                columnCount: 1,
              },
            "usedRange"
          );
        },
        activate: () =>
          this.enqueueWrite(`${label}.activate`, () => {
            const s = sheet();
            if (s.visibility !== "Visible")
              throw officeError("InvalidOperation", "A hidden sheet cannot be activated.");
            book.active = s.name;
          }),
        delete: () =>
          this.enqueueWrite(`${label}.delete`, () => {
            if (book.workbookProtected)
              throw officeError("AccessDenied", "The workbook is protected.");
            const s = sheet();
            // Excel refuses to delete a very hidden sheet (office-js issue #365): it must be made hidden first.
            if (s.visibility === "VeryHidden")
              throw officeError(
                "GeneralException",
                "There was an internal error while processing the request."
              );
            book.sheets.splice(book.sheets.indexOf(s), 1);
            // A sheet's charts and page layout go with it.
            book.charts.delete(s.name);
            book.pageLayouts.delete(s.name);
            if (book.active === s.name) book.active = book.sheets[0]?.name;
          }),
      },
    });
  }

  rangeProxy(
    sheet: () => FakeSheet,
    rectOf: (s: FakeSheet) => Rect | null,
    label: string
  ): FakeProxy {
    const book = this.book;
    const rect = (): Rect => {
      const found = rectOf(sheet());
      if (!found) throw officeError("ItemNotFound", `${label} is a null range`);
      return found;
    };
    const writable = () => {
      const s = sheet();
      if (s.protected) throw officeError("AccessDenied", `${s.name} is protected.`);
      return s;
    };
    const eachCell = (
      value: unknown,
      apply: (cell: FakeCell, v: unknown) => void,
      property: string
    ) => {
      const s = writable();
      const r = rect();
      const grid = value as unknown[][];
      if (
        !Array.isArray(grid) ||
        grid.length !== r.rowCount ||
        grid.some((row) => !Array.isArray(row) || row.length !== r.columnCount)
      ) {
        throw officeError(
          "InvalidArgument",
          `${property} of ${label} must be ${r.rowCount}×${r.columnCount}`
        );
      }
      for (let i = 0; i < r.rowCount; i++) {
        for (let j = 0; j < r.columnCount; j++) {
          const k = key(r.row + i, r.column + j);
          const cell = { ...(s.cells.get(k) ?? EMPTY) };
          apply(cell, grid[i][j]);
          s.cells.set(k, cell);
        }
      }
    };
    const format = (): FakeProxy =>
      this.clientObject({
        description: `${label}.format`,
        properties: [],
        resolve: () => ({}),
        children: {
          font: () =>
            this.clientObject({
              description: `${label}.format.font`,
              properties: ["bold"],
              resolve: () => ({}),
              write: (property, value) => {
                if (property !== "bold") throw new Error(`font.${property} is not faked`);
                const s = writable();
                const r = rect();
                for (let i = 0; i < r.rowCount; i++)
                  for (let j = 0; j < r.columnCount; j++)
                    s.cells.set(key(r.row + i, r.column + j), {
                      ...(s.cells.get(key(r.row + i, r.column + j)) ?? EMPTY),
                      bold: value === true,
                    });
              },
            }),
        },
        write: (property, value) => {
          if (property !== "columnWidth") throw new Error(`format.${property} is not faked`);
          const r = rect();
          for (let j = 0; j < r.columnCount; j++)
            writable().columnWidths.set(r.column + j, value as number);
        },
      });

    return this.clientObject({
      description: `range(${label})`,
      properties: [
        "address",
        "rowIndex",
        "columnIndex",
        "rowCount",
        "columnCount",
        "values",
        "valueTypes",
        "numberFormat",
        "formulas",
      ],
      resolve: (properties) => {
        const s = sheet();
        const r = rectOf(s);
        if (!r) return null;
        const data: Record<string, unknown> = {};
        const cellProperties = properties.filter((p) =>
          ["values", "valueTypes", "numberFormat", "formulas"].includes(p)
        );
        if (cellProperties.length > 0) {
          if (r.rowCount * r.columnCount > book.cellLimit)
            throw officeError(
              "RangeExceedsLimit",
              `${label} has more than ${book.cellLimit} cells`
            );
          const grid = (read: (cell: FakeCell) => unknown) => {
            const rows: unknown[][] = [];
            for (let i = 0; i < r.rowCount; i++) {
              const row: unknown[] = [];
              for (let j = 0; j < r.columnCount; j++)
                row.push(read(book.cellAt(s, r.row + i, r.column + j)));
              rows.push(row);
            }
            return rows;
          };
          for (const property of cellProperties) {
            data[property] = grid((cell) =>
              property === "values"
                ? cell.value
                : property === "valueTypes"
                  ? cell.type
                  : property === "numberFormat"
                    ? cell.numberFormat
                    : (cell.formula ?? cell.value)
            );
          }
        }
        Object.assign(data, {
          address: `${quoteSheet(s.name)}!${rectAddress(r)}`,
          rowIndex: r.row,
          columnIndex: r.column,
          rowCount: r.rowCount,
          columnCount: r.columnCount,
        });
        const returned = Object.fromEntries(properties.map((p) => [p, data[p]]));
        this.countResponse(returned, cellProperties.length > 0 ? r.rowCount * r.columnCount : 0);
        return data;
      },
      write: (property, value) => {
        switch (property) {
          case "numberFormat":
            return eachCell(value, (cell, v) => void (cell.numberFormat = String(v)), property);
          case "values":
            return eachCell(value, (cell, v) => enterValue(cell, v), property);
          case "formulas":
            return eachCell(value, (cell, v) => enterFormula(cell, v), property);
          case "hyperlink": {
            const r = rect();
            if (r.rowCount !== 1 || r.columnCount !== 1)
              throw new Error("hyperlinks are written one cell at a time here");
            const link = value as FakeCell["hyperlink"];
            return eachCell(
              [[link]],
              (cell) => {
                cell.hyperlink = { ...link };
                if (link?.textToDisplay !== undefined) enterValue(cell, link.textToDisplay);
              },
              property
            );
          }
          default:
            throw new Error(`range.${property} is not faked`);
        }
      },
      methods: {
        getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
          this.rangeProxy(
            sheet,
            (s) => usedRect(s, rectOf(s), valuesOnly === true),
            `${label}.used`
          ),
        clear: () =>
          this.enqueueWrite(`${label}.clear`, () => {
            const s = writable();
            const r = rect();
            for (const k of [...s.cells.keys()]) {
              const [row, column] = k.split(",").map(Number);
              if (overlaps({ row, column, rowCount: 1, columnCount: 1 }, r)) s.cells.delete(k);
            }
          }),
        select: () =>
          this.enqueueWrite(`${label}.select`, () => {
            const s = sheet();
            if (book.active !== s.name)
              throw officeError(
                "InvalidSelection",
                "Only cells of the active sheet can be selected."
              );
            book.selection = { sheet: s.name, address: rectAddress(rect()) };
          }),
      },
      children: {
        format,
        conditionalFormats: () => this.conditionalFormatsProxy(sheet, rect, label),
      },
    });
  }

  private conditionalFormatsProxy(
    sheet: () => FakeSheet,
    rect: () => Rect,
    label: string
  ): FakeProxy {
    const book = this.book;
    const formatProxy = (
      find: () => FakeConditionalFormat | null,
      description: string
    ): FakeProxy => {
      const format = () => {
        const found = find();
        if (!found) throw officeError("ItemNotFound", `No conditional format ${description}`);
        return found;
      };
      return this.clientObject({
        description,
        properties: ["id", "type"],
        resolve: () => {
          const found = find();
          if (!found) throw officeError("ItemNotFound", `No conditional format ${description}`);
          return { id: found.id, type: found.type };
        },
        methods: {
          delete: () =>
            this.enqueueWrite(`${description}.delete`, () => {
              const s = sheet();
              if (s.protected) throw officeError("AccessDenied", `${s.name} is protected.`);
              const index = s.conditionalFormats.indexOf(format());
              s.conditionalFormats.splice(index, 1);
            }),
        },
        children: {
          custom: () => this.customProxy(format, `${description}.custom`, false),
          customOrNullObject: () =>
            this.customProxy(() => find(), `${description}.customOrNullObject`, true),
        },
      });
    };
    return this.clientObject({
      description: `${label}.conditionalFormats`,
      properties: [],
      resolve: () => ({}),
      items: () => {
        const s = sheet();
        const r = rect();
        return s.conditionalFormats
          .filter((format) => overlaps(format, r))
          .map((format) =>
            formatProxy(
              () => (sheet().conditionalFormats.includes(format) ? format : null),
              `conditionalFormat(${format.id})`
            )
          );
      },
      methods: {
        add: (type: string) => {
          let created: FakeConditionalFormat | null = null;
          this.enqueueWrite(
            `${label}.conditionalFormats.add`,
            () => {
              const s = sheet();
              if (s.protected) throw officeError("AccessDenied", `${s.name} is protected.`);
              created = {
                id: book.newId(),
                type: type as FakeConditionalFormat["type"],
                ...rect(),
              };
              s.conditionalFormats.unshift(created);
            },
            type
          );
          return formatProxy(() => created, `${label}.newConditionalFormat`);
        },
        getItem: (id: string) =>
          formatProxy(
            () => sheet().conditionalFormats.find((format) => format.id === id) ?? null,
            `conditionalFormat(${id})`
          ),
      },
    });
  }

  private customProxy(
    find: () => FakeConditionalFormat | null,
    description: string,
    orNull: boolean
  ): FakeProxy {
    const custom = () => {
      const found = find();
      if (!found || found.type !== "Custom") {
        if (orNull) return null;
        throw officeError("InvalidArgument", `${description} is not a custom conditional format`);
      }
      return found;
    };
    const mustHave = () => {
      const found = custom();
      if (!found) throw officeError("InvalidArgument", `${description} is a null object`);
      return found;
    };
    return this.clientObject({
      description,
      properties: [],
      resolve: () => (custom() ? {} : null),
      children: {
        rule: () =>
          this.clientObject({
            description: `${description}.rule`,
            properties: ["formula"],
            resolve: () => {
              const found = custom();
              return found ? { formula: found.formula ?? "" } : null;
            },
            write: (property, value) => {
              if (property !== "formula") throw new Error(`rule.${property} is not faked`);
              mustHave().formula = String(value);
            },
          }),
        format: () =>
          this.clientObject({
            description: `${description}.format`,
            properties: [],
            resolve: () => ({}),
            children: {
              fill: () =>
                this.clientObject({
                  description: `${description}.format.fill`,
                  properties: ["color"],
                  resolve: () => ({ color: custom()?.fill ?? "" }),
                  write: (property, value) => {
                    if (property !== "color") throw new Error(`fill.${property} is not faked`);
                    mustHave().fill = String(value);
                  },
                }),
            },
          }),
      },
    });
  }

  /** Charts (ExcelApi 1.1): kept by sheet name in book.charts; they go with their sheet. */
  private chartsProxy(sheet: () => FakeSheet, label: string): FakeProxy {
    const book = this.book;
    return this.clientObject({
      description: `${label}.charts`,
      properties: [],
      resolve: () => ({}),
      items: () =>
        (book.charts.get(sheet().name) ?? []).map((chart) =>
          this.clientObject({
            description: `chart(${chart.name})`,
            properties: ["name"],
            resolve: () => ({ name: chart.name }),
          })
        ),
      methods: {
        add: (type: string, source: FakeProxy, seriesBy?: string) => {
          const chart: {
            name: string;
            type: string;
            source: string;
            top?: number;
            left?: number;
            title?: string;
            seriesBy?: string;
            position?: string;
          } = {
            name: `Chart ${book.newId()}`,
            type,
            source: String(source?.__label ?? ""),
            seriesBy,
          };
          this.enqueueWrite(
            `${label}.charts.add(${type})`,
            () => {
              const name = sheet().name;
              book.charts.set(name, [...(book.charts.get(name) ?? []), chart]);
            },
            type
          );
          return this.clientObject({
            description: `chart(${chart.name})`,
            properties: ["name"],
            resolve: () => ({ name: chart.name }),
            write: (property, value) => {
              if (property !== "name") throw new Error(`chart.${property} is not faked`);
              chart.name = String(value);
            },
            methods: {
              setPosition: (start: string, end?: string) =>
                this.enqueueWrite(
                  `chart.setPosition`,
                  () => void (chart.position = `${start}:${end ?? start}`)
                ),
            },
            children: {
              title: () =>
                this.clientObject({
                  description: `chart(${chart.name}).title`,
                  properties: ["text"],
                  resolve: () => ({ text: chart.title }),
                  write: (property, value) => {
                    if (property !== "text") throw new Error(`title.${property} is not faked`);
                    chart.title = String(value);
                  },
                }),
              legend: () =>
                this.clientObject({
                  description: `chart(${chart.name}).legend`,
                  properties: ["visible"],
                  resolve: () => ({}),
                  write: () => undefined,
                }),
            },
          });
        },
      },
    });
  }

  private settingsProxy(): FakeProxy {
    const book = this.book;
    return this.clientObject({
      description: "settings",
      properties: [],
      resolve: () => ({}),
      methods: {
        add: (name: string, value: unknown) => {
          this.enqueueWrite(
            `settings.add(${name})`,
            () => void book.settings.set(name, value),
            value
          );
          return this.clientObject({
            description: `setting(${name})`,
            properties: ["value"],
            resolve: () => ({ value: book.settings.get(name) }),
          });
        },
        getItemOrNullObject: (name: string) =>
          this.clientObject({
            description: `setting(${name})`,
            properties: ["value"],
            resolve: () => (book.settings.has(name) ? { value: book.settings.get(name) } : null),
            methods: {
              delete: () =>
                this.enqueueWrite(`setting(${name}).delete`, () => void book.settings.delete(name)),
            },
          }),
      },
    });
  }
}

/** A formula written through Range.formulas; the fake evaluates HYPERLINK (its display text) and nothing else. */
function enterFormula(cell: FakeCell, value: unknown): void {
  const text = String(value);
  if (!text.startsWith("=") || cell.numberFormat === "@") return enterValue(cell, value);
  const link = /^=HYPERLINK\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(text);
  cell.formula = text;
  cell.value = link ? link[2].replace(/""/g, '"') : "#NAME?";
  cell.type = link ? "String" : "Error";
}

/** What Excel does with a value written into a cell: under the Text format ('@') it stays text, always. */
function enterValue(cell: FakeCell, value: unknown): void {
  delete cell.formula;
  if (value === "" || value === null) {
    cell.value = "";
    cell.type = "Empty";
  } else if (typeof value === "number") {
    cell.value = value;
    cell.type = "Double";
  } else if (typeof value === "boolean") {
    cell.value = value;
    cell.type = "Boolean";
  } else {
    const text = String(value);
    if (cell.numberFormat !== "@" && /^[=+]/.test(text)) {
      // Excel would take this as a formula; the fake marks it so a test sees the text was not kept.
      cell.formula = text.startsWith("+") ? `=${text.slice(1)}` : text;
      cell.value = "#NAME?";
      cell.type = "Error";
    } else if (cell.numberFormat !== "@" && text.trim() !== "" && Number.isFinite(Number(text))) {
      cell.value = Number(text);
      cell.type = "Double";
    } else {
      cell.value = text;
      cell.type = "String";
    }
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

function isUsed(cell: FakeCell, valuesOnly: boolean): boolean {
  return (
    cell.type !== "Empty" ||
    cell.formula !== undefined ||
    (!valuesOnly && (cell.numberFormat !== "General" || cell.fill !== undefined))
  );
}

/** The bounding box of the used cells of a sheet (within `within` when given); null when there are none. */
function usedRect(sheet: FakeSheet, within: Rect | null, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const include = (row: number, column: number) => {
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  };
  for (const [k, cell] of sheet.cells) {
    const [row, column] = k.split(",").map(Number);
    if (within && !overlaps({ row, column, rowCount: 1, columnCount: 1 }, within)) continue;
    if (isUsed(cell, valuesOnly)) include(row, column);
  }
  const generated = sheet.generated;
  if (generated) {
    const area = within
      ? intersectRect(generated, within)
      : {
          row: generated.row,
          column: generated.column,
          rowCount: generated.rowCount,
          columnCount: generated.columnCount,
        };
    if (area) {
      include(area.row, area.column);
      include(area.row + area.rowCount - 1, area.column + area.columnCount - 1);
    }
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

function intersectRect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  return rowEnd > row && columnEnd > column
    ? { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column }
    : null;
}

function letters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function rectAddress(r: Rect): string {
  const start = `${letters(r.column)}${r.row + 1}`;
  return r.rowCount === 1 && r.columnCount === 1
    ? start
    : `${start}:${letters(r.column + r.columnCount - 1)}${r.row + r.rowCount}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `B7`, `A1:C3`, `1:250` (whole rows) or `A:C` (whole columns). */
function parseRange(address: string): Rect {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  const rows = /^[0-9]+$/;
  const columns = /^[A-Z]+$/i;
  if (rows.test(from) && rows.test(to))
    return {
      row: Number(from) - 1,
      column: 0,
      rowCount: Number(to) - Number(from) + 1,
      columnCount: SHEET_COLUMNS,
    };
  if (columns.test(from) && columns.test(to))
    return {
      row: 0,
      column: columnNumber(from),
      rowCount: SHEET_ROWS,
      columnCount: columnNumber(to) - columnNumber(from) + 1,
    };
  const cell = (text: string) => {
    const match = /^([A-Z]+)([0-9]+)$/i.exec(text);
    if (!match) throw officeError("InvalidArgument", `Bad address ${address}`);
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

/** A context over `book`, typed as Office.js's so our functions take it as they take Excel's own. */
export function excelContext(book: FakeWorkbook): {
  context: Excel.RequestContext;
  fake: FakeContext;
} {
  const fake = new FakeContext(book);
  return { context: fake as unknown as Excel.RequestContext, fake };
}
