import { SHEETS, validateWorkbook, type ScopedGoal, type Lang, type Report } from "../../src/core";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { writeGoals } from "../../src/excel/write-goals";
import { committeeBook } from "./support/committee-book";
import type { FakeWorkbook } from "./support/fake-workbook";
import { TemplateExcel } from "./support/template-excel";

const GOALS_VI = "Mục tiêu";
const VILLAGE_95: ScopedGoal = {
  indicator: "village-head-rate",
  operator: ">",
  value: 95,
  scope: "committee",
};
const ADMISSIONS_EQUAL: ScopedGoal = {
  indicator: "admission-attainment",
  operator: "=",
  value: 100,
  scope: "committee",
};
const LEADERS: ScopedGoal = {
  indicator: "leader-target-attainment",
  operator: ">=",
  value: 100,
  scope: "each-unit",
};

/** The clean committee workbook without a goals sheet. */
function bookWithoutGoals(): FakeWorkbook {
  const book = committeeBook();
  book.sheets.splice(book.sheets.indexOf(book.sheet(GOALS_VI)), 1);
  return book;
}

/** The clean committee workbook whose goals sheet looks like the bundled sample's: title, numbering, notes. */
function bookWithSampleGoals(): FakeWorkbook {
  const book = bookWithoutGoals();
  book.addSheet(GOALS_VI, [
    ["ĐẢNG BỘ HUYỆN TAM DƯƠNG — Mục tiêu năm 2023"],
    [],
    ["TT", "Chỉ số", "Diễn giải", "Điều kiện", "Giá trị", "Phạm vi"],
    [1, "village-head-rate", "Trưởng thôn là đảng viên", ">", 90, "Toàn đảng bộ"],
    [2, "admission-attainment", "Kết nạp đảng viên", "≥", 100, "Toàn đảng bộ"],
  ]);
  const title = book.sheet(GOALS_VI).cells.get("0,0")!;
  title.bold = true;
  return book;
}

async function validate(excel: TemplateExcel, lang: Lang = "vi"): Promise<Report> {
  return validateWorkbook(await readSnapshot(excel.context), {
    workbook: "book.xlsx",
    lang,
    locale: "vi-VN",
  });
}

