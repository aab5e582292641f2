/**
 * Property tests: on any snapshot, however odd, the engine returns a coherent
 * report and never throws, and every finding's cell exists in its sheet.
 */
import fc from "fast-check";
import {
  DIRECTIONS,
  GOAL_SCOPES,
  INDICATOR_IDS,
  OPERATORS,
  SHEETS,
  SUMMARY_ITEMS,
  UNIT_TYPES,
} from "./form/form";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./model/snapshot";
import { validateWorkbook } from "./validate";
import type { Report } from "./model/report";

/** PROPERTY_RUNS=20000 npx jest validate.property for a long run; 200 by default. */
const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? "") || 200;

const SPEC_NAMES = Object.values(SHEETS).flatMap((def) => [def.id, def.names.en, def.names.vi]);
const HEADERS = Object.values(SHEETS).flatMap((def) =>
  def.fields.flatMap((field) => [field.id, field.headers.en, field.headers.vi])
);
const VALUES = [
  ...UNIT_TYPES.flatMap((value) => [value.id, value.labels!.vi]),
  ...DIRECTIONS.map((value) => value.id),
  ...OPERATORS.map((value) => value.id),
  "≥",
  "≤",
  ...GOAL_SCOPES.map((value) => value.id),
  ...INDICATOR_IDS,
  ...SUMMARY_ITEMS.flatMap((item) => [item.id, item.labels.vi]),
  "X01",
  "x01 ",
  "X02",
  "Xã Đông",
  "Xã Đồng",
  "Xã Kim Long".normalize("NFD"),
  "xã  kim long ",
  "Tổng cộng",
  "Total",
  "Cộng",
  "6.300",
  "93,08",
  "6,300",
  "93.08",
  "12abc",
  "#DIV/0!",
  "#N/A",
  " ",
  "",
  "\u00a0",
];

/** A spelling a user might give a name or header: as is, upper-case without diacritics, NFD, padded with NBSP. */
const spelling = (texts: string[]) =>
  fc.tuple(fc.constantFrom(...texts), fc.integer({ min: 0, max: 3 })).map(([text, variant]) => {
    switch (variant) {
      case 1:
        return text
          .normalize("NFD")
          .replace(/\p{M}/gu, "")
          .replace(/đ/g, "d")
          .replace(/Đ/g, "D")
          .toUpperCase();
      case 2:
        return text.normalize("NFD");
      case 3:
        return `\u00a0 ${text.replace(/ /g, "  ")} `;
      default:
        return text;
    }
  });

const cell: fc.Arbitrary<CellSnapshot | null | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(fc.integer({ min: -5, max: 200 }), fc.double())
      .map((value) => ({ kind: "number" as const, value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .double({ min: 0, max: 1, noNaN: true })
      .map((value) => ({ kind: "number" as const, value, numberFormat: "0.00%" })),
  },
  { weight: 3, arbitrary: spelling(VALUES).map((value) => ({ kind: "text" as const, value })) },
  { weight: 2, arbitrary: spelling(HEADERS).map((value) => ({ kind: "text" as const, value })) },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 30 }).map((value) => ({ kind: "text" as const, value })),
  },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ kind: "boolean" as const, value })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("#DIV/0!", "#REF!", "#N/A")
      .map((value) => ({ kind: "error" as const, value })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom("number", "text", "boolean", "error", "empty", "rich"),
      value: fc.oneof(fc.constant(null), fc.double(), fc.string({ maxLength: 8 }), fc.boolean()),
      numberFormat: fc.oneof(fc.constant(undefined), fc.constant("0%"), fc.constant(7)),
    }) as unknown as fc.Arbitrary<CellSnapshot>,
  }
);

