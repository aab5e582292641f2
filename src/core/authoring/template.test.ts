import { RATES_OF_SUMS, SHEETS, SHEET_IDS, SUMMARY_ITEMS, type SheetId } from "../form/form";
import { DEFAULT_GOALS } from "../form/goals";
import type { Lang } from "../model/report";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { sheet, workbook } from "../../../test/support/build-snapshot";
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  TABLE_ROWS,
  sheetsReferredTo,
  standardWorkbook,
  type StandardWorkbook,
  type TemplateSheet,
} from "./template";
import { isCalcError, type CalcValue } from "./template-calc";
import { tableColumn } from "./template-formulas";
import { templateCalcBook } from "./template-results";
import { validateWorkbook } from "../validate";

function sheetOf(standard: StandardWorkbook, id: SheetId): TemplateSheet {
  const found = standard.sheets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`${id} is not added`);
  return found;
}

/** A cell as a host reads it back: a formula's "" shows as a blank cell that a formula produced. */
function shown(value: CalcValue, formula: boolean): CellSnapshot | null {
  const flag = formula ? { formula: true } : {};
  if (value === null) return null;
  if (value === "") return formula ? { value: null, kind: "empty", formula: true } : null;
  if (isCalcError(value)) return { value: value.error, kind: "error", ...flag };
  if (typeof value === "number") return { value, kind: "number", ...flag };
  if (typeof value === "boolean") return { value, kind: "boolean", ...flag };
  return { value, kind: "text", ...flag };
}

/** The added sheets as a host would write them, each formula showing its computed result. */
function asSnapshot(
  standard: StandardWorkbook,
  existing: WorkbookSnapshot = { sheets: [] }
): WorkbookSnapshot {
  const book = templateCalcBook(standard, existing);
  const added: SheetSnapshot[] = standard.sheets.map((template) => {
    const width = Math.max(
      template.columns.length,
      ...template.legends.map((legend) => legend.index + 1)
    );
    const rows: Array<Array<CellSnapshot | null>> = [];
    for (let row = 1; row <= template.lastDataRow; row++) {
      const body = template.body[row - template.firstDataRow];
      rows.push(
        Array.from({ length: width }, (_unused, column) =>
          shown(book.value(template.name, row, column), body?.[column]?.kind === "formula")
        )
      );
    }
    return { name: template.name, rows };
  });
  return { sheets: [...existing.sheets, ...added] };
}