describe("writeGoals in Excel", () => {
  it("creates the goals sheet as the standard template lays it out, in two syncs, and the workbook then uses those goals", async () => {
    const book = bookWithoutGoals();
    const others = book.sheets.map((sheet) => [sheet.name, book.userView(sheet.name)]);
    const excel = new TemplateExcel(book);

    const written = await writeGoals(excel.context, [VILLAGE_95, ADMISSIONS_EQUAL, LEADERS], "vi");

    expect(written).toEqual({ sheet: GOALS_VI, created: true });
    expect(excel.syncCount).toBe(2);
    expect(book.sheets.at(-1)?.name).toBe(GOALS_VI);
    expect(others.map(([name]) => [name, book.userView(name as string)])).toEqual(others);
    expect(String(book.cell(GOALS_VI, "A1").value)).toContain("Mục tiêu cấp trên giao");
    expect(["A2", "B2", "C2", "D2"].map((address) => book.cell(GOALS_VI, address).value)).toEqual([
      "Chỉ số",
      "Điều kiện",
      "Giá trị",
      "Phạm vi",
    ]);
    expect(["A3", "B3", "C3", "D3"].map((address) => book.cell(GOALS_VI, address).value)).toEqual([
      "village-head-rate",
      ">",
      95,
      "Toàn đảng bộ",
    ]);
    // `=` is text in a Text cell, not the start of a formula; the value is a number.
    expect(book.cell(GOALS_VI, "B4")).toMatchObject({
      value: "=",
      type: "String",
      numberFormat: "@",
    });
    expect(book.cell(GOALS_VI, "B4").formula).toBeUndefined();
    expect(book.cell(GOALS_VI, "C3")).toMatchObject({ value: 95, type: "Double" });
    expect(excel.extras.tables).toEqual([
      expect.objectContaining({ sheet: GOALS_VI, name: "Goals", hasHeaders: true }),
    ]);
    expect(excel.extras.frozenRows.get(GOALS_VI)).toBe(2);

    const report = await validate(excel);
    expect(report.goalsSource).toBe("workbook");
    expect(report.findings.filter((finding) => finding.sheet === GOALS_VI)).toEqual([]);
    expect(
      report.indicators.find(
        (result) => result.id === "village-head-rate" && result.scope === "committee"
      )
    ).toMatchObject({ goal: { operator: ">", value: 95 }, status: "shortfall" });
    expect(
      report.indicators.find(
        (result) => result.id === "admission-attainment" && result.scope === "committee"
      )?.goal
    ).toEqual({ operator: "=", value: 100 });
    // The workbook's goals replace the defaults: no goal for private units any more.
    expect(
      report.indicators.find(
        (result) => result.id === "private-units-attainment" && result.scope === "committee"
      )?.status
    ).toBe("no-goal");
  });

  it("creates it in English with the English headers and scope labels, with dropdowns where Excel has them", async () => {
    const book = bookWithoutGoals();
    const excel = new TemplateExcel(book);
    await writeGoals(excel.context, [VILLAGE_95], "en", { dropdowns: true });

    expect(book.sheets.at(-1)?.name).toBe("Goals");
    expect(["A2", "B2", "C2", "D2"].map((address) => book.cell("Goals", address).value)).toEqual(
      SHEETS.goals.fields.map((field) => field.headers.en)
    );
    expect(book.cell("Goals", "D3").value).toBe("Committee");
    const operator = excel.extras.validations.find(
      (validation) => validation.sheet === "Goals" && validation.address.startsWith("B3")
    );
    expect(operator?.rule).toEqual({ list: { inCellDropDown: true, source: ">,>=,=,<=,<" } });
    expect((await validate(excel, "en")).goalsSource).toBe("workbook");
  });

  it("replaces the goals of a sheet the workbook has in three syncs, writing only what changed and keeping its title, header, notes and formats", async () => {
    const book = bookWithSampleGoals();
    const others = book.sheets
      .filter((sheet) => sheet.name !== GOALS_VI)
      .map((sheet) => [sheet.name, book.userView(sheet.name)]);
    const excel = new TemplateExcel(book);

    const written = await writeGoals(
      excel.context,
      [
        { ...VILLAGE_95 },
        { indicator: "admission-attainment", operator: ">=", value: 100, scope: "committee" },
        LEADERS,
      ],
      "vi"
    );

    expect(written).toEqual({ sheet: GOALS_VI, created: false });
    expect(excel.syncCount).toBe(3);
    // One cell for the changed value (E4), four for the new goal (row 6); nothing else of the sheet is touched.
    expect(excel.fake.syncs[2].writes).toEqual(
      ["E4", "B6", "D6", "E6", "F6"].map((cell) => `range(${GOALS_VI}!${cell}).values`)
    );
    expect(others.map(([name]) => [name, book.userView(name as string)])).toEqual(others);
    expect(excel.extras.tables).toEqual([]);

    const cell = (address: string) => book.cell(GOALS_VI, address);
    expect(cell("A1")).toMatchObject({
      value: "ĐẢNG BỘ HUYỆN TAM DƯƠNG — Mục tiêu năm 2023",
      bold: true,
    });
    expect(["A3", "B3", "C3", "D3", "E3", "F3"].map((address) => cell(address).value)).toEqual([
      "TT",
      "Chỉ số",
      "Diễn giải",
      "Điều kiện",
      "Giá trị",
      "Phạm vi",
    ]);
    expect(["A4", "B4", "C4", "D4", "E4", "F4"].map((address) => cell(address).value)).toEqual([
      1,
      "village-head-rate",
      "Trưởng thôn là đảng viên",
      ">",
      95,
      "Toàn đảng bộ",
    ]);
    // The unchanged goal keeps the user's own ≥; the new one goes below.
    expect(cell("D5").value).toBe("≥");
    expect(["A6", "B6", "C6", "D6", "E6", "F6"].map((address) => cell(address).value)).toEqual([
      "",
      "leader-target-attainment",
      "",
      ">=",
      100,
      "Từng đơn vị",
    ]);

    const report = await validate(excel);
    expect(report.goalsSource).toBe("workbook");
    expect(report.findings.filter((finding) => finding.sheet === GOALS_VI)).toEqual([]);
    expect(
      report.indicators.find(
        (result) => result.id === "village-head-rate" && result.scope === "committee"
      )?.goal
    ).toEqual({ operator: ">", value: 95 });
  });

  it("empties the rows of removed goals (values only: formats stay) and writes a percentage cell as a fraction", async () => {
    const book = bookWithSampleGoals();
    const sheet = book.sheet(GOALS_VI);
    sheet.cells.set("3,4", { value: 0.9, type: "Double", numberFormat: "0%" });
    sheet.cells.get("4,2")!.fill = "#FFFF00";
    const excel = new TemplateExcel(book);

    await writeGoals(excel.context, [VILLAGE_95], "vi");

    expect(book.cell(GOALS_VI, "E4")).toMatchObject({ value: 0.95, numberFormat: "0%" });
    expect(
      ["A5", "B5", "C5", "D5", "E5", "F5"].map((address) => book.cell(GOALS_VI, address).type)
    ).toEqual(Array(6).fill("Empty"));
    expect(book.cell(GOALS_VI, "C5").fill).toBe("#FFFF00");
    const report = await validate(excel);
    expect(
      report.indicators.find(
        (result) => result.id === "village-head-rate" && result.scope === "committee"
      )?.goal
    ).toEqual({ operator: ">", value: 95 });
    expect(
      report.indicators.find(
        (result) => result.id === "admission-attainment" && result.scope === "committee"
      )?.status
    ).toBe("no-goal");
  });

  it("turns a refusal from Excel into a HostError the pane can explain", async () => {
    const book = bookWithSampleGoals();
    book.sheet(GOALS_VI).protected = true;
    const excel = new TemplateExcel(book);
    await expect(writeGoals(excel.context, [VILLAGE_95], "vi")).rejects.toMatchObject({
      name: "HostError",
      reason: "protected",
    });
  });
});
