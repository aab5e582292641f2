import {
  MAPPING_SHEET_NAME,
  MAPPING_TITLE,
  readMapping,
  validateWorkbook,
  hasCommitteeSheets,
  EMPTY_MAPPING,
  type HeaderMapping,
} from "../../src/core";
import { createExcelHost } from "../../src/excel/excel-host";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { saveMapping } from "../../src/excel/save-mapping";
import { committeeBook } from "./support/committee-book";
import { excelContext, type FakeContext } from "./support/fake-excel";
import { FakeWorkbook } from "./support/fake-workbook";

const UNITS = "Tổ chức cơ sở đảng";
const OWN_UNITS = "Danh sách chi bộ";
const MAPPING: HeaderMapping = {
  sheets: { units: OWN_UNITS },
  columns: {
    units: { code: "Ký hiệu", name: "Tên chi, đảng bộ", type: "Phân loại", members: "Quân số" },
  },
};

/** The clean committee workbook with its units sheet under the committee's own name and headers. */
function foreignBook(): FakeWorkbook {
  const book = committeeBook((rows) => {
    rows.units[0] = ["Ký hiệu", "Tên chi, đảng bộ", "Phân loại", "Quân số"];
  });
  book.sheet(UNITS).name = OWN_UNITS;
  book.active = OWN_UNITS;
  return book;
}

function hostOver(book: FakeWorkbook) {
  const runs: FakeContext[] = [];
  const host = createExcelHost({
    run: (batch) => {
      const { context, fake } = excelContext(book);
      runs.push(fake);
      return batch(context);
    },
    runWith: (context, batch) => batch(context),
    documentUrl: () => "tam-duong-2023.xlsx",
  });
  const syncs = () => runs.reduce((sum, run) => sum + run.syncCount, 0);
  return { host, runs, syncs };
}

