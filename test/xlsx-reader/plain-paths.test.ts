/**
 * The byte reader's fast paths for plain cells, row tags and shared strings (src/xlsx/xlsx/plain-cell.ts,
 * plain-row.ts, plain-string.ts) against the saxes readers they replaced (the oracle in test/support/saxes-reader): on generated
 * worksheets and shared-strings parts whose items are plain, nearly plain (another attribute, a second `r`, single
 * quotes, a tab, an entity, a formula with attributes, a value that is not a canonical decimal, a missing shared
 * string, a row number out of bounds, a phonetic run) or damaged, cut into chunks anywhere and under tight limits (nesting, cells, strings), they
 * give the same snapshot or strings, or refuse the part for the same reason.
 */
import fc from "fast-check";
import { ByteXmlParser, type Attributes, type ByteXmlHandler } from "../../src/xlsx/xlsx/byte-xml";
import { LIMITS, type Limits } from "../../src/xlsx/xlsx/limits";
import { SharedStringsHandler } from "../../src/xlsx/xlsx/package-parts";
import type { PlainCell } from "../../src/xlsx/xlsx/plain-cell";
import { SheetHandler, WorkbookCells } from "../../src/xlsx/xlsx/sheet";
import type { CellStyle } from "../../src/xlsx/xlsx/styles";
import {
  SheetHandler as OracleSheetHandler,
  SharedStringsHandler as OracleSharedStringsHandler,
} from "../support/saxes-reader/sheet";
import {
  PROPERTY,
  assertDamagedAlike,
  RUNS,
  parseWithSaxes,
  pushInPieces,
  refusal,
} from "../support/byte-xml-runs";

const STRINGS = ["Mã", "Đảng bộ xã", "", "DV000001"];
const STYLES: CellStyle[] = [
  { numberFormat: undefined, isDate: false, font: undefined },
  { numberFormat: "#,##0", isDate: false, font: undefined },
  { numberFormat: "dd/mm/yyyy", isDate: true, font: undefined },
  { numberFormat: undefined, isDate: false, font: ".VnTime" },
];

type Outcome = { read: unknown } | { refused: string };

/** What a reader made of a part, `read` after it: its outcome, or the reason it refused it. */
function outcome(parse: () => void, read: () => unknown): Outcome {
  try {
    parse();
  } catch (error) {
    return { refused: refusal(error) };
  }
  return { read: read() };
}

function tally(): { cells: number; slots: number } {
  return { cells: 0, slots: 0 };
}

/** Items handed whole to the handlers below: the fast paths must be taken, not only left to the general one. */
let handedWhole = 0;

/** Rows opened by the plain-row path. */
let plainRows = 0;

class CountingSheetHandler extends SheetHandler {
  private opening = false;

  override cell(cell: PlainCell): void {
    handedWhole++;
    super.cell(cell);
  }

  override open(name: string, attributes: Attributes): void {
    this.opening = true;
    super.open(name, attributes);
    this.opening = false;
  }

  override row(r: number): void {
    if (!this.opening) plainRows++;
    super.row(r);
  }
}

class CountingStringsHandler extends SharedStringsHandler {
  override sharedString(text: string): void {
    handedWhole++;
    super.sharedString(text);
  }
}

/** The byte reader with `handler`, fed `xml` in pieces cut at `cuts`. */
function withBytes(
  xml: Uint8Array,
  cuts: readonly number[],
  limits: Limits,
  handler: ByteXmlHandler
): () => void {
  return () => pushInPieces(new ByteXmlParser(handler, "part.xml", limits), xml, cuts);
}

/** A worksheet as the saxes sheet reader reads it. */
function sheetWithSaxes(xml: Uint8Array, limits: Limits): Outcome {
  const handler = new OracleSheetHandler("part.xml", STRINGS, STYLES, false, tally(), limits);
  return outcome(
    () => parseWithSaxes(xml, handler, limits),
    () => handler.snapshot("S")
  );
}

/** A worksheet as the byte reader reads it, in pieces cut at `cuts`. */
function sheetWithBytes(xml: Uint8Array, cuts: readonly number[], limits: Limits): Outcome {
  const cells = new WorkbookCells(STYLES, STRINGS.length);
  const handler = new CountingSheetHandler("part.xml", STRINGS, cells, false, tally(), limits);
  return outcome(withBytes(xml, cuts, limits, handler), () => handler.snapshot("S"));
}

