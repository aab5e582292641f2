/**
 * Computes the template's own formulas — the small part of Excel they use:
 * IF, OR, ROUND, SUM, COUNTA, COUNTIF, arithmetic and comparisons over cells,
 * A1 ranges (with their sheet) and table columns — so that a file written
 * without Excel (exceljs computes nothing) carries the results Excel would
 * show, and the engine, which reads cached results, sees them too.
 */
import { normaliseHeader } from "../helpers/normalise";

export type CalcError = { readonly error: string };
export type CalcValue = number | string | boolean | null | CalcError;

/** A table's data body, for `Table[Column]`. Rows 1-based, columns 0-based. */
export interface CalcTable {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly headers: ReadonlyArray<string>;
}

export interface CalcBook {
  /** The value of a cell (1-based row, 0-based column) — for a formula cell, its result. */
  value(sheet: string, row: number, column: number): CalcValue;
  table(name: string): CalcTable | null;
}

export function isCalcError(value: CalcValue): value is CalcError {
  return typeof value === "object" && value !== null;
}

const VALUE_ERROR: CalcError = { error: "#VALUE!" };
const DIV0: CalcError = { error: "#DIV/0!" };
const NAME_ERROR: CalcError = { error: "#NAME?" };
const REF_ERROR: CalcError = { error: "#REF!" };