describe.each<Lang>(["vi", "en"])("standardWorkbook (%s) for a new workbook", (lang) => {
  const standard = standardWorkbook(lang);

  it("describes every sheet of the spec, in order, with the form’s names and headers in the language", () => {
    expect(standard.sheets.map((template) => template.id)).toEqual(SHEET_IDS);
    expect(standard.present).toEqual([]);
    for (const template of standard.sheets) {
      expect(template.name).toBe(SHEETS[template.id].names[lang]);
      expect(template.columns.map((column) => column.header)).toEqual(
        SHEETS[template.id].fields.map((field) => field.headers[lang])
      );
      expect(template.columns.map((column) => column.letter).join("")).toBe(
        "ABCDEFG".slice(0, template.columns.length)
      );
      expect([template.titleRow, template.headerRow, template.firstDataRow]).toEqual([
        1,
        HEADER_ROW,
        FIRST_DATA_ROW,
      ]);
      expect(template.tableRange).toBe(
        `A2:${template.columns[template.columns.length - 1].letter}${template.lastDataRow}`
      );
      expect(template.body).toHaveLength(template.lastDataRow - template.firstDataRow + 1);
    }
    expect(sheetOf(standard, "units").lastDataRow).toBe(FIRST_DATA_ROW + TABLE_ROWS - 1);
  });

  it("formats counts as whole numbers with thousands, rates with two decimals, text and lists as text", () => {
    const formats = Object.fromEntries(
      standard.sheets.flatMap((template) =>
        template.columns.map((column) => [`${template.id}.${column.field}`, column.numberFormat])
      )
    );
    expect(formats).toMatchObject({
      "units.code": "@",
      "units.type": "@",
      "units.members": "#,##0",
      "admissions.attainment": "0.00",
      "village-heads.rate": "0.00",
      "goals.operator": "@",
    });
  });

  it("fills the rate columns, and only them, with a formula on every row", () => {
    for (const template of standard.sheets.filter((candidate) => candidate.id !== "summary")) {
      template.columns.forEach((column) => {
        const formulas = template.body.filter(
          (row) => row[column.index]?.kind === "formula"
        ).length;
        expect([template.id, column.field, formulas]).toEqual([
          template.id,
          column.field,
          RATES_OF_SUMS[template.id]?.rate === column.field ? template.body.length : 0,
        ]);
      });
    }
  });

  it("writes one summary row per item, its value a formula over the tables", () => {
    const summary = sheetOf(standard, "summary");
    expect(summary.body.map((row) => row[0])).toEqual(
      SUMMARY_ITEMS.map((item) => ({ kind: "text", text: item.labels[lang] }))
    );
    const formulas = summary.body.map((row) =>
      row[1]?.kind === "formula" ? row[1].formula : null
    );
    const code = SHEETS.units.fields[0].headers[lang];
    expect(formulas[0]).toBe(`=COUNTA(Units[${code}])`);
    // Every figure is a formula; the committee's name, code and year are left for the committee to type.
    expect(
      SUMMARY_ITEMS.every((item, i) =>
        item.kind === "text"
          ? formulas[i] === null
          : formulas[i] !== null && /^=(COUNTA|COUNTIF|SUM|IF)\(/.test(formulas[i]!)
      )
    ).toBe(true);
  });

  it("pre-fills the default goals", () => {
    const goals = sheetOf(standard, "goals");
    const rows = goals.body
      .slice(0, DEFAULT_GOALS.length)
      .map((row) =>
        row.map((cell) =>
          cell?.kind === "text" ? cell.text : cell?.kind === "number" ? cell.value : null
        )
      );
    expect(rows.map((row) => row.slice(0, 3))).toEqual(
      DEFAULT_GOALS.map((goal) => [goal.indicator, goal.operator, goal.value])
    );
    expect(
      goals.body.slice(DEFAULT_GOALS.length).every((row) => row.every((cell) => cell === null))
    ).toBe(true);
  });

  it("has whole-number rules on counts (at least 1 village) and dropdowns for lists and codes", () => {
    const rule = (id: SheetId, field: string) =>
      sheetOf(standard, id).columns.find((column) => column.field === field)?.validation;
    expect(rule("units", "members")).toMatchObject({ kind: "whole", min: 0 });
    expect(rule("village-heads", "groups")).toMatchObject({ kind: "whole", min: 1 });
    expect(rule("units", "name")).toBeNull();
    for (const id of [
      "admissions",
      "village-heads",
      "private-units",
      "leader-targets",
    ] as SheetId[]) {
      expect(rule(id, "code")).toMatchObject({
        kind: "list",
        range: `'${SHEETS.units.names[lang]}'!$A$3:$A$2000`,
      });
    }
    expect(rule("goals", "indicator")).toMatchObject({
      items: [
        "admission-attainment",
        "village-head-rate",
        "village-head-rate-change",
        "private-units-attainment",
        "leader-target-attainment",
        "leader-targets-met",
      ],
    });
    expect(rule("goals", "operator")).toMatchObject({ items: [">", ">=", "=", "<=", "<"] });
    expect(rule("goals", "scope")).toMatchObject({
      items: SHEETS.goals.fields[3].values!.map((value) => value.labels![lang]),
    });
    expect(rule("leader-targets", "direction")).toMatchObject({
      items: SHEETS["leader-targets"].fields[6].values!.map((value) => value.labels![lang]),
    });
  });

  it("validates, empty, with no finding at all", () => {
    const report = validateWorkbook(asSnapshot(standard), {
      workbook: "template.xlsx",
      lang,
      locale: "vi-VN",
    });
    expect(report.findings).toEqual([]);
    expect(report.goalsSource).toBe("workbook");
  });
});

describe("standardWorkbook: the unit types", () => {
  it("keeps the Vietnamese types, which hold a comma, beside the table for the dropdown to read", () => {
    const units = sheetOf(standardWorkbook("vi"), "units");
    expect(units.legends).toEqual([
      {
        index: 5,
        letter: "F",
        heading: "Danh mục: Loại hình",
        items: [
          "Đảng bộ xã, phường, đặc khu",
          "Chi bộ thôn, tổ dân phố",
          "Đảng bộ cơ quan",
          "Chi bộ trực thuộc",
        ],
        width: 29,
      },
    ]);
    expect(units.columns[2].validation).toMatchObject({
      kind: "list",
      range: "'Tổ chức cơ sở đảng'!$F$3:$F$6",
    });
  });

  it("lists the English types beside the table too (their labels hold commas since 2025)", () => {
    const units = sheetOf(standardWorkbook("en"), "units");
    // Since the 2025 labels, the English types hold a comma too: beside the table as well.
    expect(units.legends.map((legend) => legend.items)).toEqual([
      [
        "Commune, ward or special-zone committee",
        "Village or residential-group cell",
        "Agency committee",
        "Directly subordinate cell",
      ],
    ]);
    expect(units.columns[2].validation).toMatchObject({ kind: "list", range: "'Units'!$F$3:$F$6" });
  });
});

describe("standardWorkbook for a workbook that has some of the sheets", () => {
  /** A units sheet laid out as staff often do: a title block, the header on row 4, a row number before the code, a total under the data. */
  const units = sheet("TỔ CHỨC CƠ SỞ ĐẢNG", [
    ["ĐẢNG BỘ HUYỆN"],
    [],
    [],
    ["TT", "Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"],
    [1, "X01", "Xã Kim Long", "Đảng bộ xã, thị trấn", 480],
    [2, "CB1", "Chi bộ Trường THPT", "Chi bộ trực thuộc", 38],
    ["Tổng cộng", null, null, null, 518],
  ]);

  it("adds only the sheets the workbook lacks, recognising names as the engine does", () => {
    const standard = standardWorkbook("en", { existing: workbook(units, sheet("goals", [])) });
    expect(standard.present).toEqual([
      { id: "units", name: "TỔ CHỨC CƠ SỞ ĐẢNG" },
      { id: "goals", name: "goals" },
    ]);
    expect(standard.sheets.map((template) => template.id)).toEqual([
      "admissions",
      "village-heads",
      "private-units",
      "leader-targets",
      "summary",
    ]);
  });

  it("points dropdowns and the summary at the data of the sheet it has, above its totals row", () => {
    const standard = standardWorkbook("vi", { existing: workbook(units) });
    expect(sheetOf(standard, "admissions").columns[0].validation).toMatchObject({
      range: "'TỔ CHỨC CƠ SỞ ĐẢNG'!$B$5:$B$6",
    });
    const formulas = sheetOf(standard, "summary").body.map((row) =>
      row[1]?.kind === "formula" ? row[1].formula : null
    );
    expect(formulas[0]).toBe("=COUNTA('TỔ CHỨC CƠ SỞ ĐẢNG'!$B$5:$B$6)");
    expect(formulas[5]).toBe("=SUM('TỔ CHỨC CƠ SỞ ĐẢNG'!$E$5:$E$6)");
    // The other sources are added with the summary: their tables.
    expect(formulas[6]).toBe("=SUM(Admissions[Đã kết nạp])");

    const book = templateCalcBook(standard, workbook(units));
    const summary = sheetOf(standard, "summary");
    expect(
      [0, 1, 2, 4, 5].map((i) => book.value(summary.name, summary.firstDataRow + i, 1))
    ).toEqual([2, 1, 0, 1, 518]);
  });

  it("leaves a summary item without a formula when its sheet has no recognisable header", () => {
    const standard = standardWorkbook("vi", {
      existing: workbook(
        sheet("Units", [["a list typed without headers"], ["X01", "Xã Kim Long"]])
      ),
    });
    const summary = sheetOf(standard, "summary");
    expect(summary.body[0][1]).toBeNull();
    expect(sheetOf(standard, "admissions").columns[0].validation).toBeNull();
    expect(summary.body[6][1]).toMatchObject({
      kind: "formula",
      formula: "=SUM(Admissions[Đã kết nạp])",
    });
  });

  it("counts a sheet the saved mapping names as present, and finds its mapped headers", () => {
    const own = sheet("Đơn vị", [
      ["Ký hiệu", "Tên tổ chức", "Loại hình", "Tổng số đảng viên"],
      ["X01", "Xã Kim Long", "Đảng bộ xã, thị trấn", 480],
    ]);
    const mapping = {
      sheets: { units: "Đơn vị" },
      columns: { units: { code: "Ký hiệu", members: "Tổng số đảng viên" } },
    };
    const standard = standardWorkbook("vi", { existing: workbook(own), mapping });
    expect(standard.present).toEqual([{ id: "units", name: "Đơn vị" }]);
    const formulas = sheetOf(standard, "summary").body.map((row) =>
      row[1]?.kind === "formula" ? row[1].formula : null
    );
    expect([formulas[0], formulas[5]]).toEqual([
      "=COUNTA('Đơn vị'!$A$2:$A$2000)",
      "=SUM('Đơn vị'!$D$2:$D$2000)",
    ]);
    // Without the mapping, the sheet is not the units sheet: the template would add its own.
    expect(standardWorkbook("vi", { existing: workbook(own) }).present).toEqual([]);
  });

  it("names tables so that none takes a name the workbook uses (ignoring case)", () => {
    const standard = standardWorkbook("en", { takenNames: ["units", "Units_2", "GOALS"] });
    expect(standard.sheets.map((template) => template.tableName)).toEqual([
      "Units_3",
      "Admissions",
      "VillageHeads",
      "PrivateUnits",
      "LeaderTargets",
      "Goals_2",
      "Summary",
    ]);
    expect(sheetOf(standard, "summary").body[0][1]).toMatchObject({
      formula: "=COUNTA(Units_3[Code])",
    });
  });

  it("says which sheets must be read first: those the added ones refer to", () => {
    expect(sheetsReferredTo(["goals"])).toEqual([]);
    expect(sheetsReferredTo(["private-units"])).toEqual(["units"]);
    expect(sheetsReferredTo(["summary"])).toEqual(["units", "admissions", "village-heads"]);
  });
});

describe("tableColumn", () => {
  it("escapes Excel’s special characters in a structured reference", () => {
    expect(tableColumn("Party members")).toBe("Party members");
    expect(tableColumn("Số thôn, tổ dân phố")).toBe("[Số thôn, tổ dân phố]");
    expect(tableColumn("Rate [%] #1 'x'")).toBe("[Rate '[%'] '#1 ''x'']");
  });
});
