import { validateWorkbook } from "../../src/core";
import { clear } from "../../src/excel/clear";
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA, SETTINGS_KEY } from "../../src/excel/marker";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { showReport } from "../../src/excel/show-report";
import { committeeBook } from "./support/committee-book";
import { excelContext } from "./support/fake-excel";
import { key, type FakeSheet, type FakeWorkbook } from "./support/fake-workbook";
import { finding, reportOf } from "./support/reports";

const UNITS = "Tổ chức cơ sở đảng";
const NOW = new Date(2024, 0, 15, 9, 30);

/** The values of a sheet as rows of text, trailing blanks dropped. */
function grid(sheet: FakeSheet): string[][] {
  const rows: string[][] = [];
  for (const [k, cell] of sheet.cells) {
    const [row, column] = k.split(",").map(Number);
    rows[row] ??= [];
    rows[row][column] = String(cell.value);
  }
  return Array.from(rows, (row) => {
    const values = Array.from(row ?? [], (value) => value ?? "");
    while (values.length > 0 && values[values.length - 1] === "") values.pop();
    return values;
  });
}

function findRow(sheet: FakeSheet, first: string): string[] | undefined {
  return grid(sheet).find((row) => row?.[0] === first);
}

/** Reads the workbook and writes the report: what one validation does, on one context. */
async function validate(
  book: FakeWorkbook,
  lang: "vi" | "en" = "vi",
  report?: ReturnType<typeof reportOf>
) {
  const { context, fake } = excelContext(book);
  const { snapshot, layout } = await readWorkbook(context);
  const checked = report ?? validateWorkbook(snapshot, { workbook: "tam-duong-2023.xlsx", lang });
  await showReport(context, checked, lang, { layout, now: NOW });
  return { fake, report: checked };
}