interface Area {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

type Operand = CalcValue | Area;

function isArea(value: Operand): value is Area {
  return typeof value === "object" && value !== null && "top" in value;
}

class FormulaError extends Error {}

function letterColumn(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

type Token =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "string"; readonly value: string }
  | {
      readonly type: "ref";
      readonly sheet: string | null;
      readonly from: string;
      readonly to: string | null;
    }
  | { readonly type: "table"; readonly table: string; readonly column: string }
  | { readonly type: "function"; readonly name: string }
  | { readonly type: "op"; readonly value: string };

const CELL = /^\$?([A-Z]{1,3})\$?([0-9]+)$/i;

function tokenise(formula: string): Token[] {
  const tokens: Token[] = [];
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  while (i < text.length) {
    const read = readToken(text.slice(i));
    if (read.token) tokens.push(read.token);
    i += read.length;
  }
  return tokens;
}

/** What one step of the tokeniser read: a token (none for white space) and how many characters it took. */
interface TokenRead {
  readonly token: Token | null;
  readonly length: number;
}

/** The token at the start of `rest`, tried in order: space, number, text, reference, table column, function, operator. */
function readToken(rest: string): TokenRead {
  const space = /^\s+/.exec(rest);
  if (space) return { token: null, length: space[0].length };
  const number = /^[0-9]+(\.[0-9]+)?/.exec(rest);
  if (number)
    return { token: { type: "number", value: Number(number[0]) }, length: number[0].length };
  if (rest[0] === '"') {
    const { value, end } = quotedAt(rest, '"', "unterminated string");
    return { token: { type: "string", value }, length: end + 1 };
  }
  const read =
    referenceAt(rest) ?? tableColumnTokenAt(rest) ?? functionAt(rest) ?? operatorAt(rest);
  if (read) return read;
  throw new FormulaError(`unexpected ${rest.slice(0, 10)}`);
}

/** Text between `quote`s at the start of `text`, a doubled quote standing for one; `end` is the closing quote's index. */
function quotedAt(
  text: string,
  quote: string,
  unterminated: string
): { value: string; end: number } {
  let value = "";
  let j = 1;
  for (;;) {
    if (j >= text.length) throw new FormulaError(unterminated);
    if (text[j] === quote) {
      if (text[j + 1] === quote) {
        value += quote;
        j += 2;
        continue;
      }
      return { value, end: j };
    }
    value += text[j++];
  }
}

/** A sheet prefix (`'My sheet'!` or `Sheet1!`), if there is one, and the characters it takes. */
function sheetPrefixAt(rest: string): { sheet: string | null; length: number } {
  if (rest[0] === "'") {
    const { value, end } = quotedAt(rest, "'", "unterminated sheet name");
    if (rest[end + 1] !== "!") throw new FormulaError("sheet name without !");
    return { sheet: value, length: end + 2 };
  }
  const bare = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(rest);
  return bare ? { sheet: bare[1], length: bare[0].length } : { sheet: null, length: 0 };
}

/** A cell or a range, with or without a sheet; a sheet prefix must be followed by one. */
function referenceAt(rest: string): TokenRead | null {
  const { sheet, length } = sheetPrefixAt(rest);
  const range = /^(\$?[A-Z]{1,3}\$?[0-9]+)(:(\$?[A-Z]{1,3}\$?[0-9]+))?(?![A-Za-z0-9_([])/i.exec(
    rest.slice(length)
  );
  if (range) {
    return {
      token: { type: "ref", sheet, from: range[1], to: range[3] ?? null },
      length: length + range[0].length,
    };
  }
  if (sheet !== null) throw new FormulaError("a sheet name without a cell");
  return null;
}

/** A structured reference: `Table[Column]` or `Table[[Column]]`. */
function tableColumnTokenAt(rest: string): TokenRead | null {
  const structured = /^([A-Za-z_][A-Za-z0-9_.]*)\[/.exec(rest);
  if (!structured) return null;
  const { column, length } = tableColumnAt(rest, structured[0].length);
  return {
    token: { type: "table", table: structured[1], column },
    length: structured[0].length + length,
  };
}

/** A function's name and its opening bracket. */
function functionAt(rest: string): TokenRead | null {
  const name = /^([A-Za-z][A-Za-z0-9.]*)\s*\(/.exec(rest);
  return name
    ? { token: { type: "function", name: name[1].toUpperCase() }, length: name[0].length }
    : null;
}

function operatorAt(rest: string): TokenRead | null {
  const op = /^(<=|>=|<>|[-+*/&=<>(),])/.exec(rest);
  return op ? { token: { type: "op", value: op[0] }, length: op[0].length } : null;
}

/** The column specifier after `Table[`: `Col]` or `[Col]]`, with `'` escapes. Returns the column and the characters read. */
function tableColumnAt(text: string, start: number): { column: string; length: number } {
  const doubled = text[start] === "[";
  let j = doubled ? start + 1 : start;
  let column = "";
  while (j < text.length && text[j] !== "]") {
    if (text[j] === "'") j++;
    column += text[j++];
  }
  if (text[j] !== "]") throw new FormulaError("unterminated table column");
  j++;
  if (doubled) {
    if (text[j] !== "]") throw new FormulaError("unterminated table reference");
    j++;
  }
  return { column, length: j - start };
}

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly sheet: string,
    private readonly book: CalcBook
  ) {}

  parse(): Operand {
    const value = this.comparison();
    if (this.position < this.tokens.length)
      throw new FormulaError("unexpected text after the formula");
    return value;
  }

  private peekOp(...ops: string[]): string | null {
    const token = this.tokens[this.position];
    return token?.type === "op" && ops.includes(token.value) ? token.value : null;
  }

  private expectOp(op: string): void {
    if (this.peekOp(op) === null) throw new FormulaError(`expected ${op}`);
    this.position++;
  }

  private comparison(): Operand {
    let left = this.concatenation();
    for (
      let op = this.peekOp("=", "<>", "<", ">", "<=", ">=");
      op !== null;
      op = this.peekOp("=", "<>", "<", ">", "<=", ">=")
    ) {
      this.position++;
      left = compare(op, scalar(left, this.book), scalar(this.concatenation(), this.book));
    }
    return left;
  }

  private concatenation(): Operand {
    let left = this.additive();
    while (this.peekOp("&") !== null) {
      this.position++;
      const a = scalar(left, this.book);
      const b = scalar(this.additive(), this.book);
      left = isCalcError(a) ? a : isCalcError(b) ? b : `${textOf(a)}${textOf(b)}`;
    }
    return left;
  }

  private additive(): Operand {
    let left = this.multiplicative();
    for (let op = this.peekOp("+", "-"); op !== null; op = this.peekOp("+", "-")) {
      this.position++;
      left = arithmetic(op, scalar(left, this.book), scalar(this.multiplicative(), this.book));
    }
    return left;
  }

  private multiplicative(): Operand {
    let left = this.unary();
    for (let op = this.peekOp("*", "/"); op !== null; op = this.peekOp("*", "/")) {
      this.position++;
      left = arithmetic(op, scalar(left, this.book), scalar(this.unary(), this.book));
    }
    return left;
  }

  private unary(): Operand {
    const op = this.peekOp("-", "+");
    if (op !== null) {
      this.position++;
      const value = numberOf(scalar(this.unary(), this.book));
      return isCalcError(value) ? value : op === "-" ? -value : value;
    }
    return this.primary();
  }

  private primary(): Operand {
    const token = this.tokens[this.position++];
    if (!token) throw new FormulaError("the formula ends too soon");
    switch (token.type) {
      case "number":
      case "string":
        return token.value;
      case "ref":
        return this.area(token.sheet ?? this.sheet, token.from, token.to ?? token.from);
      case "table": {
        const table = this.book.table(token.table);
        if (!table) return NAME_ERROR;
        const index = table.headers.findIndex(
          (header) => normaliseHeader(header) === normaliseHeader(token.column)
        );
        if (index < 0) return REF_ERROR;
        const column = table.firstColumn + index;
        return {
          sheet: table.sheet,
          top: table.firstRow,
          bottom: table.lastRow,
          left: column,
          right: column,
        };
      }
      case "function":
        return this.call(token.name);
      case "op":
        if (token.value === "(") {
          const value = this.comparison();
          this.expectOp(")");
          return value;
        }
        throw new FormulaError(`unexpected ${token.value}`);
    }
  }

  private area(sheet: string, from: string, to: string): Area {
    const a = CELL.exec(from);
    const b = CELL.exec(to);
    if (!a || !b) throw new FormulaError(`not a cell: ${from}`);
    const rows = [Number(a[2]), Number(b[2])];
    const columns = [letterColumn(a[1]), letterColumn(b[1])];
    return {
      sheet,
      top: Math.min(...rows),
      bottom: Math.max(...rows),
      left: Math.min(...columns),
      right: Math.max(...columns),
    };
  }

  private call(name: string): Operand {
    const args: Operand[] = [];
    if (this.peekOp(")") === null) {
      for (;;) {
        args.push(this.comparison());
        if (this.peekOp(",") === null) break;
        this.position++;
      }
    }
    this.expectOp(")");
    return applyFunction(name, args, this.book);
  }
}

function textOf(value: CalcValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** A value in arithmetic: blank is 0, TRUE is 1, text that is a number is that number. */
function numberOf(value: CalcValue): number | CalcError {
  if (isCalcError(value)) return value;
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const trimmed = value.trim();
  const parsed = trimmed === "" ? NaN : Number(trimmed);
  return Number.isFinite(parsed) ? parsed : VALUE_ERROR;
}

function arithmetic(op: string, left: CalcValue, right: CalcValue): CalcValue {
  const a = numberOf(left);
  if (isCalcError(a)) return a;
  const b = numberOf(right);
  if (isCalcError(b)) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    default:
      return b === 0 ? DIV0 : a / b;
  }
}

/** Excel's order across types: numbers < text < booleans; a blank is 0 beside a number, "" beside text, FALSE beside a boolean. */
function compare(op: string, left: CalcValue, right: CalcValue): CalcValue {
  if (isCalcError(left)) return left;
  if (isCalcError(right)) return right;
  type Plain = string | number | boolean;
  const rank = (value: Plain) =>
    typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
  const blankAs = (other: Plain | null): Plain =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const a: Plain = left === null ? blankAs(right) : left;
  const b: Plain = right === null ? blankAs(left) : right;
  let order: number;
  if (rank(a) !== rank(b)) order = rank(a) - rank(b);
  else if (typeof a === "string" && typeof b === "string")
    order = a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  else order = Number(a) - Number(b);
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** A single value: an area used as a value is its top-left cell (the template never relies on implicit intersection). */
function scalar(operand: Operand, book: CalcBook): CalcValue {
  if (!isArea(operand)) return operand;
  return book.value(operand.sheet, operand.top, operand.left);
}

function cellsOf(operand: Operand, book: CalcBook): CalcValue[] {
  if (!isArea(operand)) return [operand];
  const values: CalcValue[] = [];
  for (let row = operand.top; row <= operand.bottom; row++) {
    for (let column = operand.left; column <= operand.right; column++)
      values.push(book.value(operand.sheet, row, column));
  }
  return values;
}

function truth(value: CalcValue): boolean | CalcError {
  if (isCalcError(value)) return value;
  if (typeof value === "boolean") return value;
  if (value === null) return false;
  if (typeof value === "number") return value !== 0;
  const upper = value.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return VALUE_ERROR;
}

/** Excel rounds halves away from zero, on the decimal digits it shows (0.125 → 0.13). */
function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  return value < 0 ? -rounded : rounded;
}

function applyFunction(name: string, args: Operand[], book: CalcBook): CalcValue {
  switch (name) {
    case "IF": {
      const condition = truth(scalar(args[0] ?? false, book));
      if (isCalcError(condition)) return condition;
      const chosen = condition ? args[1] : args[2];
      return chosen === undefined ? condition : scalar(chosen, book);
    }
    case "OR": {
      let any = false;
      for (const arg of args) {
        for (const value of isArea(arg)
          ? cellsOf(arg, book).filter((cell) => typeof cell === "boolean" || isCalcError(cell))
          : [scalar(arg, book)]) {
          const t = truth(value);
          if (isCalcError(t)) return t;
          any ||= t;
        }
      }
      return any;
    }
    case "ROUND": {
      const value = numberOf(scalar(args[0] ?? null, book));
      const digits = numberOf(scalar(args[1] ?? null, book));
      if (isCalcError(value)) return value;
      if (isCalcError(digits)) return digits;
      return round(value, Math.trunc(digits));
    }
    case "SUM": {
      let total = 0;
      for (const arg of args) {
        // In a range, text and booleans are skipped; typed as an argument they count.
        const values = isArea(arg)
          ? cellsOf(arg, book).filter((value) => typeof value === "number" || isCalcError(value))
          : [scalar(arg, book)];
        for (const value of values) {
          const number = numberOf(value);
          if (isCalcError(number)) return number;
          total += number;
        }
      }
      return total;
    }
    case "COUNTA":
      return args.reduce<number>(
        (count, arg) => count + cellsOf(arg, book).filter((value) => value !== null).length,
        0
      );
    case "COUNTIF": {
      const criterion = scalar(args[1] ?? null, book);
      if (isCalcError(criterion)) return criterion;
      if (typeof criterion === "string" && /^[<>=]|[*?~]/.test(criterion))
        throw new FormulaError("COUNTIF criteria other than a plain value are not supported");
      const cells = cellsOf(args[0] ?? null, book);
      return cells.filter(
        (value) => value !== null && !isCalcError(value) && compare("=", value, criterion) === true
      ).length;
    }
    default:
      return NAME_ERROR;
  }
}

/**
 * The result of `formula` (with or without its `=`) written on sheet `sheet`. A formula outside the subset
 * throws: the template writes none, and a wrong result would be worse than none.
 */
export function calculate(formula: string, sheet: string, book: CalcBook): CalcValue {
  return scalar(new Parser(tokenise(formula), sheet, book).parse(), book);
}