const attribute = fc.oneof(
  fc.tuple(
    fc.constant("r"),
    fc.constantFrom(
      "A1",
      "B2",
      "$C$3",
      "d4",
      "AA10",
      "XFD1",
      "XFE1",
      "A1048577",
      "A0",
      "1A",
      "",
      "A&#49;"
    )
  ),
  fc.tuple(
    fc.constant("s"),
    fc.constantFrom("0", "1", "2", "3", "01", "9", "1234567890123456", "", "x")
  ),
  fc.tuple(fc.constant("t"), fc.constantFrom("s", "n", "b", "str", "e", "inlineStr", "", "S")),
  fc.tuple(fc.constantFrom("cm", "x:r"), fc.constantFrom("1", "A1"))
);

/** Any cell: plain or nearly plain, its attributes in any order, some twice. */
const anyCell = fc.record({
  attributes: fc.array(attribute, { maxLength: 4 }),
  space: fc.constantFrom(" ", " ", " ", "\t", "  "),
  quote: fc.constantFrom('"', '"', '"', "'"),
  formula: fc.option(
    fc.constantFrom(
      "<f>ROUND(C7/B7*100,2)</f>",
      '<f>"x"&amp;A1</f>',
      "<f>A1>B1</f>",
      "<f></f>",
      "<f>Đ</f>",
      '<f t="shared" si="0"/>',
      "<f> </f>"
    ),
    { nil: undefined }
  ),
  value: fc.option(
    fc.constantFrom(
      "<v>1</v>",
      "<v>93.75</v>",
      "<v>0</v>",
      "<v>3</v>",
      "<v>4</v>",
      "<v>-2.5</v>",
      "<v>45000.5</v>",
      "<v>007</v>",
      "<v>1e3</v>",
      "<v>1.50</v>",
      "<v>-0</v>",
      "<v>123456789012345</v>",
      "<v></v>",
      "<v>#N/A</v>",
      "<v>&#49;</v>",
      "<v><![CDATA[2]]></v>",
      "<v>1</v><v>2</v>"
    ),
    { nil: undefined }
  ),
  gap: fc.constantFrom("", "", "", "<!-- g -->", "\n"),
  selfClose: fc.boolean(),
});

/** A plain cell, as the fast path takes it (and as big sheets are made of). */
const plainCell = fc.record({
  attributes: fc.uniqueArray(
    fc.oneof(
      fc.tuple(fc.constant("r"), fc.constantFrom("A1", "B2", "$C$3", "d4", "AA10", "XFD1")),
      fc.tuple(fc.constant("s"), fc.constantFrom("0", "1", "2", "3", "01", "9")),
      fc.tuple(fc.constant("t"), fc.constantFrom("s", "n", "b"))
    ),
    { maxLength: 3, selector: ([name]) => name }
  ),
  space: fc.constant(" "),
  quote: fc.constant('"'),
  formula: fc.option(fc.constantFrom("<f>ROUND(C7/B7*100,2)</f>", '<f>"x"</f>'), {
    nil: undefined,
    freq: 2,
  }),
  value: fc.option(
    fc.constantFrom("<v>1</v>", "<v>93.75</v>", "<v>0</v>", "<v>3</v>", "<v>4</v>", "<v>-2.5</v>"),
    { nil: undefined, freq: 2 }
  ),
  gap: fc.constant(""),
  selfClose: fc.boolean(),
});

interface Cell {
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly space: string;
  readonly quote: string;
  readonly formula: string | undefined;
  readonly value: string | undefined;
  readonly gap: string;
  readonly selfClose: boolean;
}

function serialise(c: Cell): string {
  const attributes = c.attributes
    .map(([name, value]) => `${c.space}${name}=${c.quote}${value}${c.quote}`)
    .join("");
  const inside = `${c.formula ?? ""}${c.gap}${c.value ?? ""}`;
  return inside === "" && c.selfClose ? `<c${attributes}/>` : `<c${attributes}>${inside}</c>`;
}

