/**
 * The add-in at each ExcelApi level the code tells apart — 1.1 (Excel 2016 without updates), 1.4, 1.6, 1.7 and
 * 1.8/1.9 and later — over a fake Excel that refuses every member newer than its level (ApiNotFound) and writes
 * each refusal down, even one our code would swallow. At every level: no refused call, the same findings in
 * the pane and on the report sheet, a way to each cell, the language remembered, the user's cells untouched.
 */
import { validateWorkbook } from "../../src/core";
import type { Report } from "../../src/core";
import { capabilitiesAt, describeFeatures } from "../../src/excel/capabilities";
import type { DocumentSettings } from "../../src/excel/document-settings";
import { createExcelHost } from "../../src/excel/excel-host";
import { SETTINGS_KEY } from "../../src/excel/marker";
import { committeeBook } from "./support/committee-book";
import { excelContext } from "./support/fake-excel";
import type { FakeWorkbook } from "./support/fake-workbook";

const UNITS = "Tổ chức cơ sở đảng";
const REPORT = "Kết quả kiểm tra";
const LEVELS = [1, 4, 6, 7, 8, 9] as const;

function fakeDocumentSettings(): DocumentSettings & {
  saved: Map<string, unknown>;
  values: Map<string, unknown>;
} {
  const values = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  return {
    values,
    saved,
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    saveAsync: (callback) => {
      for (const [k, v] of values) saved.set(k, v);
      callback?.({ status: "succeeded" });
    },
  };
}

function brokenBook(level: number): FakeWorkbook {
  const book = committeeBook((rows) => {
    rows.units[2][3] = -5; // negative members
    rows.admissions[3][2] = "mười"; // not a number
  });
  // A sheet the user coloured by hand: at no level may we change it.
  const coloured = book.sheet(UNITS).cells.get("1,1");
  if (coloured) book.sheet(UNITS).cells.set("1,1", { ...coloured, fill: "#00FF00" });
  book.addSheet("Ghi chú");
  book.apiLevel = level;
  return book;
}

