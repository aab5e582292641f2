import { headerChoices, mappingNeeds, sheetNeed, unrecognisedSheets } from "./mapping-needs";
import { mappingSheet } from "../reading/mapping-sheet";
import {
  cleanRows,
  committeeWorkbook,
  num,
  sheet,
  workbook,
} from "../../../test/support/build-snapshot";
import { check } from "../../../test/support/report-helpers";

const FOREIGN_UNITS = [
  ["DANH SÁCH CHI BỘ, ĐẢNG BỘ CƠ SỞ NĂM 2023"],
  [],
  ["Ký hiệu", "Tên chi, đảng bộ", "Phân loại", "Quân số"],
  ["X01", "Đảng bộ xã Kim Long", "Đảng bộ xã, thị trấn", 320],
];

describe("what the pane offers to map", () => {
  it("offers nothing for a workbook the engine recognises", () => {
    expect(mappingNeeds(committeeWorkbook())).toEqual([]);
  });

  it("lists a missing required sheet with every required field and the sheets no form sheet takes", () => {
    const rows = cleanRows();
    const snapshot = committeeWorkbook({ ...rows, units: null });
    const withForeign = {
      sheets: [
        sheet("Ghi chú", [["x"]]),
        sheet("Danh sách chi bộ", FOREIGN_UNITS),
        ...snapshot.sheets,
      ],
    };
    expect(check(withForeign).findings.map((f) => f.code)).toEqual(["missing-sheet"]);
    expect(mappingNeeds(withForeign)).toEqual([
      {
        sheetId: "units",
        sheet: null,
        fields: ["code", "name", "type", "members"],
        headers: [],
        candidateSheets: ["Ghi chú", "Danh sách chi bộ"],
      },
    ]);
  });

  it("once a sheet is picked for it, lists that sheet’s header row first and its missing fields", () => {
    const snapshot = workbook(sheet("Danh sách chi bộ", FOREIGN_UNITS));
    const need = sheetNeed(snapshot, "units", "Danh sách chi bộ");
    expect(need.sheet).toBe("Danh sách chi bộ");
    expect(need.fields).toEqual(["code", "name", "type", "members"]);
    expect(need.headers.slice(0, 4)).toEqual([
      { text: "Ký hiệu", row: 2, col: 0, column: "A" },
      { text: "Tên chi, đảng bộ", row: 2, col: 1, column: "B" },
      { text: "Phân loại", row: 2, col: 2, column: "C" },
      { text: "Quân số", row: 2, col: 3, column: "D" },
    ]);
    // Then the other rows' texts, top to bottom; numbers are no headers.
    expect(need.headers.slice(4).map((choice) => choice.text)).toEqual([
      "DANH SÁCH CHI BỘ, ĐẢNG BỘ CƠ SỞ NĂM 2023",
      "X01",
      "Đảng bộ xã Kim Long",
      "Đảng bộ xã, thị trấn",
    ]);
  });

  it("lists a recognised sheet with a missing column, leaving out the headers already recognised", () => {
    const rows = cleanRows();
    rows.units[0] = ["Mã", "Tên tổ chức", "Loại hình", "Quân số"];
    const [need] = mappingNeeds(committeeWorkbook(rows));
    expect(need).toEqual({
      sheetId: "units",
      sheet: "Tổ chức cơ sở đảng",
      fields: ["members"],
      headers: expect.arrayContaining([{ text: "Quân số", row: 0, col: 3, column: "D" }]),
      candidateSheets: [],
    });
    expect(need.headers[0].text).toBe("Quân số");
    expect(need.headers.map((choice) => choice.text)).not.toContain("Mã");
  });

  it("offers the header row and the title rows above it, never the data below a recognised header row", () => {
    const rows = cleanRows();
    rows.units = [
      ["BÁO CÁO NĂM 2023"],
      ["Mã", "Tên tổ chức", "Loại hình", "Quân số"],
      ...rows.units.slice(1),
    ];
    const [need] = mappingNeeds(committeeWorkbook(rows));
    expect(need.headers.map((choice) => choice.text)).toEqual(["Quân số", "BÁO CÁO NĂM 2023"]);
  });

  it("applies the saved mapping: a mapped sheet and header are no longer needs, the rest still are", () => {
    const snapshot = workbook(
      sheet("Danh sách chi bộ", FOREIGN_UNITS),
      ...committeeWorkbook({ ...cleanRows(), units: null }).sheets
    );
    const saved = {
      sheets: { units: "Danh sách chi bộ" },
      columns: { units: { code: "Ký hiệu", name: "Tên chi, đảng bộ" } },
    };
    const needs = mappingNeeds({ sheets: [...snapshot.sheets, mappingSheet(saved)!] });
    expect(needs).toHaveLength(1);
    expect(needs[0]).toMatchObject({
      sheetId: "units",
      sheet: "Danh sách chi bộ",
      fields: ["type", "members"],
    });
    expect(needs[0].headers.map((choice) => choice.text).slice(0, 2)).toEqual([
      "Phân loại",
      "Quân số",
    ]);
  });

  it("never offers the mapping sheet, nor a sheet a form sheet already takes", () => {
    const snapshot = committeeWorkbook({ ...cleanRows(), units: null });
    const saved = mappingSheet({ sheets: { admissions: "Kết nạp đảng viên" }, columns: {} })!;
    const names = unrecognisedSheets({
      sheets: [...snapshot.sheets, saved, sheet("Danh sách", [])],
    });
    expect(names).toEqual(["Danh sách"]);
  });

  it("offers each header text once, without numbers, and with the most text-like row first when none is recognised", () => {
    const choices = headerChoices(
      sheet("Chi bộ", [
        ["Báo cáo"],
        ["STT", "Ký hiệu", "Tên", "Nhóm", "Quân số"],
        [num(1), "X01", "Kim Long", "commune", num(320)],
        [num(2), "X01 ", "ký hiệu"],
      ]),
      "units"
    );
    expect(choices.map((choice) => choice.text)).toEqual([
      "STT",
      "Ký hiệu",
      "Tên",
      "Nhóm",
      "Quân số",
      "Báo cáo",
      "X01",
      "Kim Long",
      "commune",
    ]);
  });

  it("copes with sheets that hold nothing usable", () => {
    expect(headerChoices(sheet("Trống", []), "units")).toEqual([]);
    expect(mappingNeeds({ sheets: [] })).toHaveLength(3);
    expect(mappingNeeds(null as never)).toHaveLength(3);
  });
});