/** A plain cell but for one thing, which the fast path must see and leave to the general one. */
const NEARLY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^<c/, '<c r="B2"'],
  [/^<c/, '<c cm="1"'],
  [/"/g, "'"],
  [/^<c /, "<c\t"],
  [/^<c /, "<c\n  "],
  [/" /, '"'],
  [/="/, ' = "'],
  [/(\/?)>/, " $1>"],
  [/\/>/, "/ >"],
  [/r="/, 'r="A&#49;'],
  [/t="."/, 't="str"'],
  [/t="."/, 't="e"'],
  [/<\/c>/, "</c >"],
  [/<v>/, "<v >"],
  [/<v>/, "<v t='1'>"],
  [/<\/v>/, "</x>"],
  [/<\/v>/, "</v><v>1</v>"],
  [/<f>/, "<f>\r\n"],
  [/<f>/, "<f>&amp;"],
  [/<f>/, "<f>&bogus;"],
  [/<f>/, "<f>]]>"],
  [/<f>/, "<f>\u0001"],
  [/<v>/, "<v> "],
  [/<f>/, '<f t="shared" si="0">'],
  [/<\/f>/, "</f><!-- x -->"],
  [/^<c([^>]*)>/, "<c$1><![CDATA[]]>"],
  [/^<c/, "<x:c"],
  [/^<c(.*)<\/c>$/, "<x:c$1</x:c>"],
];

const cell = fc.oneof(
  { arbitrary: plainCell.map(serialise), weight: 3 },
  {
    arbitrary: fc
      .tuple(plainCell.map(serialise), fc.constantFrom(...NEARLY))
      .map(([xml, [pattern, replacement]]) => xml.replace(pattern, replacement)),
    weight: 2,
  },
  { arbitrary: anyCell.map(serialise), weight: 2 }
);

/** A row tag's attributes but `r`: as Excel writes them, none, or not what the plain-row path takes. */
const rowAttributes = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' spans="1:4" x14ac:dyDescent="0.25"',
      "",
      ' ht="15" customHeight="1"'
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      " spans='1:4'",
      ' spans="1" spans="2"',
      ' r="2"',
      ' R="1"',
      ' é="1"',
      '\tspans="1"',
      ' spans="a&amp;b"',
      ' spans="a&bogus;b"',
      ' spans="a>b"',
      ' spans = "1"',
      ' spans="1"ht="2"',
      ' 1a="1"',
      ' a="1" b="2" c="3" d="4" e="5" f="6" g="7" h="8"',
      " "
    ),
  }
);

/** A row's `r`: the row's own number, none, or one the plain-row path leaves to the general one. */
const rowNumber = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<string | undefined>("own", undefined) },
  fc.constantFrom<string | undefined>(
    "7",
    "0",
    "01",
    "4",
    "1048577",
    " 1",
    "1.0",
    "",
    "1234567890123456"
  )
);

const row = fc.record({
  cells: fc.array(cell, { maxLength: 5 }),
  r: rowNumber,
  others: rowAttributes,
  rLast: fc.boolean(),
  selfClose: fc.boolean(),
});

const sheet = fc.record({ rows: fc.array(row, { maxLength: 6 }) });

