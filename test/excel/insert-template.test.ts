import {
  SHEETS,
  SHEET_IDS,
  SUMMARY_ITEMS,
  validateWorkbook,
  type Lang,
  type Report,
  type SheetId,
} from "../../src/core";
import { insertStandardSheets, supportsDataValidation } from "../../src/excel/insert-template";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { sampleFigures, sampleTotals, type FigureRows } from "../support/sample-figures";
import { committeeBook } from "./support/committee-book";
import { FakeWorkbook, key, type FakeCell } from "./support/fake-workbook";
import { TemplateExcel, emptyExtras } from "./support/template-excel";

const STRUCTURAL = ["missing-sheet", "missing-column", "duplicate-column"];

function blankBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  return book;
}

async function validate(excel: TemplateExcel, lang: Lang): Promise<Report> {
  excel.recalculate();
  return validateWorkbook(await readSnapshot(excel.context), {
    workbook: "book.xlsx",
    lang,
    locale: "vi-VN",
  });
}

/** Types `figures` below the header of each sheet, as staff would: into the columns whose header names the field. */
function typeFigures(book: FakeWorkbook, lang: Lang, figures: FigureRows): void {
  for (const id of SHEET_IDS) {
    const rows = figures[id];
    if (!rows) continue;
    const sheet = book.sheet(SHEETS[id].names[lang]);
    const headerRow = [...Array(10).keys()].find((row) =>
      SHEETS[id].fields.every((field) =>
        [...sheet.cells].some(
          ([k, cell]) => k.startsWith(`${row},`) && cell.value === field.headers[lang]
        )
      )
    );
    if (headerRow === undefined) throw new Error(`no header row on ${sheet.name}`);
    const columnOf = (field: string) => {
      const header = SHEETS[id].fields.find((candidate) => candidate.id === field)!.headers[lang];
      const found = [...sheet.cells].find(
        ([k, cell]) => k.startsWith(`${headerRow},`) && cell.value === header
      );
      return Number(found![0].split(",")[1]);
    };
    rows.forEach((record, i) => {
      for (const [field, value] of Object.entries(record)) {
        const k = key(headerRow + 1 + i, columnOf(field));
        const format = sheet.cells.get(k)?.numberFormat ?? "General";
        const cell: FakeCell =
          value === null
            ? { value: "", type: "Empty", numberFormat: format }
            : typeof value === "number"
              ? { value, type: "Double", numberFormat: format }
              : { value, type: "String", numberFormat: format };
        sheet.cells.set(k, cell);
      }
    });
  }
}

function textAt(book: FakeWorkbook, sheet: string, address: string): unknown {
  return book.cell(sheet, address).value;
}

