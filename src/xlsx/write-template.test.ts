import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  SHEETS,
  SHEET_IDS,
  SUMMARY_ITEMS,
  validateWorkbook,
  type Lang,
  type SheetId,
} from "../core";
import { readWorkbook } from "./read-workbook";
import { writeTemplate } from "./write-template";

const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "tam-duong-2023.xlsx");

interface TableModel {
  name: string;
  tableRef: string;
  columns: Array<{ name: string }>;
}

type Validations = Record<string, ExcelJS.DataValidation | undefined>;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function tableOf(worksheet: ExcelJS.Worksheet): TableModel | undefined {
  return (worksheet.getTables()[0] as unknown as { table: TableModel } | undefined)?.table;
}

function validations(worksheet: ExcelJS.Worksheet): Validations {
  return (worksheet as unknown as { dataValidations: { model: Validations } }).dataValidations
    .model;
}

function sheetOf(workbook: ExcelJS.Workbook, id: SheetId, lang: Lang): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(SHEETS[id].names[lang]);
  if (!worksheet) throw new Error(`no sheet ${SHEETS[id].names[lang]}`);
  return worksheet;
}

describe.each<Lang>(["vi", "en"])("writeTemplate (%s), opened again with exceljs", (lang) => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    bytes = await writeTemplate(lang);
    workbook = await load(bytes);
  });

  it("makes each sheet an Excel table over its header and data rows, named after the sheet, header frozen", () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(
      SHEET_IDS.map((id) => SHEETS[id].names[lang])
    );
    for (const id of SHEET_IDS) {
      const worksheet = sheetOf(workbook, id, lang);
      const table = tableOf(worksheet);
      expect(table?.columns.map((column) => column.name)).toEqual(
        SHEETS[id].fields.map((field) => field.headers[lang])
      );
      expect(table?.tableRef).toMatch(/^A2:[A-G]\d+$/);
      expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
      expect(String(worksheet.getCell("A1").value).length).toBeGreaterThan(10);
    }
    expect(SHEET_IDS.map((id) => tableOf(sheetOf(workbook, id, lang))?.name)).toEqual([
      "Units",
      "Admissions",
      "VillageHeads",
      "PrivateUnits",
      "LeaderTargets",
      "Goals",
      "Summary",
    ]);
    expect(tableOf(sheetOf(workbook, "units", lang))?.tableRef).toBe("A2:D202");
  });

  it("asks Excel to compute every formula when it opens the file", async () => {
    const book = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string");
    expect(book).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("formats counts with thousands, rates with two decimals, codes and lists as text, and sets widths", () => {
    const units = sheetOf(workbook, "units", lang);
    expect(
      ["A3", "B3", "C3", "D3", "D202"].map((address) => units.getCell(address).numFmt)
    ).toEqual(["@", "@", "@", "#,##0", "#,##0"]);
    expect(sheetOf(workbook, "admissions", lang).getCell("D3").numFmt).toBe("0.00");
    expect(units.getColumn(2).width).toBeGreaterThanOrEqual(30);
    expect(units.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });

  it("writes the rate formulas with an empty cached result, and the summary’s with zero", async () => {
    const admissions = sheetOf(workbook, "admissions", lang);
    expect(admissions.getCell("D3").formula).toBe('IF(OR(B3=0,C3=""),"",ROUND(C3/B3*100,2))');
    expect(admissions.getCell("D202").formula).toBe(
      'IF(OR(B202=0,C202=""),"",ROUND(C202/B202*100,2))'
    );
    // Our reader sees the cached "" as a blank cell that a formula produced.
    const read = (await readWorkbook(bytes)).sheets.find(
      (sheet) => sheet.name === SHEETS.admissions.names[lang]
    );
    expect(read?.rows[2]?.[3]).toEqual({
      value: null,
      kind: "empty",
      numberFormat: "0.00",
      formula: true,
    });
    const summary = sheetOf(workbook, "summary", lang);
    SUMMARY_ITEMS.forEach((item, i) => {
      expect(summary.getCell(3 + i, 1).value).toBe(item.labels[lang]);
      // The committee's name, code and year are left for the committee to type.
      if (item.kind === "text") return;
      expect(summary.getCell(3 + i, 2).result).toBe(0);
      expect(summary.getCell(3 + i, 2).numFmt).toBe(item.kind === "rate" ? "0.00" : "#,##0");
    });
  });

  it("sets whole-number rules on counts and dropdowns on codes, types, operators, scopes and directions", () => {
    // exceljs reads a rule on a range back as one rule per cell: the first and last rows of the tables are checked.
    const units = validations(sheetOf(workbook, "units", lang));
    expect(units.D202).toEqual(units.D3);
    expect(units.D203).toBeUndefined();
    expect(units.D3).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      errorStyle: "stop",
      showErrorMessage: true,
    });
    expect(validations(sheetOf(workbook, "village-heads", lang)).B202).toMatchObject({
      type: "whole",
      formulae: [1],
    });
    const unitsSheet = `'${SHEETS.units.names[lang]}'`;
    expect(validations(sheetOf(workbook, "admissions", lang)).A202).toMatchObject({
      type: "list",
      formulae: [`${unitsSheet}!$A$3:$A$2000`],
      errorStyle: "warning",
    });
    const goals = validations(sheetOf(workbook, "goals", lang));
    expect(goals.B22?.formulae).toEqual(['">,>=,=,<=,<"']);
    expect(goals.A3?.formulae).toEqual([
      `"${["admission-attainment", "village-head-rate", "village-head-rate-change", "private-units-attainment", "leader-target-attainment", "leader-targets-met"].join(",")}"`,
    ]);
    expect(goals.D3?.formulae).toEqual([
      `"${SHEETS.goals.fields[3].values!.map((value) => value.labels![lang]).join(",")}"`,
    ]);
    const types = units.C3?.formulae;
    const labels = SHEETS.units.fields[2].values!.map((value) => value.labels![lang]);
    // Since 2025 the English labels hold commas too: both languages read them from cells beside the table.
    expect(labels).toHaveLength(4);
    expect(types).toEqual([`${unitsSheet}!$F$3:$F$6`]);
  });

  it("pre-fills the spec’s default goals", () => {
    const goals = sheetOf(workbook, "goals", lang);
    const rows = [3, 4, 5, 6].map((row) =>
      [1, 2, 3].map((column) => goals.getCell(row, column).value)
    );
    expect(rows).toEqual([
      ["village-head-rate", ">", 90],
      ["admission-attainment", ">=", 100],
      ["private-units-attainment", ">=", 100],
      ["leader-target-attainment", ">=", 100],
    ]);
  });
});

