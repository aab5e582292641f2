import { FindingList } from "../findings/findings";
import { SHEETS, type SheetId } from "../form/form";
import { findSheet, isTotalsLabel, readSheet } from "./sheet-reader";
import { sheet, workbook, type CellInput, type Rows } from "../../../test/support/build-snapshot";

function read(
  sheetId: SheetId,
  rows: ReadonlyArray<ReadonlyArray<CellInput> | null>,
  name = "Sheet"
) {
  const findings = new FindingList("en");
  const def = SHEETS[sheetId];
  const result = readSheet({
    def,
    found: { sheet: sheet(name, rows), index: 0 },
    findings,
    locale: "vi-VN",
    lang: "en",
  });
  return { result, findings: findings.sorted(), def };
}

const UNIT_ROW = ["X01", "Xã Kim Long", "commune", 320];

describe("finding a sheet", () => {
  it("accepts the English name, the Vietnamese name in any spelling, and the id", () => {
    const def = SHEETS["village-heads"];
    for (const name of [
      "Village heads",
      "TRUONG THON, TO DAN PHO",
      "Trưởng thôn, tổ dân phố".normalize("NFD"),
      " village-heads\u00a0",
      "Trưởng  thôn,  tổ dân phố",
    ]) {
      expect(findSheet(workbook(sheet("Other", []), sheet(name, [])), def)).toEqual(
        expect.objectContaining({ index: 1 })
      );
    }
    expect(findSheet(workbook(sheet("Village head", [])), def)).toBeNull();
  });

  it("takes the first of two sheets with the same name", () => {
    const found = findSheet(
      workbook(sheet("Units", [["a"]]), sheet("Units", [["b"]])),
      SHEETS.units
    );
    expect(found?.index).toBe(0);
  });
});

describe("the header row", () => {
  it("is found under four title rows and merged-cell titles", () => {
    const { result, findings } = read("units", [
      ["BÁO CÁO TỔNG HỢP NĂM 2023", null, null, null],
      ["Huyện ủy Tam Dương"],
      [],
      [null, "Số liệu minh họa"],
      ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"],
      UNIT_ROW,
    ]);
    expect(result.headerRow).toBe(4);
    expect(Array.from(result.rowNumbers)).toEqual([5]);
    expect(findings).toEqual([]);
  });

  it("matches NFD headers and upper-case headers without diacritics", () => {
    const { result, findings } = read("units", [
      ["Mã".normalize("NFD"), "TEN TO CHUC", "LOAI HINH", "Số đảng viên".normalize("NFD")],
      UNIT_ROW,
    ]);
    expect(result.cols).toEqual([0, 1, 2, 3]);
    expect(findings).toEqual([]);
  });

  it("matches English headers and field ids, in any column order", () => {
    const { result } = read("units", [
      ["members", "Type", "Name", "code"],
      [320, "commune", "Xã Kim Long", "X01"],
    ]);
    expect(result.cols).toEqual([3, 2, 1, 0]);
    expect(result.values.map((column) => column.at(0))).toEqual([
      "X01",
      "Xã Kim Long",
      "commune",
      320,
    ]);
  });

  it("is not looked for below the first 10 rows", () => {
    const rows: Rows = Array.from({ length: 10 }, () => ["title"]);
    rows.push(["Code", "Name", "Type", "Party members"], UNIT_ROW);
    const { result, findings } = read("units", rows);
    expect(result.headerRow).toBe(-1);
    expect(findings.map((finding) => [finding.code, finding.field, finding.cell])).toEqual([
      ["missing-column", "code", undefined],
      ["missing-column", "name", undefined],
      ["missing-column", "type", undefined],
      ["missing-column", "members", undefined],
    ]);
  });

  it("raises missing-column (no cell) for a required field with no column, and reads the rest", () => {
    const { result, findings } = read("units", [
      ["Code", "Name", "Party members"],
      ["X01", "Xã Kim Long", 320],
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "missing-column",
        severity: "error",
        field: "type",
        sheet: "Sheet",
      }),
    ]);
    expect(findings[0].cell).toBeUndefined();
    expect(result.values.map((column) => column.toArray())).toEqual([
      ["X01"],
      ["Xã Kim Long"],
      [],
      [320],
    ]);
  });

  it("does not require an optional column", () => {
    const { findings } = read("admissions", [
      ["Code", "Target", "Admitted"],
      ["X01", 1, 1],
    ]);
    expect(findings).toEqual([]);
  });

  it("raises duplicate-column on the later header cell and uses the first column", () => {
    const { result, findings } = read("units", [
      ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên", "Party members"],
      ["X01", "Xã Kim Long", "commune", 320, 999],
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "duplicate-column",
        severity: "error",
        cell: "E1",
        field: "members",
      }),
    ]);
    expect(findings[0].message).toContain("D1");
    expect(result.values[3].toArray()).toEqual([320]);
  });
});

