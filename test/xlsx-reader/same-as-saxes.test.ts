/**
 * The byte XML path reads every workbook as the saxes path it replaced (kept as the oracle in
 * test/support/saxes-reader): the same snapshot, deep-equal, or a refusal for the same reason. On the samples, the
 * LibreOffice fixtures, the command line's committee workbooks, the hostile and damaged corpora of the fuzz test,
 * and generated workbooks with what real files hold (shared and inline strings, rich text with phonetic runs,
 * entities, CDATA, namespace prefixes, shared formulas, errors, dates, 1904 dates, styles, merges).
 * (Every spec-suite workbook is compared too, in test/spec/support/check.ts.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { WorkbookSnapshot } from "../../src/core";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable";
import { readXlsx } from "../../src/xlsx/xlsx/read-xlsx";
import { committeeWorkbook } from "../cli/committee-workbook";
import { damagedFiles, hostileFiles, type CorpusFile } from "../fuzz/corpus";
import { readXlsxWithSaxes } from "../support/saxes-reader/read-xlsx";
import { workbookParts, zipParts } from "../support/xlsx-parts";

const RUNS = Number(process.env.PROPERTY_RUNS ?? "") || 150;
const ROOT = join(__dirname, "..", "..");

type Outcome = { snapshot: WorkbookSnapshot } | { refused: string };

function outcome(read: () => WorkbookSnapshot): Outcome {
  try {
    return { snapshot: read() };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { refused: error.reason };
    return { refused: "damaged" };
  }
}

function newPath(bytes: Uint8Array): Outcome {
  return outcome(() => {
    try {
      return readXlsx(bytes);
    } catch (cause) {
      if (cause instanceof UnreadableWorkbookError) throw cause;
      throw new UnreadableWorkbookError("damaged", { cause });
    }
  });
}

function expectSame(bytes: Uint8Array): Outcome {
  const expected = outcome(() => readXlsxWithSaxes(bytes));
  // toEqual: the same values (NaN equals NaN, -0 is not 0), keys with undefined left aside.
  expect(newPath(bytes)).toEqual(expected);
  return expected;
}

function filesIn(folder: string): CorpusFile[] {
  return readdirSync(join(ROOT, folder))
    .filter((name) => /\.xls[xm]$/.test(name))
    .map((name) => ({ name, bytes: readFileSync(join(ROOT, folder, name)) }));
}

describe("the byte XML path against the saxes path", () => {
  const files = [...filesIn("assets/samples"), ...filesIn("test/fixtures/libreoffice")];
  it.each(files.map((file) => [file.name, file] as const))(
    "reads %s to the same snapshot",
    (_name, file) => {
      expect(expectSame(file.bytes)).toHaveProperty("snapshot");
    }
  );

  it("reads the hostile files alike: the same snapshot or the same refusal", () => {
    for (const file of hostileFiles()) expectSame(file.bytes);
  });

  it("reads damaged committee workbooks alike: the same snapshot or the same refusal", async () => {
    const intact = [
      { name: "committee.xlsx", bytes: await committeeWorkbook() },
      { name: "heads.xlsx", bytes: await committeeWorkbook({ membersNow: 14 }) },
    ];
    for (const file of intact) expect(expectSame(file.bytes)).toHaveProperty("snapshot");
    const refusals = new Set<string>();
    for (const file of damagedFiles(intact, 20261130, 300)) {
      const result = expectSame(file.bytes);
      if ("refused" in result) refusals.add(result.refused);
    }
    expect(refusals.size).toBeGreaterThan(1);
  }, 120_000);

  const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy&quot; at &quot;hh:mm"/></numFmts><fonts count="2"><font><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts><cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="3" fontId="0"/><xf numFmtId="0" fontId="1"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="1"/></cellXfs></styleSheet>`;
  const SHARED = [
    "<si><t>Mã</t></si>",
    '<si><t xml:space="preserve"> Xã Kim Long </t></si>',
    '<si><r><rPr><b/></rPr><t>Đảng</t></r><r><t> bộ</t></r><rPh sb="0" eb="1"><t>ダン</t></rPh></si>',
    "<si><t>a &amp; b &lt;c&gt; &#x1F600; &#233;</t></si>",
    "<si><t><![CDATA[<raw> & text]]></t></si>",
    "<si><t/></si>",
    "<x:si><x:t>prefixed</x:t></x:si>",
    "<si><t>line\r\nbreak</t></si>",
  ];
  // `uniqueCount` as Excel writes it, missing, too small, too large or not a number: only a hint for the reader.
  const sharedStringsWith = (uniqueCount: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${SHARED.length}"${uniqueCount}><!-- strings -->${SHARED.join("\n")}</sst>`;
  const uniqueCount = fc.constantFrom(
    ` uniqueCount="${SHARED.length}"`,
    "",
    ' uniqueCount="3"',
    ' uniqueCount="5000000"',
    ' uniqueCount="x"',
    ' uniqueCount="0"'
  );

  const value = fc.constantFrom(
    "0",
    "-0",
    "12",
    "3.5",
    "1e3",
    " 7",
    "abc",
    "",
    "45000.5",
    "45000.123456789",
    "&#49;2",
    "<![CDATA[42]]>",
    "<![CDATA[]]>",
    "1<!-- c -->2",
    "007",
    "1.50",
    "0.0000001",
    "1234567890123456",
    "93.08",
    "1</v><v>2",
    "01</v><v>2"
  );
  const cellBody = fc.oneof(
    value.map((v) => ["", `<v>${v}</v>`] as const),
    fc
      .oneof(fc.nat({ max: SHARED.length }).map(String), fc.constantFrom("1.5", "-0", "01", " 2"))
      .map((i) => [' t="s"', `<v>${i}</v>`] as const),
    fc
      .constantFrom(
        "<is><t>Xã</t></is>",
        '<is><r><t>Đảng</t></r><r><t xml:space="preserve"> bộ</t></r><rPh sb="0" eb="1"><t>ph</t></rPh></is>',
        "<is><t>&lt;a&gt; &amp; &quot;b&quot;</t></is>",
        "<is><t><![CDATA[c & d]]></t></is>",
        "<is></is>",
        "<x:is><x:t>p</x:t></x:is>"
      )
      .map((inner) => [' t="inlineStr"', inner] as const),
    fc
      .constantFrom('<f>A1&amp;"x"</f><v>res &amp; more</v>', "<f>B1</f><v></v>", "<f>C1</f>")
      .map((inner) => [' t="str"', inner] as const),
    fc
      .constantFrom("<v>1</v>", "<v>0</v>", "<f>TRUE()</f><v>1</v>", "<v>2</v>", "<v>0.5</v>")
      .map((inner) => [' t="b"', inner] as const),
    fc
      .constantFrom("<v>#DIV/0!</v>", "<f>1/0</f><v>#DIV/0!</v>", "<f>NA()</f><v>#N/A</v>")
      .map((inner) => [' t="e"', inner] as const),
    fc
      .constantFrom("2023-05-01", "2023-05-01T10:30:00", "2023-05-01T10:30:00+07:00", "bogus")
      .map((d) => [' t="d"', `<v>${d}</v>`] as const),
    fc
      .constantFrom(
        '<f t="shared" ref="A1:A9" si="0">B1*2</f><v>4</v>',
        '<f t="shared" si="0"/><v>6</v>',
        '<f t="array" ref="C1:C2">A1:A2</f><v>1</v>',
        "<f></f><v>5</v>",
        "<f><![CDATA[]]></f><v>5</v>",
        "<f>SUM(A1:A2)</f>",
        "<f>X</f><v>45000.75</v>",
        // A formula's text is checked but never decoded: entities, a bad one, a character reference, an integer result.
        "<f>1&lt;2</f><v>7</v>",
        "<f>&bogus;</f><v>7</v>",
        "<f>A&#0;</f><v>7</v>",
        "<f>A1</f><v>7</v>"
      )
      .map((inner) => ["", inner] as const),
    fc.constant(["", ""] as const)
  );
  const cell = fc.record({
    prefix: fc.constantFrom("", "", "", "x:"),
    ref: fc.oneof(
      fc.constant(undefined),
      fc.tuple(fc.constantFrom("A", "B", "C", "D", "AA", "$B"), fc.integer({ min: 1, max: 12 }))
    ),
    style: fc.constantFrom("", "", ' s="0"', ' s="1"', ' s="2"', ' s="3"', ' s="4"', ' s="9"'),
    body: cellBody,
    quote: fc.constantFrom('"', "'"),
    gap: fc.constantFrom("", "", "\n  ", "<!-- gap -->"),
  });
  const row = fc.record({
    r: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    cells: fc.array(cell, { maxLength: 5 }),
  });
  const sheet = fc.record({
    rows: fc.array(row, { maxLength: 8 }),
    merges: fc.array(fc.constantFrom("A1:B2", "B3:B5", "C1:D1", "A10:A12", "Z1:Z2", "A1"), {
      maxLength: 3,
    }),
    date1904: fc.boolean(),
    level: fc.constantFrom<0 | 6>(0, 6),
    unique: uniqueCount,
  });

  it("reads generated workbooks alike", () => {
    fc.assert(
      fc.property(sheet, ({ rows, merges, date1904, level, unique }) => {
        const data = rows
          .map(({ r, cells }) => {
            const inner = cells
              .map(({ prefix, ref, style, body, quote, gap }) => {
                const at = ref === undefined ? "" : ` r=${quote}${ref[0]}${ref[1]}${quote}`;
                const name = `${prefix}c`;
                const text = body[1];
                return `${gap}<${name}${at}${style}${body[0]}${text === "" ? "/>" : `>${text}</${name}>`}`;
              })
              .join("");
            return `<row${r === undefined ? "" : ` r="${r}"`}>${inner}</row>`;
          })
          .join("");
        const mergeCells =
          merges.length === 0
            ? ""
            : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
        const parts = workbookParts([
          { name: "Tổ chức cơ sở đảng", body: `<sheetData>${data}</sheetData>${mergeCells}` },
        ]);
        parts["xl/styles.xml"] = STYLES;
        parts["xl/sharedStrings.xml"] = sharedStringsWith(unique);
        parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
          "<worksheet ",
          '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        );
        if (date1904)
          parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            "<sheets>",
            '<workbookPr date1904="1"/><sheets>'
          );
        expectSame(zipParts(parts, level));
      }),
      { numRuns: RUNS, seed: 20261130 }
    );
  });
});
