import { planBlockReads, splitIntoBlocks } from "../../src/excel/block-plan";
import { readSnapshot } from "../../src/excel/read-snapshot";
import {
  ASSUMED_BYTES_PER_CELL,
  budgetAfterMeasuring,
  EXCEL_READ_CELL_LIMIT,
  EXCEL_WEB_PAYLOAD_LIMIT_BYTES,
  firstWindowRows,
  readBudget,
} from "../../src/excel/read-limits";
import { cellCount } from "../../src/excel/rect";
import { excelContext } from "./support/fake-excel";
import { FakeWorkbook, typed, type FakeCell } from "./support/fake-workbook";

/** A units sheet of `rows` data rows × `columns` columns below a header, its cells computed on demand. */
function tallBook(
  rows: number,
  columns: number,
  cell: (row: number, column: number) => FakeCell = (row, column) =>
    typed(column === 0 ? `U${row}` : row * 10 + column)
): FakeWorkbook {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("Units", [["Code", "Name", "Type", "Party members"]]);
  sheet.generated = { row: 1, column: 0, rowCount: rows, columnCount: columns, cell };
  return book;
}

describe("read limits (Excel on the web: 5 MB a request, 5,000,000 cells a read)", () => {
  it("plans 40,000 cells a sync at the assumed 100 bytes a cell: 4 MB, inside 5 MB", () => {
    const budget = readBudget();
    expect(budget.cellsPerSync).toBe(40_000);
    expect(budget.cellsPerSync * ASSUMED_BYTES_PER_CELL).toBeLessThan(
      EXCEL_WEB_PAYLOAD_LIMIT_BYTES
    );
    expect(budget.cellsPerSync).toBeLessThanOrEqual(EXCEL_READ_CELL_LIMIT);
  });

  it("never plans above the cell limit, however small the cells", () => {
    expect(readBudget(1).cellsPerSync).toBe(4_000_000);
    expect(readBudget(1).cellsPerSync).toBeLessThanOrEqual(EXCEL_READ_CELL_LIMIT);
  });

  it("tightens after measuring long cells, and never loosens", () => {
    const planned = readBudget();
    expect(budgetAfterMeasuring(planned, 30)).toBe(planned);
    const tighter = budgetAfterMeasuring(planned, 400);
    expect(tighter.cellsPerSync).toBe(5_000);
    expect(tighter.cellsPerSync * 400).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
  });

  it("sizes the first windows so that all sheets together fit one sync", () => {
    const budget = readBudget();
    const rows = firstWindowRows(budget, 7, 16);
    expect(rows).toBe(357);
    expect(rows * 16 * 7).toBeLessThanOrEqual(budget.cellsPerSync);
  });

  it("cuts a 300,000 × 10 sheet into blocks that each stay within both limits", () => {
    const budget = readBudget();
    const syncs = planBlockReads(
      [{ sheet: "Units", rect: { row: 0, column: 0, rowCount: 300_000, columnCount: 10 } }],
      budget.cellsPerSync
    );

    expect(syncs).toHaveLength(75);
    for (const blocks of syncs) {
      const cells = blocks.reduce((sum, block) => sum + cellCount(block.rect), 0);
      expect(cells).toBeLessThanOrEqual(EXCEL_READ_CELL_LIMIT);
      expect(cells * ASSUMED_BYTES_PER_CELL).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    }
    const covered = syncs.flat().reduce((sum, block) => sum + cellCount(block.rect), 0);
    expect(covered).toBe(3_000_000);
  });

  it("splits a row wider than the budget into column strips", () => {
    const blocks = splitIntoBlocks({ row: 5, column: 0, rowCount: 2, columnCount: 16_384 }, 5_000);
    expect(blocks.every((block) => cellCount(block) <= 5_000)).toBe(true);
    expect(blocks.reduce((sum, block) => sum + cellCount(block), 0)).toBe(2 * 16_384);
  });
});

describe("reading a sheet taller than one sync", () => {
  it("reads the rest in several syncs, each under the (injected) limit, and misses no cell", async () => {
    const book = tallBook(3_000, 4);
    const { context, fake } = excelContext(book);
    const budget = { cellsPerSync: 2_000, bytesPerCell: 100 };
    const fractions: number[] = [];

    const snapshot = await readSnapshot(context, (fraction) => fractions.push(fraction), {
      budget,
    });

    const rows = snapshot.sheets[0].rows;
    expect(rows).toHaveLength(3_001);
    expect(rows[0]?.[0]).toEqual({ value: "Code", kind: "text" });
    expect(rows[1]?.[0]).toEqual({ value: "U1", kind: "text" });
    expect(rows[3_000]?.[3]).toEqual({ value: 30_003, kind: "number" });
    expect(rows.every((row) => row?.length === 4)).toBe(true);

    expect(fake.syncCount).toBeGreaterThan(3);
    for (const sync of fake.syncs) expect(sync.cellsRead).toBeLessThanOrEqual(budget.cellsPerSync);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it("keeps every real sync under 5 MB and 5,000,000 cells with the default limits", async () => {
    const book = tallBook(40_000, 6, (row, column) =>
      typed(column === 1 ? `Đảng bộ xã số ${row}` : row + column)
    );
    const { context, fake } = excelContext(book);

    const snapshot = await readSnapshot(context);

    expect(snapshot.sheets[0].rows).toHaveLength(40_001);
    expect(fake.syncCount).toBeGreaterThan(2);
    for (const sync of fake.syncs) {
      expect(sync.responseBytes).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
      expect(sync.cellsRead).toBeLessThanOrEqual(EXCEL_READ_CELL_LIMIT);
    }
  }, 30_000); // 240,000 cells through the fake: room for a busy CI machine, not a timing assertion

  it("reads a block again in halves when Excel finds its response too large", async () => {
    const longText = "x".repeat(300);
    const book = tallBook(400, 4, (row, column) =>
      typed(column === 1 && row > 260 ? `${longText}${row}` : `c${row}-${column}`)
    );
    // The first rows are short, so the plan expects small cells; the long ones further down exceed the limit.
    book.payloadLimitBytes = 60_000;
    const { context, fake } = excelContext(book);

    const snapshot = await readSnapshot(context, undefined, {
      budget: { cellsPerSync: 1_000, bytesPerCell: 100 },
      firstWindowColumns: 4,
    });

    expect(snapshot.sheets[0].rows[400]?.[1]).toEqual({ value: `${longText}400`, kind: "text" });
    const refused = fake.syncs.filter((sync) => sync.responseBytes > book.payloadLimitBytes);
    expect(refused.length).toBeGreaterThan(0);
  });
});