describe("data rows", () => {
  it("skip empty rows inside the data and after it", () => {
    const { result, findings } = read("units", [
      ["Code", "Name", "Type", "Party members"],
      UNIT_ROW,
      [null, "  ", null, null],
      null,
      [],
      ["X02", "Xã Hướng Đạo", "commune", 280],
      [null, null, null, null],
    ]);
    expect(Array.from(result.rowNumbers)).toEqual([1, 5]);
    expect(findings).toEqual([]);
  });

  it("keeps every data row's number past the million rows its columns are sized for up front", () => {
    // More rows than Excel allows (a snapshot from elsewhere): the row numbers outgrow their first array.
    const header = sheet("Sheet", [["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"], UNIT_ROW]);
    const dataRow = header.rows[1];
    const extra = 5;
    const rows = [header.rows[0], ...new Array<typeof dataRow>((1 << 20) + extra).fill(dataRow)];
    const findings = new FindingList("en");
    const result = readSheet({
      def: SHEETS.units,
      found: { sheet: { name: "Sheet", rows }, index: 0 },
      findings,
      locale: "vi-VN",
      lang: "en",
    });
    expect(result.rowNumbers.length).toBe((1 << 20) + extra);
    expect(Array.from(result.rowNumbers.subarray(-3))).toEqual([
      (1 << 20) + extra - 2,
      (1 << 20) + extra - 1,
      (1 << 20) + extra,
    ]);
    expect(result.values[0].length).toBe((1 << 20) + extra);
    expect(result.values[0].at((1 << 20) + extra - 1)).toBe(UNIT_ROW[0]);
    expect(result.values[3].at((1 << 20) + extra - 1)).toBe(UNIT_ROW[3]);
  });

  it("set a totals row apart from the data, whatever its spelling", () => {
    const { result } = read("units", [
      ["Code", "Name", "Type", "Party members"],
      ["Tổng cộng", null, null, 600],
      UNIT_ROW,
      ["X02", "Xã Hướng Đạo", "commune", 280],
    ]);
    expect(Array.from(result.rowNumbers)).toEqual([2, 3]);
    expect(result.totals.map((row) => row.row)).toEqual([1]);
  });

  it("note a count column with a blank or unreadable cell as incomplete", () => {
    const { result } = read("units", [
      ["Code", "Name", "Type", "Party members"],
      UNIT_ROW,
      ["X02", "Xã Hướng Đạo", "commune", "many"],
    ]);
    expect([...result.incomplete]).toEqual(["members"]);
  });
});

describe("isTotalsLabel", () => {
  it.each(["Total", "TỔNG", "Tổng cộng", "tong cong", "Cộng", "Cộng:", " Tổng cộng\u00a0"])(
    "knows %p",
    (label) => {
      expect(isTotalsLabel(label)).toBe(true);
    }
  );

  it.each(["Tổng hợp", "Xã Cộng Hòa", "Subtotal"])("does not take %p", (label) => {
    expect(isTotalsLabel(label)).toBe(false);
  });
});