function build({ rows }: typeof sheet extends fc.Arbitrary<infer T> ? T : never): string {
  const data = rows
    .map(({ cells, r, others, rLast, selfClose }, index) => {
      const number = r === undefined ? "" : ` r="${r === "own" ? index + 1 : r}"`;
      const attributes = rLast ? `${others}${number}` : `${number}${others}`;
      return cells.length === 0 && selfClose
        ? `<row${attributes}/>`
        : `<row${attributes}>${cells.join("")}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;
}

/** The damages the property makes (see damaged in byte-xml-runs.ts). */
const DAMAGE_KINDS = [
  "delete",
  "insert <",
  "insert >",
  "insert /",
  'insert "',
  "insert  ",
  "insert =",
  "insert &",
  "insert c",
  "insert v",
  "insert 1",
  "insert .",
  "insert \u0001",
  "insert é",
];

/** Limits as they are, or tight enough that a cell's `<v>` is nested too deep or the sheet holds too many cells. */
const limits = fc.constantFrom<Limits>(
  LIMITS,
  LIMITS,
  { ...LIMITS, maxDepth: 2 },
  { ...LIMITS, maxDepth: 3 },
  { ...LIMITS, maxDepth: 4 },
  { ...LIMITS, maxDepth: 5 },
  { ...LIMITS, maxCells: 3 },
  { ...LIMITS, maxRow: 3 }
);

const encoder = new TextEncoder();

describe("plain cells and row tags read whole, against the saxes sheet reader", () => {
  beforeEach(() => {
    handedWhole = 0;
    plainRows = 0;
  });

  it("reads generated worksheets, cut anywhere, as saxes does", () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.nat(), { maxLength: 6 }), limits, (doc, cuts, bounds) => {
        const bytes = encoder.encode(build(doc));
        const expected = sheetWithSaxes(bytes, bounds);
        expect(sheetWithBytes(bytes, [], bounds)).toEqual(expected);
        expect(sheetWithBytes(bytes, cuts, bounds)).toEqual(expected);
      }),
      PROPERTY
    );
    // Many runs hand the reader plain cells and rows, and it takes them whole.
    expect(handedWhole).toBeGreaterThan(RUNS / 2);
    expect(plainRows).toBeGreaterThan(RUNS / 2);
  });

  it("refuses damaged worksheets for the same reason as saxes, and reads the ones saxes reads alike", () => {
    const refused = assertDamagedAlike(
      sheet,
      DAMAGE_KINDS,
      build,
      (bytes) => sheetWithSaxes(bytes, LIMITS),
      (bytes, cuts) => sheetWithBytes(bytes, cuts, LIMITS)
    );
    expect(refused).toBeGreaterThan(RUNS / 4);
    expect(handedWhole).toBeGreaterThan(RUNS / 4);
    expect(plainRows).toBeGreaterThan(RUNS / 4);
  });
});

const item = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom("<si><t>", '<si><t xml:space="preserve">'),
        fc.constantFrom("Mã", "Đảng bộ xã số 1", "", " lead", "a\tb", "a\nb", "DV000001", "😀")
      )
      .map(([open, text]) => `${open}${text}</t></si>`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "<si><t>a&amp;b</t></si>",
      "<si><t>a&bogus;b</t></si>",
      "<si><t>a\r\nb</t></si>",
      "<si><t>a>b</t></si>",
      "<si><t>]]></t></si>",
      "<si><t>\uFFFE</t></si>",
      "<si><t>\uF000x</t></si>",
      "<si><t>\u0001</t></si>",
      "<si><t/></si>",
      "<si><r><t>a</t></r><r><t>b</t></r></si>",
      '<si><t>a</t><rPh sb="0" eb="1"><t>ph</t></rPh></si>',
      "<rPh><si><t>in a phonetic run</t></si></rPh>",
      "<si ><t>x</t></si>",
      "<si><t >x</t></si>",
      "<si><t xml:space='preserve'>x</t></si>",
      "<x:si><x:t>p</x:t></x:si>",
      "<si><t>x</t ></si>",
      "<si><t>x</t></si >",
      "<si><t><![CDATA[c]]></t></si>",
      "<si><t>a<!-- c -->b</t></si>",
      "<si><t>x</t></si><si>",
      "<si><t>x</si>"
    ),
  }
);

const strings = fc.record({
  items: fc.array(item, { maxLength: 8 }),
  gap: fc.constantFrom("", "", "\n"),
});

function buildStrings({ items, gap }: { items: string[]; gap: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.join(gap)}</sst>`;
}

/** Limits as they are, or tight enough that a `<t>` is nested too deep, or there are too many or too long strings. */
const stringLimits = fc.constantFrom<Limits>(
  LIMITS,
  LIMITS,
  { ...LIMITS, maxDepth: 2 },
  { ...LIMITS, maxDepth: 3 },
  { ...LIMITS, maxSharedStrings: 3 },
  { ...LIMITS, maxStringLength: 5 }
);

function stringsWithSaxes(xml: Uint8Array, limits: Limits): Outcome {
  const handler = new OracleSharedStringsHandler(limits);
  return outcome(
    () => parseWithSaxes(xml, handler, limits),
    () => handler.strings
  );
}

function stringsWithBytes(xml: Uint8Array, cuts: readonly number[], limits: Limits): Outcome {
  const handler = new CountingStringsHandler(limits);
  return outcome(withBytes(xml, cuts, limits, handler), () => handler.strings);
}

describe("plain shared strings read whole, against the saxes shared-strings reader", () => {
  beforeEach(() => {
    handedWhole = 0;
  });

  it("reads generated shared strings, cut anywhere, as saxes does", () => {
    fc.assert(
      fc.property(
        strings,
        fc.array(fc.nat(), { maxLength: 6 }),
        stringLimits,
        (doc, cuts, bounds) => {
          const bytes = encoder.encode(buildStrings(doc));
          const expected = stringsWithSaxes(bytes, bounds);
          expect(stringsWithBytes(bytes, [], bounds)).toEqual(expected);
          expect(stringsWithBytes(bytes, cuts, bounds)).toEqual(expected);
        }
      ),
      PROPERTY
    );
    expect(handedWhole).toBeGreaterThan(RUNS);
  });

  it("refuses damaged shared strings for the same reason as saxes, and reads the ones saxes reads alike", () => {
    const refused = assertDamagedAlike(
      strings,
      DAMAGE_KINDS,
      buildStrings,
      (bytes) => stringsWithSaxes(bytes, LIMITS),
      (bytes, cuts) => stringsWithBytes(bytes, cuts, LIMITS)
    );
    expect(refused).toBeGreaterThan(RUNS / 4);
    expect(handedWhole).toBeGreaterThan(RUNS / 4);
  });
});
