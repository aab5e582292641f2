/**
 * The byte reader's fast path for plain cells (src/xlsx/xlsx/plain-cell.ts) against the saxes sheet reader it
 * replaced (the oracle in test/support/saxes-reader): on generated worksheets whose cells are plain, nearly plain
 * (another attribute, a second `r`, single quotes, a tab, an entity, a formula with attributes, a value that is not
 * a canonical decimal, a missing shared string) or damaged, cut into chunks anywhere and under tight limits (nesting,
 * cells), it gives the same snapshot or refuses the sheet for the same reason.
 */
import fc from "fast-check";
import { zipSync } from "fflate";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable";
import { ByteXmlParser } from "../../src/xlsx/xlsx/byte-xml";
import { LIMITS, type Limits } from "../../src/xlsx/xlsx/limits";
import type { PlainCell } from "../../src/xlsx/xlsx/plain-cell";
import { SheetHandler, WorkbookCells } from "../../src/xlsx/xlsx/sheet";
import type { CellStyle } from "../../src/xlsx/xlsx/styles";
import { parsePart } from "../../src/xlsx/xlsx/xml";
import { ReadBudget, readCentralDirectory } from "../../src/xlsx/xlsx/zip";
import { SheetHandler as OracleSheetHandler } from "../support/saxes-reader/sheet";

const RUNS = Number(process.env.PROPERTY_RUNS ?? "") || 300;
const PROPERTY = { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? "") || 20261130 };

const STRINGS = ["Mã", "Đảng bộ xã", "", "DV000001"];
const STYLES: CellStyle[] = [
  { numberFormat: undefined, isDate: false, font: undefined },
  { numberFormat: "#,##0", isDate: false, font: undefined },
  { numberFormat: "dd/mm/yyyy", isDate: true, font: undefined },
  { numberFormat: undefined, isDate: false, font: ".VnTime" },
];

type Outcome = { snapshot: unknown } | { refused: string };

function refusal(error: unknown): Outcome {
  return { refused: error instanceof UnreadableWorkbookError ? error.reason : "damaged" };
}

/** The saxes sheet reader, as xml.ts drives it, over a stored zip entry. */
function withSaxes(xml: Uint8Array, limits: Limits): Outcome {
  const zip = zipSync({ "sheet.xml": [xml, { level: 0 }] });
  const entry = readCentralDirectory(zip).get("sheet.xml")!;
  const handler = new OracleSheetHandler("sheet.xml", STRINGS, STYLES, false, tally(), limits);
  try {
    parsePart(zip, entry, handler, new ReadBudget(), limits);
  } catch (error) {
    return refusal(error);
  }
  return { snapshot: handler.snapshot("S") };
}

function tally(): { cells: number; slots: number } {
  return { cells: 0, slots: 0 };
}

/** The sheet reader with the cells it was handed whole counted, to be sure the fast path was taken. */
class CountingSheetHandler extends SheetHandler {
  plainCells = 0;

  override cell(cell: PlainCell): void {
    this.plainCells++;
    super.cell(cell);
  }
}

let plainCells = 0;

/** The byte reader, fed the worksheet in pieces cut at `cuts` (taken modulo its length + 1). */
function withBytes(xml: Uint8Array, cuts: number[], limits: Limits): Outcome {
  const handler = new CountingSheetHandler(
    "sheet.xml",
    STRINGS,
    new WorkbookCells(STYLES, STRINGS.length),
    false,
    tally(),
    limits
  );
  const parser = new ByteXmlParser(handler, "sheet.xml", limits);
  try {
    let at = 0;
    for (const cut of cuts.map((c) => c % (xml.length + 1)).sort((a, b) => a - b)) {
      parser.push(xml.slice(at, cut));
      at = cut;
    }
    parser.push(xml.slice(at));
    parser.end();
  } catch (error) {
    return refusal(error);
  } finally {
    plainCells += handler.plainCells;
  }
  return { snapshot: handler.snapshot("S") };
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

const sheet = fc.record({
  rows: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }),
  numbered: fc.boolean(),
});

function build({ rows, numbered }: typeof sheet extends fc.Arbitrary<infer T> ? T : never): string {
  const data = rows
    .map((cells, r) => `<row${numbered ? ` r="${r + 1}"` : ""}>${cells.join("")}</row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;
}

const damage = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom(
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
    "insert é"
  ),
});

/** Limits as they are, or tight enough that a cell's `<v>` is nested too deep or the sheet holds too many cells. */
const limits = fc.constantFrom<Limits>(
  LIMITS,
  LIMITS,
  { ...LIMITS, maxDepth: 4 },
  { ...LIMITS, maxDepth: 5 },
  { ...LIMITS, maxCells: 3 }
);

const encoder = new TextEncoder();

describe("plain cells read whole, against the saxes sheet reader", () => {
  beforeEach(() => {
    plainCells = 0;
  });

  it("reads generated worksheets, cut anywhere, as saxes does", () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.nat(), { maxLength: 6 }), limits, (doc, cuts, bounds) => {
        const bytes = encoder.encode(build(doc));
        const expected = withSaxes(bytes, bounds);
        expect(withBytes(bytes, [], bounds)).toEqual(expected);
        expect(withBytes(bytes, cuts, bounds)).toEqual(expected);
      }),
      PROPERTY
    );
    // Most runs hand the reader plain cells, and it takes them whole.
    expect(plainCells).toBeGreaterThan(RUNS);
  });

  it("refuses damaged worksheets for the same reason as saxes, and reads the ones saxes reads alike", () => {
    let refused = 0;
    fc.assert(
      fc.property(
        sheet,
        fc.array(damage, { minLength: 1, maxLength: 2 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (doc, damages, cuts) => {
          let xml = build(doc);
          for (const { at, kind } of damages) {
            const position = at % (xml.length + 1);
            const inserted = kind === "delete" ? "" : kind.slice("insert ".length);
            xml =
              xml.slice(0, position) + inserted + xml.slice(position + (kind === "delete" ? 1 : 0));
          }
          const bytes = encoder.encode(xml);
          const expected = withSaxes(bytes, LIMITS);
          if ("refused" in expected) refused++;
          expect(withBytes(bytes, cuts, LIMITS)).toEqual(expected);
        }
      ),
      PROPERTY
    );
    expect(refused).toBeGreaterThan(RUNS / 4);
    expect(plainCells).toBeGreaterThan(RUNS / 2);
  });
});