describe("writeTemplate into an existing workbook", () => {
  /** The Tam Dương sample without its goals and summary sheets. */
  async function sampleWithout(...ids: SheetId[]): Promise<ExcelJS.Workbook> {
    const workbook = await load(readFileSync(SAMPLE));
    for (const id of ids) workbook.removeWorksheet(sheetOf(workbook, id, "vi").id);
    return workbook;
  }

  it("adds only the missing sheets, leaves the others as they were, and the summary counts the sample", async () => {
    const before = await readWorkbook(readFileSync(SAMPLE));
    const bytes = await writeTemplate("vi", { existing: await sampleWithout("goals", "summary") });
    const after = await readWorkbook(bytes);
    expect(after.sheets.map((sheet) => sheet.name)).toEqual(
      before.sheets.map((sheet) => sheet.name)
    );
    for (const id of [
      "units",
      "admissions",
      "village-heads",
      "private-units",
      "leader-targets",
    ] as SheetId[]) {
      const name = SHEETS[id].names.vi;
      expect(after.sheets.find((sheet) => sheet.name === name)).toEqual(
        before.sheets.find((sheet) => sheet.name === name)
      );
    }

    // The sample's units are on rows 5 to 52 of column B, with a totals row under them.
    const summary = sheetOf(await load(bytes), "summary", "vi");
    expect(summary.getCell("B3").formula).toBe("COUNTA('Tổ chức cơ sở đảng'!$B$5:$B$52)");
    expect(summary.getCell("B3").result).toBe(48);
    const report = validateWorkbook(after, {
      workbook: "tam-duong-2023.xlsx",
      lang: "vi",
      locale: "vi-VN",
    });
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(report.ready).toBe(true);
  });

  it("gives a new table a name the workbook does not use yet", async () => {
    const workbook = await sampleWithout("units", "summary");
    const notes = workbook.addWorksheet("Ghi chú");
    notes.addTable({ name: "Units", ref: "A1", columns: [{ name: "Ghi chú" }], rows: [[""]] });
    const written = await load(await writeTemplate("vi", { existing: workbook }));
    expect(tableOf(sheetOf(written, "units", "vi"))?.name).toBe("Units_2");
    expect(sheetOf(written, "summary", "vi").getCell("B3").formula).toBe("COUNTA(Units_2[Mã])");
  });
});