function hostAt(book: FakeWorkbook, level: number) {
  const settings = fakeDocumentSettings();
  const host = createExcelHost({
    run: (batch) => batch(excelContext(book).context),
    runWith: (context, batch) => batch(context),
    documentUrl: () => undefined,
    capabilities: capabilitiesAt(level, level >= 7),
    documentSettings: () => settings,
  });
  return { host, settings };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** What the pane does for one click on "Kiểm tra", then the user's own steps. */
async function session(level: number) {
  const book = brokenBook(level);
  const before = book.sheets.map((sheet) => book.userView(sheet.name));
  const { host, settings } = hostAt(book, level);
  let edits = 0;
  const unsubscribe = host.onEdited(() => edits++);
  await settle();

  const workbook = await host.workbookName();
  const snapshot = await host.readSnapshot();
  const report: Report = validateWorkbook(snapshot, {
    workbook: "tam-duong-2023.xlsx",
    lang: "vi",
  });
  await host.showReport(report, "vi");
  await host.saveState({
    lang: "en",
    lastValidation: { at: "now", ready: report.ready, counts: report.counts },
  });
  const stored = await host.loadState();
  const withReport = book.sheets.map((sheet) => book.userView(sheet.name));
  const reportSheet = book.sheet(REPORT);
  const reportCells = [...reportSheet.cells.values()];
  const charts = structuredClone(book.charts.get(REPORT) ?? []);
  const pageLayout = structuredClone(book.pageLayouts.get(REPORT));
  const firstFinding = report.findings.find((finding) => finding.cell)!;
  await host.goTo(firstFinding.sheet, firstFinding.cell);
  const selection = book.selection;
  await book.userEdits(UNITS, "D5", 40);
  await settle();
  await host.clear();
  unsubscribe();
  await settle();
  return {
    book,
    before,
    withReport,
    report,
    workbook,
    stored,
    settings,
    reportSheet,
    reportCells,
    selection,
    edits,
    firstFinding,
    charts,
    pageLayout,
  };
}

describe.each(LEVELS)("ExcelApi 1.%i", (level) => {
  let run: Awaited<ReturnType<typeof session>>;
  beforeAll(async () => {
    run = await session(level);
  });

  it("makes no call newer than the level", () => {
    expect(run.book.apiViolations).toEqual([]);
  });

  it("shows the same findings as the newest Excel, on the report sheet with a link to each cell", async () => {
    const newest = await session(99);
    const codes = (report: Report) =>
      report.findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? ""}`).sort();
    expect(codes(run.report)).toEqual(codes(newest.report));
    expect(run.report.findings.length).toBeGreaterThanOrEqual(2);
    const messages = run.reportCells.map((cell) => String(cell.value));
    for (const finding of run.report.findings) expect(messages).toContain(finding.message);
    const links = run.reportCells.filter(
      (cell) => cell.hyperlink || cell.formula?.startsWith("=HYPERLINK(")
    );
    expect(links.length).toBe(run.report.findings.filter((f) => f.cell).length);
    if (level >= 7) expect(links.every((cell) => cell.hyperlink?.documentReference)).toBe(true);
    else
      expect(
        links.every((cell) => cell.formula?.startsWith('=HYPERLINK("#') && !cell.hyperlink)
      ).toBe(true);
  });

  it("writes links as HYPERLINK formulas below 1.7, showing the cell address", () => {
    if (level >= 7) return;
    const link = run.reportCells.find((cell) => cell.formula?.startsWith("=HYPERLINK("));
    expect(link?.formula).toMatch(/^=HYPERLINK\("#'[^']+'![A-Z]+\d+","[A-Z]+\d+"\)$/);
    expect(link?.numberFormat).toBe("General");
  });

  it("draws the bars’ figures as native charts below the table (ExcelApi 1.1), removed by Clear with the sheet", () => {
    expect(run.charts.map((chart) => chart.type)).toEqual(["BarClustered", "BarClustered"]);
    expect(run.charts[0].title).toMatch(/^Tỷ lệ .* — mục tiêu > 90 %$/);
    expect(run.charts[1].title).toMatch(/ — mục tiêu ≥ 100 %$/);
    // Below the table: the chart's data block starts after the last finding.
    const lastFindingRow = Math.max(
      ...[...run.reportSheet.cells.entries()]
        .filter(([, cell]) => run.report.findings.some((f) => f.message === cell.value))
        .map(([k]) => Number(k.split(",")[0]))
    );
    const dataTitleRow = [...run.reportSheet.cells.entries()].find(([, cell]) =>
      String(cell.value).startsWith("Số liệu biểu đồ")
    )?.[0];
    expect(Number(dataTitleRow?.split(",")[0])).toBeGreaterThan(lastFindingRow);
    expect(run.book.charts.get(REPORT)).toBeUndefined();
  });

  it("makes the report sheet print-ready where page layout exists (1.9): A4, landscape, one page wide, header row repeated", () => {
    if (level < 9) {
      expect(run.pageLayout).toBeUndefined();
      return;
    }
    const header = [...run.reportSheet.cells.entries()].find(
      ([, cell]) => cell.value === "Mức độ"
    )?.[0];
    const row = Number(header?.split(",")[0]) + 1;
    expect(run.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${row}:$${row}`,
    });
  });

  it("goes to the cell of a finding", () => {
    expect(run.selection).toEqual({
      sheet: run.firstFinding.sheet,
      address: run.firstFinding.cell,
    });
  });

  it("highlights with conditional formats from 1.6 only, and never changes the user’s fills", () => {
    const userSheets = run.withReport.filter(
      (_, index) => run.book.sheets[index]?.name !== REPORT
    ) as Array<{ cells: Array<[string, { fill?: string }]>; conditionalFormats: unknown[] }>;
    const formats = userSheets.reduce((sum, view) => sum + view.conditionalFormats.length, 0);
    if (level >= 6) expect(formats).toBeGreaterThan(0);
    else expect(formats).toBe(0);
    const fills = (views: typeof userSheets) =>
      views.flatMap((view) =>
        view.cells.filter(([, cell]) => cell.fill).map(([k, cell]) => `${k}:${cell.fill}`)
      );
    expect(fills(userSheets)).toEqual(fills(run.before as typeof userSheets));
    if (level < 6)
      expect(run.reportCells.some((cell) => String(cell.value).includes("ExcelApi 1.6"))).toBe(
        true
      );
  });

  it("remembers the language: in the workbook’s settings from 1.4, in Office’s document settings before", () => {
    expect(run.stored.lang).toBe("en");
    if (level >= 4) expect(JSON.parse(String(run.book.settings.get(SETTINGS_KEY))).lang).toBe("en");
    else expect(JSON.parse(String(run.settings.saved.get(SETTINGS_KEY))).lang).toBe("en");
  });

  it("marks results stale on an edit only where change events exist (1.7)", () => {
    expect(run.edits).toBe(level >= 7 ? 1 : 0);
    expect(run.book.sheets.every((sheet) => sheet.handlers.length === 0)).toBe(true);
  });

  it("clears back to the workbook the user had (but for the cell they edited)", () => {
    const edited = (view: unknown) => ({
      ...(view as object),
      cells: (view as { cells: Array<[string, unknown]> }).cells.filter(([k]) => k !== "4,3"),
    });
    expect(run.book.sheets.map((sheet) => edited(run.book.userView(sheet.name)))).toEqual(
      run.before.map(edited)
    );
    expect(run.book.sheets.map((sheet) => sheet.name)).not.toContain(REPORT);
  });

  it("says which features are off and why", () => {
    const features = describeFeatures(capabilitiesAt(level, level >= 7));
    const off = features.features.filter((feature) => !feature.on).map((feature) => feature.id);
    if (level < 6) expect(off).toContain("highlights");
    if (level < 7) expect(off).toContain("stale");
    if (level >= 9) expect(off).toEqual([]);
    for (const feature of features.features.filter((f) => !f.on)) {
      expect(feature.detail.vi).toContain(feature.needs);
      expect(feature.detail.en).toContain(feature.needs);
    }
  });
});

describe("below ExcelApi 1.4", () => {
  it("refuses the form tools with a reason instead of calling what Excel lacks", async () => {
    const book = brokenBook(1);
    const { host } = hostAt(book, 1);
    await expect(host.insertStandardSheets("vi")).rejects.toMatchObject({
      name: "HostError",
      message: expect.stringContaining("ExcelApi 1.4"),
    });
    expect(book.apiViolations).toEqual([]);
  });

  it("reads an empty sheet (getUsedRange answers A1) as empty", async () => {
    const book = brokenBook(1);
    const { host } = hostAt(book, 1);
    const snapshot = await host.readSnapshot();
    const empty = snapshot.sheets.find((sheet) => sheet.name === "Ghi chú");
    expect(empty?.rows.flat().filter((cell) => cell && cell.kind !== "empty")).toEqual([]);
  });
});