describe.each<Lang>(["vi", "en"])("insertStandardSheets into a new workbook (%s)", (lang) => {
  let book: FakeWorkbook;
  let excel: TemplateExcel;
  let result: Awaited<ReturnType<typeof insertStandardSheets>>;

  beforeEach(async () => {
    book = blankBook();
    excel = new TemplateExcel(book);
    result = await insertStandardSheets(excel.context, lang, { dataValidation: true });
  });

  it("adds every sheet of the spec, in its order, named in the language, in two syncs", () => {
    expect(result.added.map((sheet) => sheet.id)).toEqual(SHEET_IDS);
    expect(result.added.map((sheet) => sheet.name)).toEqual(
      SHEET_IDS.map((id) => SHEETS[id].names[lang])
    );
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([
      "Sheet1",
      ...SHEET_IDS.map((id) => SHEETS[id].names[lang]),
    ]);
    expect(excel.syncCount).toBe(2);
  });

  it("writes a title on row 1 and the spec’s headers on row 2, as text, each sheet a table with a frozen header", () => {
    for (const id of SHEET_IDS) {
      const name = SHEETS[id].names[lang];
      expect(String(textAt(book, name, "A1")).length).toBeGreaterThan(10);
      SHEETS[id].fields.forEach((field, column) => {
        const cell = book.cell(name, `${String.fromCharCode(65 + column)}2`);
        expect(cell).toMatchObject({
          value: field.headers[lang],
          type: "String",
          numberFormat: "@",
        });
      });
      const table = excel.extras.tables.find((candidate) => candidate.sheet === name);
      expect(table?.address).toMatch(
        new RegExp(`^A2:${String.fromCharCode(64 + SHEETS[id].fields.length)}\\d+$`)
      );
      expect(excel.extras.frozenRows.get(name)).toBe(2);
    }
    expect(excel.extras.tables.map((table) => table.name)).toEqual([
      "Units",
      "Admissions",
      "VillageHeads",
      "PrivateUnits",
      "LeaderTargets",
      "Goals",
      "Summary",
    ]);
  });

  it("makes the rate columns live formulas and the summary formulas over the tables", () => {
    const admissions = SHEETS.admissions.names[lang];
    expect(book.cell(admissions, "D3").formula).toBe('=IF(OR(B3=0,C3=""),"",ROUND(C3/B3*100,2))');
    expect(book.cell(admissions, "D202").formula).toBe(
      '=IF(OR(B202=0,C202=""),"",ROUND(C202/B202*100,2))'
    );
    const heads = SHEETS["village-heads"].names[lang];
    expect(book.cell(heads, "E3").formula).toBe('=IF(OR(B3=0,D3=""),"",ROUND(D3/B3*100,2))');
    const summary = SHEETS.summary.names[lang];
    SUMMARY_ITEMS.forEach((item, i) => {
      expect(textAt(book, summary, `A${3 + i}`)).toBe(item.labels[lang]);
      // The committee's name, code and year are typed by the committee: no formula.
      if (item.kind === "text") expect(book.cell(summary, `B${3 + i}`).formula).toBeUndefined();
      else expect(book.cell(summary, `B${3 + i}`).formula).toMatch(/^=(COUNTA|COUNTIF|SUM|IF)\(/);
    });
    expect(book.cell(summary, "B3").formula).toBe(
      `=COUNTA(Units[${SHEETS.units.fields[0].headers[lang]}])`
    );
  });

  it("gives counts whole-number rules and lists dropdowns, in the language", () => {
    const rulesOn = (id: SheetId, column: string) =>
      excel.extras.validations.find(
        (v) => v.sheet === SHEETS[id].names[lang] && v.address.startsWith(`${column}3:`)
      );
    expect(rulesOn("units", "D")?.rule).toEqual({
      wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(rulesOn("units", "D")?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(rulesOn("village-heads", "B")?.rule).toEqual({
      wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" },
    });
    const unitsName = SHEETS.units.names[lang];
    expect(rulesOn("admissions", "A")?.rule).toEqual({
      list: { inCellDropDown: true, source: `='${unitsName}'!$A$3:$A$2000` },
    });
    expect(rulesOn("admissions", "A")?.errorAlert?.style).toBe("Warning");
    expect(rulesOn("goals", "B")?.rule?.list?.source).toBe(">,>=,=,<=,<");
    expect(rulesOn("leader-targets", "G")?.rule?.list?.source).toBe(
      SHEETS["leader-targets"].fields[6].values!.map((value) => value.labels![lang]).join(",")
    );
    // The Vietnamese unit types hold a comma, which an inline list cannot: the dropdown reads them from cells beside the table.
    const types = rulesOn("units", "C")?.rule?.list?.source;
    const labels = SHEETS.units.fields[2].values!.map((value) => value.labels![lang]);
    // Since 2025 the English labels hold commas too: both languages read them from cells beside the table.
    expect(types).toBe(`='${unitsName}'!$F$3:$F$6`);
    expect(["F3", "F4", "F5", "F6"].map((address) => textAt(book, unitsName, address))).toEqual(
      labels
    );
  });

  it("pre-fills the default goals, the operators kept as text", () => {
    const goals = SHEETS.goals.names[lang];
    expect(["A3", "B3", "C3"].map((address) => textAt(book, goals, address))).toEqual([
      "village-head-rate",
      ">",
      90,
    ]);
    expect(book.cell(goals, "B4")).toMatchObject({
      value: ">=",
      type: "String",
      numberFormat: "@",
    });
    expect(textAt(book, goals, "D6")).toBe(SHEETS.goals.fields[3].values![1].labels![lang]);
  });

  it("validates, empty, with no error and no structural finding: the engine sees headers and no data", async () => {
    const report = await validate(excel, lang);
    expect(report.findings.filter((finding) => STRUCTURAL.includes(finding.code))).toEqual([]);
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(report.ready).toBe(true);
    expect(report.goalsSource).toBe("workbook");
  });

  it("filled with the sample’s figures, validates clean, the summary adding up to the sample’s totals", async () => {
    typeFigures(book, lang, sampleFigures(lang));
    const report = await validate(excel, lang);
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(report.ready).toBe(true);
    const totals = sampleTotals();
    const summary = SHEETS.summary.names[lang];
    const value = (id: string) =>
      textAt(book, summary, `B${3 + SUMMARY_ITEMS.findIndex((item) => item.id === id)}`);
    expect([
      value("units"),
      value("members"),
      value("admitted"),
      value("village_heads"),
      value("village_heads_members"),
    ]).toEqual([totals.units, totals.members, totals.admitted, totals.groups, totals.headsNow]);
    expect(value("village-head-rate")).toBe(
      Math.round((totals.headsNow / totals.groups) * 10000) / 100
    );
    expect(
      report.indicators.find(
        (indicator) => indicator.id === "village-head-rate" && indicator.scope === "committee"
      )?.value
    ).toBe(93.08);
  });
});

describe("insertStandardSheets into a workbook that has some of the sheets", () => {
  function partialBook(ids: SheetId[]): FakeWorkbook {
    const full = committeeBook();
    const book = new FakeWorkbook();
    for (const id of ids) {
      const source = full.sheet(SHEETS[id].names.vi);
      const sheet = book.addSheet(source.name);
      for (const [k, cell] of source.cells) sheet.cells.set(k, { ...cell });
    }
    return book;
  }

  it("adds only the missing sheets, never touching one that exists", async () => {
    const book = partialBook(["units", "admissions", "village-heads"]);
    const before = ["units", "admissions", "village-heads"].map((id) =>
      book.userView(SHEETS[id as SheetId].names.vi)
    );
    const excel = new TemplateExcel(book);
    const result = await insertStandardSheets(excel.context, "vi", { dataValidation: true });
    expect(result.added.map((sheet) => sheet.id)).toEqual([
      "private-units",
      "leader-targets",
      "goals",
      "summary",
    ]);
    expect(result.present.map((sheet) => sheet.id)).toEqual([
      "units",
      "admissions",
      "village-heads",
    ]);
    expect(
      ["units", "admissions", "village-heads"].map((id) =>
        book.userView(SHEETS[id as SheetId].names.vi)
      )
    ).toEqual(before);
    expect(excel.extras.tables.map((table) => table.sheet)).toEqual(
      result.added.map((sheet) => sheet.name)
    );
    // Names, then the cells of the sheets the new ones refer to, then the writes.
    expect(excel.syncCount).toBe(3);
  });

  it("points the new sheets at the cells of the sheets the workbook has, and the result validates clean", async () => {
    const book = partialBook(["units", "admissions", "village-heads"]);
    const excel = new TemplateExcel(book);
    await insertStandardSheets(excel.context, "vi", { dataValidation: true });
    // The committee book's headers are on row 1: its units start on row 2.
    const summary = SHEETS.summary.names.vi;
    expect(book.cell(summary, "B3").formula).toBe("=COUNTA('Tổ chức cơ sở đảng'!$A$2:$A$2000)");
    const codes = excel.extras.validations.find(
      (v) => v.sheet === SHEETS["private-units"].names.vi && v.address.startsWith("A3:")
    );
    expect(codes?.rule?.list?.source).toBe("='Tổ chức cơ sở đảng'!$A$2:$A$2000");
    const report = await validate(excel, "vi");
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(Number(textAt(book, summary, "B3"))).toBe(6);
  });

  it("leaves a totals row under the units out of the summary, so the members are not counted twice", async () => {
    const book = partialBook(["units", "admissions", "village-heads"]);
    const units = book.sheet(SHEETS.units.names.vi);
    // Six units on rows 2–7; the committee's total under them, as staff keep it.
    units.cells.set(key(7, 0), { value: "Tổng cộng", type: "String", numberFormat: "General" });
    units.cells.set(key(7, 3), {
      value: 1265,
      type: "Double",
      numberFormat: "General",
      formula: "=SUM(D2:D7)",
    });
    const excel = new TemplateExcel(book);
    await insertStandardSheets(excel.context, "vi", { dataValidation: true });
    const summary = SHEETS.summary.names.vi;
    const members = 3 + SUMMARY_ITEMS.findIndex((item) => item.id === "members");
    expect(book.cell(summary, `B${members}`).formula).toBe("=SUM('Tổ chức cơ sở đảng'!$D$2:$D$7)");
    const report = await validate(excel, "vi");
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(textAt(book, summary, `B${members}`)).toBe(1265);
  });

  it("adds nothing, in one sync, to a workbook that has every sheet (names matched as the engine matches them)", async () => {
    const book = partialBook(SHEET_IDS.filter((id) => id !== "units"));
    const units = committeeBook().sheet(SHEETS.units.names.vi);
    const sheet = book.addSheet("TO CHUC CO SO DANG".normalize("NFD"));
    for (const [k, cell] of units.cells) sheet.cells.set(k, { ...cell });
    const excel = new TemplateExcel(book);
    const result = await insertStandardSheets(excel.context, "en");
    expect(result.added).toEqual([]);
    expect(result.present.find((present) => present.id === "units")?.name).toBe(sheet.name);
    expect(book.sheets).toHaveLength(SHEET_IDS.length);
    expect(excel.syncCount).toBe(1);
  });

  it("takes a sheet that the saved mapping names for a form sheet as that sheet", async () => {
    const book = partialBook(["admissions", "village-heads"]);
    const units = committeeBook().sheet(SHEETS.units.names.vi);
    const own = book.addSheet("Danh sách đơn vị");
    for (const [k, cell] of units.cells) own.cells.set(k, { ...cell });
    const excel = new TemplateExcel(book);
    const result = await insertStandardSheets(excel.context, "vi", {
      dataValidation: true,
      mapping: { sheets: { units: "Danh sách đơn vị" }, columns: {} },
    });
    expect(result.added.map((sheet) => sheet.id)).toEqual([
      "private-units",
      "leader-targets",
      "goals",
      "summary",
    ]);
    expect(book.cell(SHEETS.summary.names.vi, "B3").formula).toBe(
      "=COUNTA('Danh sách đơn vị'!$A$2:$A$2000)"
    );
  });

  it("names a table so as not to clash with one the workbook has, and the summary follows the name", async () => {
    const extras = emptyExtras();
    extras.tables.push({ sheet: "Sheet1", address: "A1:B3", name: "Units", hasHeaders: true });
    extras.names.push("Admissions");
    const excel = new TemplateExcel(blankBook(), extras);
    await insertStandardSheets(excel.context, "en", { dataValidation: true });
    expect(extras.tables.map((table) => table.name)).toEqual([
      "Units",
      "Units_2",
      "Admissions_2",
      "VillageHeads",
      "PrivateUnits",
      "LeaderTargets",
      "Goals",
      "Summary",
    ]);
    typeFigures(excel.book, "en", sampleFigures("en"));
    const report = await validate(excel, "en");
    expect(excel.book.cell("Summary", "B3").formula).toBe("=COUNTA(Units_2[Code])");
    expect(report.ready).toBe(true);
  });
});

describe("insertStandardSheets when Excel refuses", () => {
  it("says the workbook is protected, having added nothing", async () => {
    const book = blankBook();
    book.workbookProtected = true;
    const excel = new TemplateExcel(book);
    await expect(insertStandardSheets(excel.context, "vi")).rejects.toMatchObject({
      name: "HostError",
      reason: "protected",
    });
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("says Excel is busy editing a cell", async () => {
    const book = blankBook();
    book.editing = true;
    await expect(insertStandardSheets(new TemplateExcel(book).context, "vi")).rejects.toMatchObject(
      { name: "HostError", reason: "editing" }
    );
  });
});

describe("insertStandardSheets on Excel without ExcelApi 1.8", () => {
  const office = globalThis as { Office?: unknown };
  afterEach(() => {
    delete office.Office;
  });

  it("asks Excel for ExcelApi 1.8 before writing dropdowns", () => {
    expect(supportsDataValidation()).toBe(false);
    office.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && Number(version) <= 1.7,
        },
      },
    };
    expect(supportsDataValidation()).toBe(false);
    office.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && Number(version) <= 1.8,
        },
      },
    };
    expect(supportsDataValidation()).toBe(true);
  });

  it("adds the sheets without dropdowns or rules and says so", async () => {
    office.Office = {
      context: {
        requirements: {
          isSetSupported: (_name: string, version: string) => Number(version) <= 1.7,
        },
      },
    };
    const excel = new TemplateExcel(blankBook());
    const result = await insertStandardSheets(excel.context, "vi");
    expect(result.dropdowns).toBe(false);
    expect(result.added).toHaveLength(SHEET_IDS.length);
    expect(excel.extras.validations).toEqual([]);
    expect(
      excel.fake.syncs
        .flatMap((sync) => sync.writes)
        .filter((write) => write.includes("dataValidation"))
    ).toEqual([]);
    const report = await validate(excel, "vi");
    expect(report.ready).toBe(true);
  });
});