describe("showReport", () => {
  it("validates a normal workbook in 4 syncs: 2 to read, 1 to write, 1 to record the ids of what it made", async () => {
    const book = committeeBook((rows) => {
      rows.units[2][3] = -5; // a negative member count: one error
    });

    const { fake, report } = await validate(book);

    expect(report.counts.error).toBeGreaterThan(0);
    expect(fake.syncCount).toBe(4);
    expect(book.sheets.map((sheet) => sheet.name)).toContain("Kết quả kiểm tra");
  });

  it("builds the report sheet: title, verdict, counts, goals, indicators with words for status, findings with links", async () => {
    const book = committeeBook();
    const report = reportOf([
      finding(UNITS, "D3", "error", "negative"),
      finding(UNITS, "B4", "warning", "similar-name"),
    ]);

    await validate(book, "en", report);

    const sheet = book.sheet("Check report");
    const rows = grid(sheet);
    expect(rows[0][0]).toMatch(/^Committee Check/);
    expect(findRow(sheet, "Verdict")).toEqual(["Verdict", "1 error to fix"]);
    expect(findRow(sheet, "Errors")).toEqual(["Errors", "1"]);
    expect(findRow(sheet, "Warnings")).toEqual(["Warnings", "1"]);
    expect(findRow(sheet, "Goals compared against")?.[1]).toMatch(/Default goals/);
    expect(findRow(sheet, "Village and group heads who are party members")).toEqual([
      "Village and group heads who are party members",
      "Committee",
      "90.00%",
      "> 90%",
      "Shortfall",
      "1",
    ]);
    expect(findRow(sheet, "Error")).toEqual(["Error", UNITS, "D3", "negative", "negative at D3"]);
    const linkCell = sheet.cells.get(
      key(
        rows.findIndex((row) => row?.[0] === "Error"),
        2
      )
    );
    expect(linkCell?.hyperlink).toEqual({
      documentReference: `'${UNITS}'!D3`,
      textToDisplay: "D3",
    });
  });

  it("writes text as text: a unit named =SUM(1) stays text, because the Text format is set before the values", async () => {
    const book = committeeBook();
    const report = reportOf([
      { ...finding(UNITS, "B2"), message: "=SUM(1)" },
      { ...finding(UNITS, "B3"), message: "+84 912 345 678" },
    ]);

    const { fake } = await validate(book, "vi", report);

    const sheet = book.sheet("Kết quả kiểm tra");
    const cells = [...sheet.cells.values()];
    const formula = cells.find((cell) => cell.value === "=SUM(1)");
    expect(formula).toMatchObject({ type: "String", numberFormat: "@" });
    expect(formula?.formula).toBeUndefined();
    expect(cells.find((cell) => cell.value === "+84 912 345 678")).toMatchObject({
      type: "String",
    });
    // Within the write, each block's number format comes before its values.
    const writes = fake.syncs[2].writes;
    const valueWrites = writes
      .map((w, i) => [w, i] as const)
      .filter(([w]) => w.endsWith(".values"));
    expect(valueWrites.length).toBeGreaterThan(0);
    for (const [write, index] of valueWrites) {
      expect(writes.slice(0, index)).toContain(write.replace(/\.values$/, ".numberFormat"));
    }
  });

  it("writes each table block with one values assignment, not cell by cell", async () => {
    const book = committeeBook();
    const findings = Array.from({ length: 300 }, (_, i) => finding(UNITS, `B${i + 2}`));

    const { fake } = await validate(book, "vi", reportOf(findings));

    const valueWrites = fake.syncs[2].writes.filter((write) => write.endsWith(".values"));
    expect(valueWrites.length).toBeLessThanOrEqual(2);
  });

  it("highlights with conditional formats marked as ours, coloured by severity, leaving the user’s formats alone", async () => {
    const book = committeeBook();
    const units = book.sheet(UNITS);
    units.cells.set(key(2, 3), {
      ...units.cells.get(key(2, 3))!,
      fill: "#123456",
      numberFormat: "#,##0",
    });
    const before = JSON.stringify([...units.cells.entries()]);
    const report = reportOf([
      finding(UNITS, "D3", "error"),
      finding(UNITS, "D4", "error"),
      finding(UNITS, "B2", "warning"),
      finding(UNITS, "A7", "shortfall"),
    ]);

    await validate(book, "vi", report);

    expect(JSON.stringify([...units.cells.entries()])).toBe(before);
    const ours = units.conditionalFormats.map(
      ({ row, column, rowCount, columnCount, formula, fill, type }) => ({
        row,
        column,
        rowCount,
        columnCount,
        formula,
        fill,
        type,
      })
    );
    expect(ours).toEqual(
      expect.arrayContaining([
        {
          type: "Custom",
          formula: HIGHLIGHT_FORMULA,
          fill: HIGHLIGHT_FILL.error,
          row: 2,
          column: 3,
          rowCount: 2,
          columnCount: 1,
        },
        {
          type: "Custom",
          formula: HIGHLIGHT_FORMULA,
          fill: HIGHLIGHT_FILL.warning,
          row: 1,
          column: 1,
          rowCount: 1,
          columnCount: 1,
        },
        {
          type: "Custom",
          formula: HIGHLIGHT_FORMULA,
          fill: HIGHLIGHT_FILL.shortfall,
          row: 6,
          column: 0,
          rowCount: 1,
          columnCount: 1,
        },
      ])
    );
    expect(ours).toHaveLength(3);
  });

  it("replaces the previous run’s highlights and report (in either language) instead of piling them up", async () => {
    const book = committeeBook();
    const report = reportOf([finding(UNITS, "D3"), finding(UNITS, "D4")]);

    await validate(book, "vi", report);
    const second = await validate(book, "en", report);

    expect(book.sheet(UNITS).conditionalFormats).toHaveLength(1);
    expect(
      book.sheets
        .map((sheet) => sheet.name)
        .filter((name) => /Kết quả kiểm tra|Check report/.test(name))
    ).toEqual(["Check report"]);
    // The second run still took 4 syncs: deleting the old highlights needed no extra read.
    expect(second.fake.syncCount).toBe(4);
  });

  it("remembers the language and the last validation in the workbook settings", async () => {
    const book = committeeBook();
    const report = reportOf([finding(UNITS, "D3")]);

    await validate(book, "en", report);

    expect(JSON.parse(String(book.settings.get(SETTINGS_KEY)))).toEqual({
      lang: "en",
      lastValidation: {
        at: NOW.toISOString(),
        ready: false,
        counts: { error: 1, warning: 0, shortfall: 1 - 1 },
      },
    });
  });

  it("highlights 25,000 cells with a handful of conditional formats and syncs, each sync under 5 MB", async () => {
    const book = committeeBook();
    const findings = [];
    for (let row = 2; row <= 5_001; row++)
      for (const column of ["B", "C", "D", "E", "F"])
        findings.push(finding(UNITS, `${column}${row}`, "warning", "number-as-text"));

    const { fake } = await validate(book, "vi", reportOf(findings));

    expect(book.sheet(UNITS).conditionalFormats.length).toBeLessThanOrEqual(5);
    const writeSyncs = fake.syncCount - 3;
    expect(writeSyncs).toBeLessThanOrEqual(5);
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(5_000_000);
    const reportRows = grid(book.sheet("Kết quả kiểm tra")).filter((row) => row?.[1] === UNITS);
    expect(reportRows).toHaveLength(25_000);
  }, 30_000); // a large workbook in the fake: room for a busy 2-core CI machine, not a timing assertion

  it("skips highlights on a protected sheet, writes everything else, then says so", async () => {
    const book = committeeBook();
    book.sheet(UNITS).protected = true;
    const report = reportOf([finding(UNITS, "D3"), finding("Kết nạp đảng viên", "B2")]);

    await expect(validate(book, "en", report)).rejects.toMatchObject({
      name: "HostError",
      reason: "protected",
    });

    expect(book.sheet(UNITS).conditionalFormats).toHaveLength(0);
    expect(book.sheet("Kết nạp đảng viên").conditionalFormats).toHaveLength(1);
    const notes = grid(book.sheet("Check report")).map((row) => row?.[0] ?? "");
    expect(notes.some((text) => text.includes(`protected sheets: ${UNITS}`))).toBe(true);
  });

  it("writes nothing when the workbook structure is protected", async () => {
    const book = committeeBook();
    book.workbookProtected = true;
    const before = book.sheets.map((sheet) => book.userView(sheet.name));

    await expect(validate(book, "vi", reportOf([finding(UNITS, "D3")]))).rejects.toMatchObject({
      name: "HostError",
      reason: "protected",
    });

    expect(book.sheets.map((sheet) => book.userView(sheet.name))).toEqual(before);
    expect(book.settings.size).toBe(0);
  });

  it("never deletes a user’s sheet that happens to carry the report’s name: the report goes beside it", async () => {
    const book = committeeBook();
    book.addSheet("Check report", [["My notes"]]);

    await validate(book, "en", reportOf([finding(UNITS, "D3")]));
    await validate(book, "en", reportOf([finding(UNITS, "D3")]));

    expect(grid(book.sheet("Check report"))).toEqual([["My notes"]]);
    expect(book.cell("Check report (2)", "A1").value).toMatch(/^Committee Check/);
    expect(book.sheets.filter((sheet) => sheet.name.startsWith("Check report"))).toHaveLength(2);
  });

  it("never deletes a sheet or conditional format that only looks like ours (no record of making it)", async () => {
    const book = committeeBook();
    // What a previous version left, or a user copied: our title and our marker formula, but no recorded id.
    book.addSheet("Kết quả kiểm tra", [["Committee Check — Kết quả kiểm tra"]]);
    book.sheet(UNITS).conditionalFormats.push({
      id: "lookalike",
      type: "Custom",
      row: 1,
      column: 1,
      rowCount: 1,
      columnCount: 1,
      formula: '=N("committee-check")=0',
      fill: "#FFC7CE",
    });

    await validate(book, "vi", reportOf([finding(UNITS, "D3")]));
    const { context } = excelContext(book);
    await clear(context);

    expect(book.cell("Kết quả kiểm tra", "A1").value).toBe("Committee Check — Kết quả kiểm tra");
    expect(book.sheet(UNITS).conditionalFormats.map((format) => format.id)).toEqual(["lookalike"]);
    expect(book.sheets.map((sheet) => sheet.name)).not.toContain("Kết quả kiểm tra (2)");
  });

  it("keeps a report sheet the user wrote notes into, and writes the next report beside it", async () => {
    const book = committeeBook();
    await validate(book, "vi", reportOf([finding(UNITS, "D3")]));
    book.sheet("Kết quả kiểm tra").cells.set(key(40, 8), {
      type: "String",
      value: "Đã gọi xã X02",
      numberFormat: "General",
    });

    await validate(book, "vi", reportOf([finding(UNITS, "D4")]));

    expect(book.cell("Kết quả kiểm tra", "I41").value).toBe("Đã gọi xã X02");
    expect(book.cell("Kết quả kiểm tra (2)", "A1").value).toMatch(/^Committee Check/);
    const { context } = excelContext(book);
    await clear(context);
    expect(book.cell("Kết quả kiểm tra", "I41").value).toBe("Đã gọi xã X02");
    expect(book.sheets.map((sheet) => sheet.name)).not.toContain("Kết quả kiểm tra (2)");
  });

  it("records the ids of the report sheet and of each highlight, and deletes by them even after a rename", async () => {
    const book = committeeBook();
    await validate(book, "vi", reportOf([finding(UNITS, "D3")]));
    const made = JSON.parse(String(book.settings.get("committeeCheckMade")));
    const report = book.sheet("Kết quả kiểm tra");
    expect(made.reportSheet.id).toBe(report.id);
    expect(made.highlights).toEqual([
      { sheetId: book.sheet(UNITS).id, ids: book.sheet(UNITS).conditionalFormats.map((f) => f.id) },
    ]);
    report.name = "Báo cáo";

    const { context } = excelContext(book);
    await clear(context);

    expect(book.sheets.map((sheet) => sheet.name)).not.toContain("Báo cáo");
    expect(book.sheet(UNITS).conditionalFormats).toHaveLength(0);
  });

  it("leaves nothing half-written when a write fails part-way (Office.js does not roll back)", async () => {
    const book = committeeBook();
    // The user's own conditional format must survive the clean-up too.
    book.sheet(UNITS).conditionalFormats.push({
      id: "users",
      type: "Custom",
      row: 1,
      column: 3,
      rowCount: 6,
      columnCount: 1,
      formula: "=D2>400",
      fill: "#00FF00",
    });
    const before = book.sheets.map((sheet) => book.userView(sheet.name));
    book.failWrite = (description) =>
      description.includes("newConditionalFormat") && description.endsWith(".formula");

    await expect(
      validate(book, "vi", reportOf([finding(UNITS, "D3"), finding("Kết nạp đảng viên", "B2")]))
    ).rejects.toMatchObject({ name: "HostError" });

    expect(book.sheets.map((sheet) => sheet.name)).not.toContain("Kết quả kiểm tra");
    expect(book.sheets.map((sheet) => book.userView(sheet.name))).toEqual(before);
  });

  it("turns cell-edit mode into HostError(editing) and writes nothing", async () => {
    const book = committeeBook();
    const { context } = excelContext(book);
    const { layout } = await readWorkbook(context);
    const before = book.sheets.map((sheet) => book.userView(sheet.name));
    book.editing = true;

    await expect(
      showReport(context, reportOf([finding(UNITS, "D3")]), "vi", { layout })
    ).rejects.toMatchObject({ name: "HostError", reason: "editing" });

    book.editing = false;
    expect(book.sheets.map((sheet) => book.userView(sheet.name))).toEqual(before);
    expect(book.sheets.map((sheet) => sheet.name)).not.toContain("Kết quả kiểm tra");
  });

  it("scans the workbook first when called without a read (two more syncs), and still replaces old highlights", async () => {
    const book = committeeBook();
    await validate(book, "vi", reportOf([finding(UNITS, "D3")]));
    const { context, fake } = excelContext(book);

    await showReport(context, reportOf([finding(UNITS, "D5")]), "vi", { now: NOW });

    expect(fake.syncCount).toBe(4);
    expect(book.sheet(UNITS).conditionalFormats.map((format) => format.row)).toEqual([4]);
    await clear(context);
  });
});