/** Rows with the sheet's real headers somewhere in the first rows most of the time, so the deep checks run. */
function sheetRows(name: string): fc.Arbitrary<SheetSnapshot["rows"]> {
  const def = Object.values(SHEETS).find((candidate) =>
    [candidate.id, candidate.names.en, candidate.names.vi].includes(name)
  );
  const headerRow = def
    ? fc
        .shuffledSubarray(
          def.fields.flatMap((field) => [field.headers.vi, field.headers.en]),
          { minLength: def.fields.length - 1, maxLength: def.fields.length + 1 }
        )
        .map((headers) => headers.map((value) => ({ kind: "text" as const, value })))
    : fc.constant([]);
  const row = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 8, arbitrary: fc.array(cell, { maxLength: 8 }) }
  );
  return fc
    .tuple(fc.array(row, { maxLength: 3 }), headerRow, fc.array(row, { maxLength: 14 }))
    .map(([above, header, below]) => [...above, header, ...below]);
}

const sheetSnapshot: fc.Arbitrary<SheetSnapshot> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SPEC_NAMES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }
  )
  .chain((name) => fc.tuple(fc.constant(name), spelling([name]), sheetRows(name)))
  .map(([, shown, rows]) => ({ name: shown, rows }));

const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  sheets: fc.array(sheetSnapshot, { maxLength: 9 }),
});

function parseAddress(address: string): { row: number; col: number } | null {
  const match = /^([A-Z]+)([1-9][0-9]*)$/.exec(address);
  if (!match) return null;
  let col = 0;
  for (const letter of match[1]) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

function extent(sheet: SheetSnapshot): { rows: number; cols: number } {
  const rows = Array.isArray(sheet.rows) ? sheet.rows : [];
  let cols = 0;
  for (const row of rows) if (Array.isArray(row)) cols = Math.max(cols, row.length);
  return { rows: rows.length, cols };
}

function assertCoherent(workbook: WorkbookSnapshot, report: Report): void {
  const counts = { error: 0, warning: 0, shortfall: 0 };
  for (const finding of report.findings) {
    counts[finding.severity]++;
    if (finding.cell === undefined) continue;
    const address = parseAddress(finding.cell);
    expect(address).not.toBeNull();
    const inside = workbook.sheets.some((sheet) => {
      if (sheet.name !== finding.sheet) return false;
      const size = extent(sheet);
      return address!.row < size.rows && address!.col < size.cols;
    });
    if (!inside)
      throw new Error(`${finding.code} at ${finding.sheet}!${finding.cell} lies outside its sheet`);
  }
  expect(report.counts).toEqual(counts);
  expect(report.ready).toBe(report.counts.error === 0);
  expect(typeof report.workbook).toBe("string");
  for (const result of report.indicators) {
    expect(result.value === null || Number.isFinite(result.value)).toBe(true);
    if (result.status === "n/a") expect(result.value).toBeNull();
  }
}

describe("validateWorkbook on random snapshots", () => {
  it("never throws, keeps every finding’s cell inside its sheet, and counts coherently", () => {
    fc.assert(
      fc.property(
        snapshot,
        fc.constantFrom("vi" as const, "en" as const),
        fc.constantFrom("vi-VN" as const, "en-US" as const),
        (workbook, lang, locale) => {
          const report = validateWorkbook(workbook, { workbook: "random.xlsx", lang, locale });
          assertCoherent(workbook, report);
        }
      ),
      { numRuns: PROPERTY_RUNS }
    );
  });

  it("never throws on snapshots that break the types", () => {
    const anything = fc.anything({ maxDepth: 4 });
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          fc.record({
            sheets: fc.array(
              fc.oneof(
                anything,
                fc.record({
                  name: anything,
                  rows: fc.array(fc.oneof(anything, fc.array(anything, { maxLength: 6 })), {
                    maxLength: 12,
                  }),
                })
              ),
              { maxLength: 5 }
            ),
          })
        ),
        (junk) => {
          const report = validateWorkbook(junk as WorkbookSnapshot, { workbook: "junk.xlsx" });
          expect(report.ready).toBe(report.counts.error === 0);
        }
      ),
      { numRuns: PROPERTY_RUNS }
    );
  });
});