/** Lets the host's background registration of change handlers finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

function mappingCells(book: FakeWorkbook): unknown[][] {
  const sheet = book.sheet(MAPPING_SHEET_NAME);
  const rows: unknown[][] = [];
  for (let row = 0; row < 8; row++)
    rows.push([0, 1, 2, 3].map((column) => book.cellAt(sheet, row, column).value));
  return rows.filter((row) => row.some((value) => value !== ""));
}

describe("saving the header mapping in Excel", () => {
  it("creates a very hidden sheet of text cells in one sync when the host knows it is not there", async () => {
    const book = foreignBook();
    const { context, fake } = excelContext(book);
    const tricky: HeaderMapping = {
      sheets: {},
      columns: { units: { code: "=Ký hiệu", members: "2023" } },
    };

    await expect(saveMapping(context, tricky, { exists: false })).resolves.toBe(true);

    expect(fake.syncCount).toBe(1);
    const sheet = book.sheet(MAPPING_SHEET_NAME);
    expect(sheet.visibility).toBe("VeryHidden");
    expect(mappingCells(book)).toEqual([
      [MAPPING_TITLE, "", "", ""],
      ["column", "units", "code", "=Ký hiệu"],
      ["column", "units", "members", "2023"],
    ]);
    // Text, not a formula or a number: the header starting with = and the year stay as typed.
    expect(book.cell(MAPPING_SHEET_NAME, "D2")).toMatchObject({
      type: "String",
      numberFormat: "@",
    });
    expect(book.cell(MAPPING_SHEET_NAME, "D2").formula).toBeUndefined();
    expect(book.cell(MAPPING_SHEET_NAME, "D3")).toMatchObject({ type: "String", value: "2023" });
    expect(book.active).toBe(OWN_UNITS);
  });

  it("reads back what it saved through the ordinary read, hidden sheet included", async () => {
    const book = foreignBook();
    await saveMapping(excelContext(book).context, MAPPING, { exists: false });

    const snapshot = await readSnapshot(excelContext(book).context);

    expect(snapshot.sheets.map((sheet) => sheet.name)).toContain(MAPPING_SHEET_NAME);
    expect(readMapping(snapshot)).toEqual(MAPPING);
  });

  it("rewrites the sheet in one sync, leaving no row of the longer mapping it replaces", async () => {
    const book = foreignBook();
    await saveMapping(excelContext(book).context, MAPPING, { exists: false });
    const { context, fake } = excelContext(book);

    await saveMapping(context, { sheets: { units: "Chi bộ" }, columns: {} }, { exists: true });

    expect(fake.syncCount).toBe(1);
    expect(mappingCells(book)).toEqual([
      [MAPPING_TITLE, "", "", ""],
      ["sheet", "units", "", "Chi bộ"],
    ]);
    expect(book.sheet(MAPPING_SHEET_NAME).visibility).toBe("VeryHidden");
    expect(book.sheets.filter((sheet) => sheet.name === MAPPING_SHEET_NAME)).toHaveLength(1);
  });

  it("looks first (one more sync) when it does not know, or when what it knew is stale", async () => {
    const book = foreignBook();
    const unknown = excelContext(book);
    await saveMapping(unknown.context, MAPPING);
    expect(unknown.fake.syncCount).toBe(2);

    const stale = excelContext(book);
    await saveMapping(
      stale.context,
      { sheets: { units: "Chi bộ" }, columns: {} },
      { exists: false }
    );
    expect(stale.fake.syncCount).toBe(3);
    expect(readMapping(await readSnapshot(excelContext(book).context))).toEqual({
      sheets: { units: "Chi bộ" },
      columns: {},
    });
  });

  it("deletes the very hidden sheet for an empty mapping (hiding it first, as Excel requires), in one sync", async () => {
    const book = foreignBook();
    await saveMapping(excelContext(book).context, MAPPING, { exists: false });
    const { context, fake } = excelContext(book);

    await expect(saveMapping(context, EMPTY_MAPPING, { exists: true })).resolves.toBe(false);

    expect(fake.syncCount).toBe(1);
    expect(book.sheets.map((sheet) => sheet.name)).not.toContain(MAPPING_SHEET_NAME);
    const nothing = excelContext(book);
    await saveMapping(nothing.context, EMPTY_MAPPING, { exists: false });
    expect(nothing.fake.syncs.flatMap((sync) => sync.writes)).toEqual([]);
  });

  it("leaves every other sheet exactly as it was", async () => {
    const book = foreignBook();
    const before = book.sheets.map((sheet) => book.userView(sheet.name));
    await saveMapping(excelContext(book).context, MAPPING, { exists: false });
    await saveMapping(excelContext(book).context, EMPTY_MAPPING, { exists: true });
    expect(book.sheets.map((sheet) => book.userView(sheet.name))).toEqual(before);
  });
});

describe("the Excel host with a header mapping", () => {
  it("validates a workbook with foreign headers clean after a saved mapping", async () => {
    const book = foreignBook();
    const { host, syncs } = hostOver(book);

    const before = validateWorkbook(await host.readSnapshot(), {
      workbook: "tam-duong-2023.xlsx",
      lang: "vi",
    });
    expect(before.findings.map((finding) => [finding.code, finding.sheet])).toEqual([
      ["missing-sheet", UNITS],
    ]);

    const readSyncs = syncs();
    await host.saveMapping(MAPPING);
    expect(syncs() - readSyncs).toBe(1);

    const after = validateWorkbook(await host.readSnapshot(), {
      workbook: "tam-duong-2023.xlsx",
      lang: "vi",
    });
    expect(after.findings).toEqual([]);
    expect(after.ready).toBe(true);
  });

  it("runs a whole validation of a mapped workbook in at most 4 syncs (the last records the ids of what it made)", async () => {
    const book = foreignBook();
    await saveMapping(excelContext(book).context, MAPPING, { exists: false });
    book.sheet(OWN_UNITS).cells.set("2,3", { value: -5, type: "Double", numberFormat: "General" });
    const { host, syncs } = hostOver(book);

    const workbook = await host.workbookName();
    const snapshot = await host.readSnapshot();
    const report = validateWorkbook(snapshot, { workbook, lang: "vi" });
    await host.showReport(report, "vi");
    await host.saveState({
      lang: "vi",
      lastValidation: { at: new Date().toISOString(), ready: report.ready, counts: report.counts },
    });

    expect(syncs()).toBeLessThanOrEqual(4);
    expect(report.findings.map((finding) => [finding.code, finding.sheet, finding.cell])).toEqual([
      ["negative", OWN_UNITS, "D3"],
    ]);
    expect(book.sheet(MAPPING_SHEET_NAME).visibility).toBe("VeryHidden");
  });

  it("reads a workbook whose sheets all have the committee’s own names once a mapping is saved", async () => {
    const book = new FakeWorkbook();
    book.addSheet(OWN_UNITS, [
      ["Ký hiệu", "Tên chi, đảng bộ", "Phân loại", "Quân số"],
      ["X01", "Xã Kim Long", "commune", 300],
    ]);
    const { host } = hostOver(book);
    expect(hasCommitteeSheets(await host.readSnapshot())).toBe(false);

    await host.saveMapping(MAPPING);
    const report = validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "en" });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      "missing-sheet",
      "missing-sheet",
    ]);
  });

  it("resets: the mapping sheet is gone and the workbook is back to its missing sheet", async () => {
    const book = foreignBook();
    const { host } = hostOver(book);
    await host.readSnapshot();
    await host.saveMapping(MAPPING);
    await host.readSnapshot();
    await host.saveMapping(EMPTY_MAPPING);

    expect(book.sheets.map((sheet) => sheet.name)).not.toContain(MAPPING_SHEET_NAME);
    const report = validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "vi" });
    expect(report.findings.map((finding) => finding.code)).toEqual(["missing-sheet"]);
  });

  it("watches the mapped sheet for the user’s edits, not the very hidden mapping sheet", async () => {
    const book = foreignBook();
    await saveMapping(excelContext(book).context, MAPPING, { exists: false });
    const { host } = hostOver(book);
    let edits = 0;
    host.onEdited(() => edits++);
    await settle();
    await host.readSnapshot();
    await settle();

    expect(book.sheet(MAPPING_SHEET_NAME).handlers).toHaveLength(0);
    await book.userEdits(OWN_UNITS, "D3", 321);
    expect(edits).toBe(1);
  });

  it("says the workbook is protected when its structure is", async () => {
    const book = foreignBook();
    book.workbookProtected = true;
    const { host } = hostOver(book);
    await host.readSnapshot();
    await expect(host.saveMapping(MAPPING)).rejects.toMatchObject({
      name: "HostError",
      reason: "protected",
    });
    expect(book.sheets.map((sheet) => sheet.name)).not.toContain(MAPPING_SHEET_NAME);
  });
});
