/**
 * "Check this Excel" over the fake Excel at each level: it tries every kind of call the add-in makes, says
 * which worked and why the others were not tried, never calls above the level, and leaves the workbook exactly
 * as it was (sheets, cells, formats, settings, charts, page layout, active sheet and selection).
 */
import { capabilitiesAt } from "../../src/excel/capabilities";
import type { DocumentSettings } from "../../src/excel/document-settings";
import { selfCheck, SELF_CHECK_SHEET } from "../../src/excel/self-check";
import { committeeBook } from "./support/committee-book";
import { excelContext } from "./support/fake-excel";
import type { FakeWorkbook } from "./support/fake-workbook";

function everything(book: FakeWorkbook): string {
  return JSON.stringify({
    sheets: book.sheets.map((sheet) => ({
      ...sheet,
      cells: [...sheet.cells],
      columnWidths: [...sheet.columnWidths],
      handlers: sheet.handlers.length,
    })),
    settings: [...book.settings],
    charts: [...book.charts],
    pageLayouts: [...book.pageLayouts],
    active: book.active,
    selection: book.selection,
  });
}

function documentSettings(): DocumentSettings & { values: Map<string, unknown>; saves: number } {
  const values = new Map<string, unknown>([["committeeCheck", '{"lang":"vi"}']]);
  const store = {
    values,
    saves: 0,
    get: (name: string) => values.get(name) ?? null,
    set: (name: string, value: unknown) => void values.set(name, value),
    remove: (name: string) => void values.delete(name),
    saveAsync: () => void store.saves++,
  };
  return store;
}

async function check(level: number) {
  const book = committeeBook();
  book.settings.set("committeeCheck", '{"lang":"en"}');
  book.selection = { sheet: book.sheets[0].name, address: "B2" };
  book.apiLevel = level;
  const before = everything(book);
  const settings = documentSettings();
  const settingsBefore = JSON.stringify([...settings.values]);
  const result = await selfCheck({
    run: (batch) => batch(excelContext(book).context),
    capabilities: capabilitiesAt(level, level >= 7),
    documentSettings: () => settings,
    diagnostics: () => ({ version: "16.0.4266.1001", platform: "PC" }),
  });
  return { book, before, result, settings, settingsBefore };
}

describe.each([1, 4, 6, 7, 9])("Check this Excel at ExcelApi 1.%i", (level) => {
  it("leaves the workbook exactly as it was, and calls nothing newer than the level", async () => {
    const { book, before, settings, settingsBefore } = await check(level);
    expect(everything(book)).toBe(before);
    expect(book.sheets.map((sheet) => sheet.name)).not.toContain(SELF_CHECK_SHEET);
    expect(book.apiViolations).toEqual([]);
    expect(JSON.stringify([...settings.values])).toBe(settingsBefore);
    expect(settings.saves).toBe(0);
  });

  it("says what works, and why the rest was not tried", async () => {
    const { result } = await check(level);
    expect(result.version).toBe("16.0.4266.1001");
    expect(result.platform).toBe("PC");
    expect(result.sets.find((set) => set.name === `ExcelApi 1.${level}`)?.supported).toBe(true);
    expect(result.sets.find((set) => set.name === `ExcelApi 1.${level + 1}`)?.supported).toBe(
      false
    );
    const failed = result.checks.filter((row) => row.ok === false);
    expect(failed.map((row) => `${row.label.en}: ${row.detail.en}`)).toEqual([]);
    const byLabel = new Map(result.checks.map((row) => [row.label.en, row]));
    expect(byLabel.get("Highlight cells (conditional formats)")?.ok).toBe(level >= 6 ? true : null);
    if (level < 6)
      expect(byLabel.get("Highlight cells (conditional formats)")?.detail.vi).toContain(
        "ExcelApi 1.6"
      );
    expect(byLabel.get("Results out of date after an edit (change events)")?.ok).toBe(
      level >= 7 ? true : null
    );
    expect(byLabel.get("Links to cells")?.detail.en).toContain(
      level >= 7 ? "Range.hyperlink" : "HYPERLINK formulas"
    );
    expect(byLabel.get("A4 print layout of the report sheet")?.ok).toBe(level >= 9 ? true : null);
    for (const label of [
      "Read cells (used range, values)",
      "Report sheet (text, formats, bold, column widths)",
      "Chart on the report sheet",
      "Very hidden sheet (stamp, header matching)",
      "Remember the language (settings)",
      "Remove the temporary sheet, leave nothing behind",
    ]) {
      expect(byLabel.get(label)?.ok).toBe(true);
    }
  });
});

describe("Check this Excel when a step fails", () => {
  it("says which step failed and still removes its sheets", async () => {
    const book = committeeBook();
    const before = everything(book);
    book.failWrite = (description) => description.includes("charts.add");
    const result = await selfCheck({
      run: (batch) => batch(excelContext(book).context),
      capabilities: capabilitiesAt(99, true),
    });
    const chart = result.checks.find((row) => row.label.en === "Chart on the report sheet");
    expect(chart?.ok).toBe(false);
    expect(chart?.detail.en).toMatch(/^Failed: GeneralException/);
    book.failWrite = undefined;
    expect(everything(book)).toBe(before);
  });
});
